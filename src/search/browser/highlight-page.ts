/**
 * Page glue for highlight.ts, run on every page (SearchHighlight.astro). The terms arrive as
 * `?hl=`; the inline script at the top of the page (SearchHighlight.astro) has already moved them to `data-search-hl` on <html>
 * and taken them off the address, so a link copied or shared from the page is the clean one.
 */
import { firstMarkFrom, markTerms } from './highlight.ts';
import { foldText } from '../engine/normalise.ts';

export const highlightAttribute = 'data-search-hl';

/**
 * The id a `#fragment` names: percent-decoded when it is well formed, else taken as it is (a
 * hand-edited or cut-off link such as `#m-%E4%B8` must not stop the page's script).
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function highlightFromPage(doc: Document = document): void {
  const raw = doc.documentElement.getAttribute(highlightAttribute);
  const main = doc.querySelector('main');
  if (!raw || !main) return;
  let terms: unknown;
  try {
    terms = JSON.parse(raw);
  } catch {
    return;
  }
  if (!Array.isArray(terms)) return;
  const marks = markTerms(main, terms.filter((t): t is string => typeof t === 'string').map((t) => foldText(t).trim()));
  const id = fragmentId(doc.location.hash);
  const target = id ? doc.getElementById(id) : null;
  const first = firstMarkFrom(marks, target);
  if (!first) return;
  first.classList.add('search-hit--current');
  const show = () => first.scrollIntoView({ block: 'center' });
  show();
  // The browser may scroll to the #target once more when the page finishes loading.
  if (doc.readyState !== 'complete') doc.defaultView?.addEventListener('load', show, { once: true });
}
