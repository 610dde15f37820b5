/**
 * A tiny static server for the offline tests: serves a built site (dist/) under a path prefix
 * (`/` or `/policy/`), as a plain host would — folders answer with their index.html, anything
 * else under the prefix or outside it is a 404 — so the tests prove one dist/ works at the root
 * and under a sub-path. No compression and `cache-control: no-cache`, so what a service worker
 * keeps is its own doing.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { contentTypes, fileForPath } from './serve-dist.ts';
import { extname, join, resolve } from 'node:path';


export interface StaticServer {
  /** Where the site starts, ending in `/`: `http://127.0.0.1:<port>/policy/`. */
  url: string;
  close(): Promise<void>;
}

/** The file a URL path names inside `root` once `prefix` is taken off, or null. */
export function fileFor(root: string, prefix: string, urlPath: string): string | null {
  if (!urlPath.startsWith(prefix)) return null;
  return fileForPath(root, urlPath.slice(prefix.length - 1));
}

/**
 * Serves `dir` at `prefix` (`/` or `/policy/`) on a free localhost port. With `notFound` (a file
 * in `dir`, e.g. `404.html`), a missing address under the prefix gets that page, as a host set up
 * for the site's folder would answer.
 */
export async function serveStatic(dir: string, prefix = '/', options: { notFound?: string } = {}): Promise<StaticServer> {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`static-server: prefix must start and end with "/", got "${prefix}"`);
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(root, prefix, url.pathname);
    if (!file) {
      const page = options.notFound && url.pathname.startsWith(prefix) ? readFileSync(join(root, options.notFound)) : '<!doctype html><title>404</title><p>not found</p>';
      res.writeHead(404, { 'content-type': contentTypes['.html']! }).end(page);
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-length': String(body.length),
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static-server: no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : done()));
      }),
  };
}
