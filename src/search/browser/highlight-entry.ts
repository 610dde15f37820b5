/**
 * Entry of `search/highlight.js`, the classic script SearchHighlight.astro loads on a page opened
 * from a search result (bundled by scripts/build-index.ts). Classic, not a module, so it also runs
 * on pages read from disk (file://), where module scripts are blocked.
 */
import { highlightFromPage } from './highlight-page.ts';

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => highlightFromPage());
else highlightFromPage();
