// Screenshots of the built site for looking at, not for asserting: serves dist/ on a local port
// and captures pages at 360 px (phone) and 1280 px (desktop), light and dark (full page, and the
// first screen alone as `…-screen.png`, which is what a reader sees on opening).
//   node tests/site/screenshots.mjs [outDir] [path …]
// Env: POLICY_DIST (default dist), CHROMIUM (default /usr/bin/chromium).
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';

const dist = process.env.POLICY_DIST || 'dist';
const out = process.argv[2] || '/tmp/shots';
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.js': 'text/javascript' };

/** Default pages: home, the first document, measure and unit found, and the deadlines page. */
function defaultPaths() {
  const first = (dir) => {
    const d = join(dist, dir);
    return existsSync(d) ? readdirSync(d).filter((n) => statSync(join(d, n)).isDirectory()).sort()[0] : undefined;
  };
  return ['/', `/documents/${first('documents')}/`, `/measures/${first('measures')}/`, `/units/${first('units')}/`, '/deadlines/'];
}

const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = join(dist, path);
  if (!existsSync(file)) return res.writeHead(404).end('not found');
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
}).listen(0);
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  // launch() already gives Chromium a fresh temporary profile (it refuses --user-data-dir).
});
mkdirSync(out, { recursive: true });
const paths = process.argv.slice(3).length ? process.argv.slice(3) : defaultPaths();
const name = (p) => (p.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home');
for (const [width, scheme] of [[360, 'light'], [1280, 'light'], [360, 'dark'], [1280, 'dark']]) {
  const page = await browser.newPage({ viewport: { width, height: width === 360 ? 740 : 900 }, deviceScaleFactor: 1, colorScheme: scheme });
  for (const p of paths) {
    await page.goto(base + p);
    const file = join(out, `${name(p)}-${width}${scheme === 'dark' ? '-dark' : ''}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await page.screenshot({ path: file.replace(/\.png$/, '-screen.png') });
    console.log(file);
    // Long phone pages also in screen-sized parts: a 360×3000 image shrinks to illegible when viewed.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (width === 360 && height > 1200) {
      for (let y = 0, n = 1; y < height; y += 800, n++) {
        const part = file.replace(/\.png$/, `.part${n}.png`);
        await page.screenshot({ path: part, fullPage: true, clip: { x: 0, y, width, height: Math.min(800, height - y) } });
      }
    }
  }
  await page.close();
}
await browser.close();
server.close();
