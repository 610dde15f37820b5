/**
 * The offline search page (src/offline/client.ts) mirrors the online one (src/search/client.ts),
 * which stands aside when the page is read offline. These parts are copies; when one changes,
 * this says so, so the other follows and the two pages keep reading the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = (file: string) => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
const online = source('search/client.ts');
const offline = source('offline/client.ts');

/** The text of top-level function `name`, from its `function` line to its closing brace. */
function functionText(code: string, name: string): string {
  const start = code.search(new RegExp(`^(async )?function ${name}\\(`, 'm'));
  if (start < 0) return `(no function ${name})`;
  return code.slice(start, code.indexOf('\n}\n', start) + 2);
}

describe('offline search page', () => {
  it.each(['formToState', 'stateToForm', 'fillFilterOptions', 'statusHtml'])('has the same %s as the online one', (name) => {
    expect(functionText(offline, name)).toBe(functionText(online, name));
  });
});
