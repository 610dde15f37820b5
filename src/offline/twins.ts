/**
 * Twins, page side. Read from disk, a page may not fetch() (origin 'null') but may add
 * <script src>; so each file the search needs has a twin (written by scripts/build-offline.ts)
 * that calls `__policyOfflineFile(path, base64)`, and `twinFetch` answers fetch() for those
 * paths by loading the twin. Only what a search touches is loaded, as online. Bytes go as they
 * are (Pagefind's files are gzipped already), in base64 so any byte is safe in a script.
 */
import { needsTwin, twinCallback, twinPathOf } from './files.ts';

function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type Waiting = Map<string, (b64: string) => void>;

/** Loads the twin of `path` (relative to `root`) and resolves with its bytes, or null when it is missing. */
function loadTwin(root: string, path: string, waiting: Waiting): Promise<Uint8Array | null> {
  return new Promise((done) => {
    const script = document.createElement('script');
    waiting.set(path, (b64) => done(base64ToBytes(b64)));
    script.src = root + twinPathOf(path).split('/').map(encodeURIComponent).join('/');
    script.onload = () => {
      // A twin calls back while it runs, before load fires; still waiting means it did not.
      if (waiting.get(path)) done(null);
      waiting.delete(path);
      script.remove();
    };
    script.onerror = () => {
      waiting.delete(path);
      script.remove();
      done(null);
    };
    document.head.appendChild(script);
  });
}

/**
 * A fetch that serves the twinned files under `root` (the site's folder URL, ending in `/`) from
 * their twins and hands everything else to `fallback`.
 */
export function twinFetch(root: string, fallback: typeof fetch): typeof fetch {
  const waiting: Waiting = new Map();
  const loaded = new Map<string, Promise<Uint8Array | null>>();
  (globalThis as unknown as Record<string, unknown>)[twinCallback] = (path: string, b64: string) => {
    const resolve = waiting.get(path);
    waiting.delete(path);
    resolve?.(b64);
  };
  return (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    const path = url.href.startsWith(root) ? decodeURIComponent(url.href.slice(root.length).replace(/[?#].*$/, '')) : null;
    if (path === null || !needsTwin(path)) return fallback(input, init);
    let bytes = loaded.get(path);
    if (!bytes) loaded.set(path, (bytes = loadTwin(root, path, waiting)));
    return bytes.then((b) =>
      b
        ? new Response(b as BodyInit, { status: 200, headers: { 'content-type': path.endsWith('.json') ? 'application/json' : 'application/octet-stream' } })
        : new Response(null, { status: 404, statusText: 'no offline copy' }),
    );
  };
}
