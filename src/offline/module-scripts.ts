/**
 * `<script type="module" src="x.js"></script>` → an inline module that imports x.js only when
 * the page is not read offline. Opened from disk, Chromium refuses module scripts (origin
 * 'null') and logs an error for each; the offline copy (the unpacked zip, `data-offline-copy`
 * on <html>) has no use for them either, because its search and highlighting run as classic
 * scripts. An inline module runs deferred, like the external one, and its relative import
 * resolves against the page, like the `src` did.
 */

/** Is the page read offline? The same test, as source, for every inline script that needs it. */
export const offlineTest = `location.protocol==="file:"||document.documentElement.hasAttribute("data-offline-copy")`;

export function guardModuleScripts(html: string): string {
  return html.replace(/<script type="module" src="([^"]+)"><\/script>/g, (_m, src: string) => `<script type="module">if(!(${offlineTest}))import(${JSON.stringify(src.replace(/&amp;/g, '&'))})</script>`);
}
