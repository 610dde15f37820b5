/**
 * Accessibility: axe-core (through @axe-core/playwright) finds nothing on one page of each kind,
 * in light and dark mode, on a 360 px phone and a 1280 px desktop, served over HTTP. The 404 page
 * is also checked where a server under a sub-path (/policy/) shows it: styled, its links inside
 * the site. Builds nothing: needs `npm run build` and Debian's Chromium, skips otherwise.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist, launchChromium, whyNoBrowser } from '../support/browser.ts';
import { pageKinds } from '../support/page-kinds.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

if (whyNoBrowser) console.warn(`[a11y.test] skipped: ${whyNoBrowser}`);

const modes = [
  { name: 'phone, light', width: 360, height: 740, colorScheme: 'light' },
  { name: 'phone, dark', width: 360, height: 740, colorScheme: 'dark' },
  { name: 'desktop, light', width: 1280, height: 800, colorScheme: 'light' },
  { name: 'desktop, dark', width: 1280, height: 800, colorScheme: 'dark' },
] as const;

/** axe's findings as `rule (impact): target …` lines, short enough to read in a failure. */
async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

let browser: Browser;
let server: StaticServer;

describe.skipIf(whyNoBrowser !== null)('accessibility (axe-core)', () => {
  const kinds = whyNoBrowser ? [] : Object.entries(pageKinds(dist));
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveStatic(dist, '/policy/', { notFound: '404.html' });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(modes)('$name', (mode) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: mode.width, height: mode.height }, colorScheme: mode.colorScheme, locale: 'zh-CN' });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it.each(kinds)('the %s page has no violations', async (kind, file) => {
      // A server shows 404.html for any missing address: check it where it is shown.
      const url = kind === '404' ? `${server.url}documents/missing/` : server.url + file.replace(/index\.html$/, '');
      await page.goto(url, { waitUntil: 'load' });
      // axe skips what is hidden: open every <details> (share text, filters, outline) first.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await axeFindings(page)).toEqual([]);
    });
  });

  it('404 under a sub-path is styled and its links stay in the site', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${server.url}no/such/page/`, { waitUntil: 'load' });
    const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0));
    expect(styled).toBe(true);
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(server.url), href).toBe(true);
    // The skip link stays on the page.
    expect(await page.$eval('a.skip', (a) => (a as HTMLAnchorElement).href)).toBe(`${server.url}no/such/page/#main`);
    await page.close();
  });
});
