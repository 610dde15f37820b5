/**
 * Site paths. Every page lives in a folder (`/measures/x/`), matching the root-relative `url`
 * fields the split writes, so data and site agree on one scheme.
 */
export const documentUrl = (id: string) => `/documents/${id}/`;
export const measureUrl = (id: string) => `/measures/${id}/`;
export const unitUrl = (id: string) => `/units/${id}/`;
/** A jurisdiction's units (`/units/place/zhan-jiang-shi/`); `place` cannot be a unit id, which is pinyin. */
export const unitPlaceUrl = (slug: string) => `/units/place/${slug}/`;
/** The units index's data for its filter, as a classic script (a fetch does not work from disk). */
export const unitNamesScriptUrl = '/units/names.js';
export const termUrl = (id: string) => `/terms/${id}/`;
/** A document's original file as offered for download (下载原文): `/originals/<id>.docx`, the original's extension kept. */
export const originalUrl = (id: string, original: string) => `/originals/${id}${/\.[A-Za-z0-9]{1,5}$/.exec(original)?.[0].toLowerCase() ?? ''}`;

/** Fixed index pages, in the order the header shows them. */
export const sectionUrls = {
  home: '/',
  documents: '/documents/',
  deadlines: '/deadlines/',
  goals: '/goals/',
  units: '/units/',
  terms: '/terms/',
  search: '/search/',
} as const;

/** Later pages of the documents list: `/documents/2/` could be a document. */
export const documentsPagesUrl = '/documents/page/';

/** `path#anchor`, or just `path` when there is no anchor. */
export const withAnchor = (path: string, anchor: string | null | undefined) => (anchor ? `${path}#${anchor}` : path);

/** HTML id of a goal mark in its document page, shared by the mark and the goals page. */
export const goalAnchor = (goalId: string) => `goal-${goalId}`;

/**
 * Absolute URL for the site path `path` when the site's address is known (Astro `site`, from
 * SITE_URL); undefined otherwise, so callers leave canonical / og:url out rather than guess.
 * SITE_URL may name a folder (`https://x.gov.cn/policy/`): the site path goes under it, since
 * every built link is relative and the site works there as it is.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
  if (!site) return undefined;
  const base = String(site).replace(/\/?$/, '/');
  return new URL(path.replace(/^\//, ''), base).href;
}
