/**
 * Debian's Chromium through playwright-core for the browser tests that check every kind of page
 * (tests/browser/pages.test.ts, a11y.test.ts): the built site, the browser, and why a test skips.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const dist = resolve(process.env.POLICY_DIST || 'dist');
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null. */
export const whyNoBrowser: string | null = !existsSync(join(dist, 'index.html'))
  ? `no ${dist}/index.html — run \`npm run build\` first`
  : !existsSync(join(dist, 'pagefind', 'pagefind.js'))
    ? `no ${dist}/pagefind — run \`npm run build:index\``
    : !existsSync(chromiumPath)
      ? `no Chromium at ${chromiumPath} — \`apt-get install -y chromium\` (or set CHROMIUM)`
      : null;

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
