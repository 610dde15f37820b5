/**
 * Sharing in a real browser (Chromium). A site built with SITE_URL under a folder
 * (https://example.gov.cn/policy/): the QR code on a document and on a measure page, read back
 * from the pixels the browser draws (jsQR on a screenshot decoded by pngjs), is that page's
 * address, and 复制链接 copies it, from disk too. The site built without SITE_URL (dist/): no QR
 * code, and 复制链接 read from disk says it copies a path on this computer.
 * Builds a one-document site (about 20 s); the dist/ part needs `npm run build`.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, dist, launchChromium, whyNoBrowser } from '../support/browser.ts';
import { serveDist, type DistServer } from '../support/serve-dist.ts';
import { buildSampleSite, punctuationNotice, type SampleSite } from '../support/sample-site.ts';

const siteUrl = 'https://example.gov.cn/policy/';
const noChromium = existsSync(chromiumPath) ? null : `no Chromium at ${chromiumPath}`;
if (noChromium) console.warn(`[share.test] skipped: ${noChromium}`);

/** The first page folder under `kind` (documents, measures) of a built site. */
const firstPage = (root: string, kind: string) =>
  readdirSync(join(root, kind), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'page').map((e) => e.name).sort()[0]!;

/** The text of the QR code the page shows, decoded from a screenshot of it. */
async function qrTextOn(page: Page): Promise<string | null> {
  const png = PNG.sync.read(await page.locator('.qr svg').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** Clicks 复制链接 and returns what the status says and what the clipboard then holds. */
async function copyLink(page: Page): Promise<{ status: string; copied: string }> {
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect.poll(() => page.textContent('.share__status')).not.toBe('');
  return { status: (await page.textContent('.share__status')) ?? '', copied: await page.evaluate(() => navigator.clipboard.readText()) };
}

let browser: Browser;
let context: BrowserContext;
const newContext = async (deviceScaleFactor: number) => {
  const c = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor, locale: 'zh-CN' });
  await c.grantPermissions(['clipboard-read', 'clipboard-write']);
  return c;
};

describe.skipIf(noChromium !== null)('a site built with SITE_URL under a folder', () => {
  let site: SampleSite;
  let server: DistServer;
  beforeAll(async () => {
    site = buildSampleSite({ '标点测试.txt': punctuationNotice }, undefined, siteUrl);
    server = await serveDist(site.dist);
    browser = await launchChromium();
    context = await newContext(1);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) rmSync(site.root, { recursive: true, force: true });
  });

  const pages = [['document', 'documents'], ['measure', 'measures']] as const;
  const origins = [
    ['over HTTP', (path: string) => `${server.origin}/${path}`],
    ['from disk', (path: string) => `${pathToFileURL(site.dist).href}/${path}index.html`],
  ] as const;

  describe.each(origins)('%s', (_how, open) => {
    it.each(pages)('the %s page shows a QR code of its own address, which 复制链接 copies', async (_kind, folder) => {
      const id = firstPage(site.dist, folder);
      const address = `${siteUrl}${folder}/${id}/`;
      const page = await context.newPage();
      await page.goto(open(`${folder}/${id}/`));
      expect(await qrTextOn(page)).toBe(address);
      expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(address);
      expect(await copyLink(page)).toEqual({ status: '已复制链接', copied: address });
      await page.close();
    });
  });

  it('draws a QR code that still reads on a high-density screen, and prints it', async () => {
    const id = firstPage(site.dist, 'measures');
    const sharp = await newContext(2);
    const page = await sharp.newPage();
    await page.goto(`${server.origin}/measures/${id}/`);
    expect(await qrTextOn(page)).toBe(`${siteUrl}measures/${id}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.qr svg').isVisible()).toBe(true);
    expect(await page.locator('.share__buttons').isVisible()).toBe(false);
    await sharp.close();
  });
});

describe.skipIf(whyNoBrowser !== null)('the site built without SITE_URL (dist/)', () => {
  let server: DistServer;
  beforeAll(async () => {
    server = await serveDist(dist);
    browser = await launchChromium();
    context = await newContext(1);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('read from disk, 复制链接 says it copies a path on this computer, and the share text carries no path', async () => {
    const id = firstPage(dist, 'measures');
    const file = `${pathToFileURL(dist).href}/measures/${id}/index.html`;
    const page = await context.newPage();
    await page.goto(file);
    expect(await page.locator('.qr').count()).toBe(0);
    expect(await copyLink(page)).toEqual({ status: '已复制本机路径（只能在这台电脑上打开）', copied: file });
    expect(await page.inputValue('[data-share-text]')).not.toMatch(/file:|\/measures\//);
    await page.close();
  });

  it('served, 复制链接 copies the address the page was opened at', async () => {
    const id = firstPage(dist, 'measures');
    const page = await context.newPage();
    await page.goto(`${server.origin}/measures/${id}/`);
    expect(await copyLink(page)).toEqual({ status: '已复制链接', copied: `${server.origin}/measures/${id}/` });
    expect((await page.inputValue('[data-share-text]')).split('\n').at(-1)).toBe(`${server.origin}/measures/${id}/`);
    await page.close();
  });

  it('has no canonical link, og:url or og:image, which would be relative', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/documents/${firstPage(dist, 'documents')}/`);
    expect(await page.locator('link[rel="canonical"], meta[property="og:url"], meta[property="og:image"]').count()).toBe(0);
    await page.close();
  });
});
