/**
 * A tiny static server for a built site (dist/), for browser tests, the search-quality test and
 * the search-cost measurement. Serves folders as `index.html`, answers 404 for anything missing,
 * and gzips text (HTML, JS, CSS, JSON) when asked, as a real host would, so byte counts are what a
 * phone would download. Pagefind's own index files are already gzipped and are sent as they are.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
};
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg']);

export interface DistServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/** The file a request path maps to inside `root`, or null when it would leave it or is missing. */
export function fileForPath(root: string, urlPath: string): string | null {
  let path = decodeURIComponent(urlPath);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return file;
}

/** Serves `dist` on a free localhost port. */
export async function serveDist(dist: string): Promise<DistServer> {
  const root = resolve(dist);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = fileForPath(root, url.pathname);
    if (!file) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': contentTypes['.html']! });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'content-type': contentTypes[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    let body: Buffer = readFileSync(file);
    if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let zipped = gzipped.get(file);
      if (!zipped) gzipped.set(file, (zipped = gzipSync(body)));
      body = zipped;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  // Clients (Node's fetch) keep connections open for reuse; a server closing them first makes
  // a reused connection fail with ECONNRESET under load.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('serve-dist: no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((done, fail) => server.close((e) => (e ? fail(e) : done()))),
  };
}
