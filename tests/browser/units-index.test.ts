/**
 * The units index of the built seed site (small: every unit on the page), read from disk: the
 * filter narrows the list as you type, by unit or by jurisdiction, and says when nothing matches.
 * Builds nothing: needs `npm run build` and Debian's Chromium, skips otherwise.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dist, launchChromium, whyNoBrowser } from '../support/browser.ts';

if (whyNoBrowser) console.warn(`[units-index.test] skipped: ${whyNoBrowser}`);

describe.skipIf(whyNoBrowser !== null)('the units index', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(join(dist, 'units', 'index.html')).href);
  }, 60_000);
  afterAll(() => browser?.close());

  const visibleUnits = () => page.$$eval('[data-unit-key]', (items) => items.filter((li) => !(li as HTMLElement).hidden).map((li) => li.querySelector('a')!.textContent));
  const visibleGroups = () => page.$$eval('[data-unit-group]', (groups) => groups.filter((g) => !(g as HTMLElement).hidden).map((g) => g.querySelector('h2')!.firstChild!.textContent!.trim()));

  it('lists every unit under its jurisdiction before anything is typed', async () => {
    // Jurisdictions in pinyin order (jian, mian, tai, zhan), names that need none last.
    expect(await visibleGroups()).toEqual(['建始县', '绵阳市', '台山市', '湛江市', '不分地区']);
    expect((await visibleUnits()).length).toBe(await page.locator('[data-unit-key]').count());
  });

  it('keeps only the units whose name has what is typed, and the groups that still hold one', async () => {
    await page.fill('#unit-filter-input', '组织部');
    const units = await visibleUnits();
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((name) => name!.includes('组织部'))).toBe(true);
    expect(await page.locator('.unit-filter__status').textContent()).toBe(`有 ${units.length} 个单位`);
    expect(await visibleGroups()).not.toContain('建始县');
  });

  it('finds a jurisdiction’s units by its name, in full-width letters too', async () => {
    await page.fill('#unit-filter-input', '湛江');
    expect(await visibleGroups()).toEqual(['湛江市']);
    await page.fill('#unit-filter-input', '　湛江　');
    expect(await visibleGroups()).toEqual(['湛江市']);
  });

  it('says so when no unit matches, and shows everything again when the box is cleared', async () => {
    await page.fill('#unit-filter-input', '没有这个单位');
    expect(await visibleUnits()).toEqual([]);
    expect(await page.locator('.unit-filter__status').textContent()).toBe('没有名称含“没有这个单位”的单位');
    await page.fill('#unit-filter-input', '');
    expect((await visibleUnits()).length).toBe(await page.locator('[data-unit-key]').count());
    expect(errors).toEqual([]);
  });
});
