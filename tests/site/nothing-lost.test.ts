/**
 * "Nothing lost" on the built site (dist/, as `npm run build` left it): each document's page
 * shows every whitespace-separated piece of the text the split wrote for it, in order and as
 * written (the split's own tests prove its text is the source minus recorded removals).
 * POLICY_DIST and POLICY_COLLECTIONS override the two folders.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsLosingText } from '../support/page-text.ts';

const dist = process.env.POLICY_DIST || 'dist';
const collections = process.env.POLICY_COLLECTIONS || 'content/collections';
const built = existsSync(join(dist, 'index.html')) && existsSync(join(collections, 'documents'));
if (!built) console.warn(`[nothing-lost.test] skipped: no ${dist}/index.html or ${collections}/documents — run \`npm run build\` first.`);

describe.skipIf(!built)('built document pages', () => {
  it('show the whole text of their document, in order, as written', () => {
    expect(documentsLosingText(collections, dist)).toEqual([]);
  });
});
