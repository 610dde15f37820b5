/**
 * Every kind of page in a real browser (Chromium), served over HTTP: scripts never fail on a
 * malformed address. Builds nothing: needs `npm run build` and Debian's Chromium, skips otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dist, launchChromium, whyNoBrowser } from '../support/browser.ts';
import { serveDist, type DistServer } from '../support/serve-dist.ts';
import { pageKinds } from '../support/page-kinds.ts';

if (whyNoBrowser) console.warn(`[pages.test] skipped: ${whyNoBrowser}`);

let server: DistServer;
let browser: Browser;

/** A new page that records script errors and console errors. */
async function openPage(errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return page;
}

describe.skipIf(whyNoBrowser !== null)('pages in the browser', () => {
  beforeAll(async () => {
    server = await serveDist(dist);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['%E4%B8', '%', 'm-%ZZ'])('highlights the searched text even when the #fragment is malformed (#%s)', async (fragment) => {
    const errors: string[] = [];
    const page = await openPage(errors);
    const path = pageKinds(dist).document.replace(/index\.html$/, '');
    const text = await page.goto(`${server.origin}/${path}`).then(() => page.textContent('.doc-text'));
    const word = (text ?? '').replace(/\s+/g, '').slice(0, 4);
    await page.goto(`${server.origin}/${path}?hl=${encodeURIComponent(word)}#${fragment}`);
    await page.waitForSelector('mark.search-hit--current', { timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
