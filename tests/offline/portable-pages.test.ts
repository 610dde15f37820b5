/** The page rewrite every build runs: relative links (relative-urls.ts) and guarded module scripts. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { guardModuleScripts, offlineTest } from '../../src/offline/module-scripts.ts';

describe('module scripts', () => {
  it('become inline modules that import the file only when the page is not read offline', () => {
    const html = '<script type="module" src="../_astro/page.x1.js"></script><script>keep()</script><script type="module">inline()</script>';
    expect(guardModuleScripts(html)).toBe(
      `<script type="module">if(!(${offlineTest}))import("../_astro/page.x1.js")</script><script>keep()</script><script type="module">inline()</script>`,
    );
  });

  it('tell offline from online by the protocol and the copy mark', () => {
    const offline = (protocol: string, copy: boolean) =>
      runInNewContext(offlineTest, { location: { protocol }, document: { documentElement: { hasAttribute: (a: string) => copy && a === 'data-offline-copy' } } });
    expect([offline('file:', false), offline('http:', true), offline('https:', false)]).toEqual([true, true, false]);
  });
});
