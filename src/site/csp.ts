/**
 * A Content-Security-Policy for every page, as a `<meta http-equiv>` (the site is static files:
 * no server to send a header, and a copy read from disk has no headers at all). Scripts run only
 * from the site's own files or when their exact text is listed by hash: no 'unsafe-inline', so
 * an injected script or event handler does not run.
 *
 * - script-src 'self' + a sha256 of each inline script on the page (the highlight loader, the
 *   offline-search loader, the guarded module imports, the share buttons …), and
 *   'wasm-unsafe-eval' for Pagefind's WebAssembly search.
 * - style-src 'self' 'unsafe-inline': a few components set `style=""`; styles cannot run code.
 * - connect-src 'self' (Pagefind's index, search/*.json), worker-src 'self' (the service worker),
 *   img-src 'self' data:, object-src 'none', base-uri 'self', form-action 'self'.
 *
 * Read from disk, Chromium counts the page's own folder tree as 'self', so the offline search's
 * classic scripts (offline-search.js, _offline/**) load there too.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * The same few inline scripts are on every page: their hashes are kept, so a build of 200,000
 * pages hashes each once. Pages whose scripts differ (JSON-LD is skipped) would fill it, so it is
 * bounded.
 */
const hashOfScript = new Map<string, string>();
const keptHashes = 256;

function scriptHash(body: string): string {
  let hash = hashOfScript.get(body);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    if (hashOfScript.size < keptHashes) hashOfScript.set(body, hash);
  }
  return hash;
}

/** The base64 sha256 of each inline script's text, in page order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes!) || /\stype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes!)) continue;
    hashes.add(scriptHash(body!));
  }
  return [...hashes];
}

export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The page with its policy at the top of <head> (after the charset), before any script, so it
 * covers them all. Run last: a script changed after hashing would be blocked.
 */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(html))}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  return html.replace(/<head>/i, (head) => head + meta);
}
