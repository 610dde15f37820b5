/**
 * Deadline status in a real browser, read from disk (file://, where only classic scripts run) on
 * a fixed "today": Playwright's clock sets the date the page script sees, so the product has no
 * test hook a reader could trip over. The statuses are checked on the built seed site (`dist/`,
 * needs `npm run build`); the home page's due-soon block on the seed documents built as of
 * 2019-08-20 (SOURCE_DATE_EPOCH) into a temporary folder, since built today they have nothing
 * left to fall due. Needs Debian's Chromium; skips otherwise.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dist, launchChromium, whyNoBrowser } from '../support/browser.ts';
import { buildSiteFrom, type SampleSite } from '../support/sample-site.ts';

if (whyNoBrowser) console.warn(`[deadlines.test] skipped: ${whyNoBrowser}`);

let browser: Browser;

interface Opened {
  page: Page;
  errors: string[];
}

/** `file` of the site in `root`, from disk, on `today` (Beijing morning), recording errors and CSP violations. */
async function open(root: string, file: string, today: string, viewport = { width: 360, height: 740 }, javaScriptEnabled = true): Promise<Opened> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', javaScriptEnabled });
  const page = await context.newPage();
  const errors: string[] = [];
  await page.clock.setFixedTime(new Date(`${today}T09:00:00+08:00`));
  await page.exposeFunction('__cspViolation', (v: string) => errors.push(`CSP violation: ${v}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(pathToFileURL(join(root, file)).href, { waitUntil: 'load' });
  return { page, errors };
}

/** The visible status next to each date label on the page, `label status` (status empty when none). */
const statuses = (page: Page, scope = 'main') =>
  page.$$eval(`${scope} .deadline__label`, (labels) =>
    labels.map((label) => {
      const status = label.nextElementSibling;
      const shown = status?.classList.contains('deadline-status') && !(status as HTMLElement).hidden ? status.textContent : '';
      return `${label.textContent} ${shown}`.trim();
    }),
  );

const close = (o: Opened) => o.page.context().close();

describe.skipIf(whyNoBrowser !== null)('deadline status on the built seed site, read from disk', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    // 9月底前 in a 2019 document: 30 days ahead across a month end, then this month, then late.
    ['2019-08-30', ['2019年9月底前']],
    ['2019-08-31', ['2019年9月底前 30天内到期']],
    ['2019-09-01', ['2019年9月底前 本月到期']],
    ['2019-09-30', ['2019年9月底前 本月到期']],
    ['2019-10-01', ['2019年9月底前 已逾期']],
  ])('the 2019 timeline on %s says %j', async (today, expected) => {
    const opened = await open(dist, 'deadlines/2019/index.html', today);
    expect(await statuses(opened.page)).toEqual(expected);
    expect(opened.errors).toEqual([]);
    await close(opened);
  });

  it('marks a year-only deadline by the end of its year, and the past grey, not red', async () => {
    const opened = await open(dist, 'deadlines/2020/index.html', '2020-12-01');
    expect(await statuses(opened.page)).toEqual(['2020年底前 本月到期']);
    await close(opened);
    const later = await open(dist, 'deadlines/2017/index.html', '2026-11-27');
    expect(await statuses(later.page)).toEqual(['2017年底前 已逾期']);
    const look = await later.page.$eval('.deadline-status', (el) => ({ color: getComputedStyle(el).color, weight: getComputedStyle(el.previousElementSibling!).fontWeight }));
    const accent = await later.page.evaluate(() => getComputedStyle(document.querySelector('.site-name')!).color);
    expect(look.color).not.toBe(accent);
    expect(Number(look.weight)).toBeLessThan(700);
    await close(later);
  });

  it('gives recurring duties no status on a measure page, and shows the date only without JavaScript', async () => {
    const measure = await open(dist, 'measures/jianjiaodang-2020-9-2-1-3/index.html', '2019-09-10');
    expect(await measure.page.$$eval('main .deadline--recurring', (items) => items.map((li) => li.querySelectorAll('.deadline-status').length))).toEqual([0, 0]);
    expect(measure.errors).toEqual([]);
    await close(measure);
    const bare = await open(dist, 'deadlines/2019/index.html', '2019-09-10', undefined, false);
    expect(await statuses(bare.page)).toEqual(['2019年9月底前']);
    await close(bare);
  });

  it.each([
    ['2020-12-31', ''],
    ['2021-01-01', '已到期'],
  ])('says of the 2018—2020 plan on %s, on its page and in the lists: %j', async (today, said) => {
    const period = (page: Page, scope: string) =>
      page.$$eval(`${scope} [data-period-end]`, (els) => els.map((el) => ((el as HTMLElement).hidden ? '' : el.textContent)));
    const doc = await open(dist, 'documents/taijiaodangzi-2018-35/index.html', today);
    expect(await doc.page.textContent('.doc-meta')).toContain('实施期限2018年至2020年');
    expect(await period(doc.page, '.doc-meta')).toEqual([said]);
    expect(doc.errors).toEqual([]);
    await close(doc);
    for (const list of ['index.html', 'documents/index.html']) {
      const opened = await open(dist, list, today);
      // One document of the five has a period of its own; the others say nothing.
      expect(await period(opened.page, '.doc-list')).toEqual([said]);
      expect(opened.errors).toEqual([]);
      await close(opened);
    }
  });
});

describe.skipIf(whyNoBrowser !== null)('the home page leads with what falls due soon (seed documents built on 2019-08-20)', () => {
  let site: SampleSite;
  beforeAll(async () => {
    const epoch = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2019, 7, 20) / 1000);
    try {
      site = buildSiteFrom(resolve('content/sources'), mkdtempSync(join(tmpdir(), 'due-soon-')));
    } finally {
      if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = epoch;
    }
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    if (site) rmSync(site.root, { recursive: true, force: true });
  });

  const block = (page: Page) =>
    page.$eval('[data-due-soon]', (box) => {
      const shown = (el: Element | null) => !!el && !(el as HTMLElement).closest('[hidden]');
      const items = (sel: string) => [...box.querySelectorAll(`${sel} [data-due-item]`)].filter(shown).map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
      return {
        summary: shown(box.querySelector('[data-due-summary]')) ? box.querySelector('[data-due-summary]')!.textContent : null,
        upcoming: items('[data-due-upcoming]'),
        overdue: items('[data-due-overdue]'),
        none: shown(box.querySelector('[data-due-none]')),
      };
    });

  const sept = '2019年9月底前 本月到期 持续大力整顿软弱涣散基层党组织 责任单位：市县党委组织部、市属党（工）委 · 湛组通〔2019〕22号';

  it('on a desktop, shows what falls due this month and who owes it without scrolling', async () => {
    const opened = await open(site.dist, 'index.html', '2019-09-10', { width: 1280, height: 800 });
    expect(await block(opened.page)).toEqual({
      summary: '本月到期 1 项',
      upcoming: [sept, '2020年底前 实施基层基础保障工程 责任单位：机关（事业）单位、学校 · 台教党字〔2018〕35号'],
      overdue: [],
      none: false,
    });
    const first = (await opened.page.$('[data-due-upcoming] [data-due-item]'))!;
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(await opened.page.evaluate(() => window.scrollY)).toBe(0);
    expect(opened.errors).toEqual([]);
    await close(opened);
  });

  it('on a 360 px phone, has it on the first screen, no tap needed', async () => {
    const opened = await open(site.dist, 'index.html', '2019-09-10');
    const box = (await (await opened.page.$('[data-due-upcoming] [data-due-item]'))!.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await close(opened);
  });

  it('read weeks and months after the build, keeps what is still due and what was just missed, drops the rest', async () => {
    const october = await open(site.dist, 'index.html', '2019-10-05');
    expect(await block(october.page)).toEqual({
      summary: '近30天已逾期 1 项',
      upcoming: ['2020年底前 实施基层基础保障工程 责任单位：机关（事业）单位、学校 · 台教党字〔2018〕35号'],
      overdue: [sept.replace('本月到期', '已逾期')],
      none: false,
    });
    await close(october);
    const december = await open(site.dist, 'index.html', '2020-12-20');
    expect(await block(december.page)).toEqual({
      summary: '本月到期 1 项',
      upcoming: ['2020年底前 本月到期 实施基层基础保障工程 责任单位：机关（事业）单位、学校 · 台教党字〔2018〕35号'],
      overdue: [],
      none: false,
    });
    await close(december);
    const years = await open(site.dist, 'index.html', '2026-11-27');
    expect(await block(years.page)).toEqual({ summary: null, upcoming: [], overdue: [], none: true });
    expect(await years.page.textContent('[data-due-none]')).toBe('没有尚未到期的时限。');
    expect(years.errors).toEqual([]);
    await close(years);
  });
});
