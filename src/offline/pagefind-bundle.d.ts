/** Pagefind's built `pagefind/pagefind.js`, bundled into offline-search.js by scripts/build-offline.ts. */
declare module 'policy-pagefind';
