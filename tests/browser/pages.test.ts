/**
 * Every kind of page in a real browser (Chromium), served over HTTP and read from disk: each
 * carries its Content-Security-Policy and breaks none of it; scripts never fail on a malformed
 * address. (Search, highlighting, sharing and offline search under the policy are exercised by
 * search.test.ts and offline.test.ts, which fail on any console error, as a CSP violation is.)
 * Builds nothing: needs `npm run build` and Debian's Chromium, skips otherwise.
 */
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dist, launchChromium, whyNoBrowser } from '../support/browser.ts';
import { serveDist, type DistServer } from '../support/serve-dist.ts';
import { pageKinds } from '../support/page-kinds.ts';

if (whyNoBrowser) console.warn(`[pages.test] skipped: ${whyNoBrowser}`);

let server: DistServer;
let browser: Browser;

/** A new page that records script errors, console errors and CSP violations. */
async function openPage(errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  await page.exposeFunction('__cspViolation', (v: string) => errors.push(`CSP violation: ${v}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    ),
  );
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

  const kinds = whyNoBrowser ? [] : Object.entries(pageKinds(dist));
  const origins = [
    ['over HTTP', () => `${server.origin}/`],
    ['from disk', () => pathToFileURL(dist).href + '/'],
  ] as const;

  describe.each(origins)('%s', (how, base) => {
    // 404.html is only ever shown by a server.
    it.each(how === 'from disk' ? kinds.filter(([kind]) => kind !== '404') : kinds)('the %s page carries a Content-Security-Policy and breaks none of it', async (_kind, file) => {
      const errors: string[] = [];
      const page = await openPage(errors);
      const url = base() + (base().startsWith('http') ? file.replace(/index\.html$/, '') : file);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(errors).toEqual([]);
      await page.close();
    });
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
