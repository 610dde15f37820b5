/**
 * Every case folder `tests/fixtures/<set>/<case>/` is split and compared exactly with its `expected.json`
 * (the whole output: document, measures, goals, normalised deadlines, problems, removals).
 * `UPDATE=1 npx vitest run tests/fixtures.test.ts` (re)writes the expectations instead.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { caseOutput, fixtureCases, fixtureSets } from './support/fixture-cases.ts';

const update = Boolean(process.env.UPDATE);

describe.each(fixtureSets())('fixtures/%s', (set) => {
  test.each(fixtureCases(set).map((c) => [c.name, c] as const))('%s: the split output equals expected.json', (_name, c) => {
    const actual = caseOutput(c);
    const file = new URL('expected.json', c.dir);
    if (update) {
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    if (!existsSync(file)) {
      throw new Error(`${c.set}/${c.name}: expected.json is missing; run UPDATE=1 npx vitest run tests/fixtures.test.ts`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
