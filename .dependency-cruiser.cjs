/**
 * The layer rules (README “Where things are”): the model is shared by the split, the site and
 * the search; the split and the site never import each other; nothing in src imports the CLIs or
 * the tests. `npm test` runs this (`npm run lint:layers`).
 */
module.exports = {
  forbidden: [
    {
      name: 'model-stands-alone',
      comment: 'src/model is what every layer shares: it imports no layer.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^(src/(?!model/)|scripts/|tests/)' },
    },
    {
      name: 'split-not-site',
      comment: 'The split writes the collections; it knows nothing of the pages, the search or offline reading.',
      severity: 'error',
      from: { path: '^src/split/' },
      to: { path: '^src/(site|search|offline|pages|components|layouts)/|^src/(middleware|content\\.config)\\.ts$' },
    },
    {
      name: 'site-not-split',
      comment: 'The site reads the collections the split wrote, through the shared model only.',
      severity: 'error',
      from: { path: '^src/(site|search|offline|pages|components|layouts)/|^src/(middleware|content\\.config)\\.ts$' },
      to: { path: '^src/split/' },
    },
    {
      name: 'search-engine-is-pure',
      comment: 'The search engine runs in the browser and in tests alike: no DOM glue, no site code.',
      severity: 'error',
      from: { path: '^src/search/engine/' },
      to: { path: '^src/(site|offline|search/browser|search/facets)/' },
    },
    {
      name: 'search-not-site',
      comment: 'Search depends on the model, never on the site that uses it.',
      severity: 'error',
      from: { path: '^src/search/' },
      to: { path: '^src/(site|offline)/' },
    },
    {
      name: 'exports-only-model',
      comment: 'The exporters turn the split\'s JSON into files: they know the shared model and nothing else of the project.',
      severity: 'error',
      from: { path: '^src/exports/' },
      to: { path: '^(src/(?!model/|exports/)|scripts/|tests/)' },
    },
    {
      name: 'search-without-pinyin',
      comment: 'The search code runs in the browser: the ids (pinyin tables, about 450 KB) would ride along in every first search.',
      severity: 'error',
      from: { path: '^src/search/' },
      to: { path: '^src/model/(ids|unit-identity)\\.ts$|pinyin-pro' },
    },
    {
      name: 'src-not-cli-or-tests',
      comment: 'Only the CLIs touch files; the product code never imports a CLI or a test helper.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a moved or deleted file.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^\\.{1,2}/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    extraExtensionsToScan: ['.astro'],
  },
};
