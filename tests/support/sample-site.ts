/**
 * Builds a whole site (`npm run build`'s four steps: split, Astro, Pagefind, offline copy) from a
 * few hand-written documents into a temporary folder, for tests of what the build does with
 * text the five real documents do not have. About 20 s per build: the tests that use it build
 * one after the other (Astro writes `.astro/` in the project while it builds).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A notice written with ASCII punctuation (straight quotes, `--`, `---`, `......`) and bare web
 * addresses followed by Chinese text: everything a Markdown pipeline likes to rewrite.
 */
export const punctuationNotice = `中共测试县教育局委员会文件

测教党〔2021〕3号

关于加强"三会一课"制度建设的通知

各基层党组织：

为落实"三会一课"制度--规范组织生活---现通知如下......详见http://example.gov.cn/a。请各单位遵照执行。

一、工作目标

坚持"三会一课"，全年开展主题党日12次--每月1次。

二、工作措施

1.落实"三会一课"制度。各支部每月召开支部委员会...... 'A' 与 "B" 不变。【各支部负责】

2.规范网上报送。登录https://dj.example.gov.cn/report?id=1&y=2021，填写表格，或访问www.example.gov.cn/dj。也可发邮件至dj@example.cn。2021年12月31日前完成。

中共测试县教育局委员会

2021年3月1日
`;

export interface SampleSite {
  root: string;
  collections: string;
  dist: string;
  splitJson: string;
}

const node = process.execPath;

/**
 * Runs the four build steps on `sources` (file name → text) in a new temporary folder; `siteUrl`
 * is the build's SITE_URL (none by default).
 */
export function buildSampleSite(sources: Record<string, string>, root = mkdtempSync(join(tmpdir(), 'sample-site-')), siteUrl = ''): SampleSite {
  const input = join(root, 'sources');
  mkdirSync(input, { recursive: true });
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(input, name), text);
  return buildSiteFrom(input, root, siteUrl);
}

/** Runs the four build steps on the documents of `input` into `root`, with `siteUrl` as SITE_URL. */
export function buildSiteFrom(input: string, root: string, siteUrl = ''): SampleSite {
  const site = { root, collections: join(root, 'collections'), dist: join(root, 'dist'), splitJson: join(root, 'split.json') };
  const env = { ...process.env, POLICY_COLLECTIONS: site.collections, POLICY_DIST: site.dist, SITE_URL: siteUrl };
  const run = (args: string[]) => execFileSync(node, args, { env, stdio: 'pipe', encoding: 'utf8' });
  run(['scripts/split.ts', '--in', input, '--out', site.collections, '--json', site.splitJson, '--quiet']);
  run(['node_modules/astro/bin/astro.mjs', 'build', '--silent']);
  run(['scripts/build-index.ts']);
  run(['scripts/build-offline.ts']);
  return site;
}
