/** The layer rules of .dependency-cruiser.cjs hold on the code and catch a violation. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const depcruise = join(root, 'node_modules/.bin/depcruise');

function cruise(cwd: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(depcruise, ['src', '--config', '.dependency-cruiser.cjs'], { cwd, encoding: 'utf8' }) };
  } catch (e) {
    const err = e as { stdout?: string };
    return { ok: false, output: err.stdout ?? '' };
  }
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  cpSync(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(join(dir, 'tsconfig.json'), '{"compilerOptions":{"allowImportingTsExtensions":true,"module":"esnext","moduleResolution":"bundler"}}');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

test('a split module importing a site module breaks the layer rules', () => {
  const dir = workspace({
    'src/site/text.ts': 'export const x = 1;\n',
    'src/model/urls.ts': 'export const y = 2;\n',
    'src/split/emit/page.ts': "import { x } from '../../site/text.ts';\nimport { y } from '../../model/urls.ts';\nexport const z = x + y;\n",
  });
  const result = cruise(dir);
  expect(result.ok).toBe(false);
  expect(result.output).toContain('split-not-site: src/split/emit/page.ts → src/site/text.ts');
  expect(result.output).not.toContain('model/urls.ts');
});

test('a site module importing the split, and the model importing a layer, break them too', () => {
  const dir = workspace({
    'src/split/split-document.ts': 'export const x = 1;\n',
    'src/site/data.ts': "import { x } from '../split/split-document.ts';\nexport const y = x;\n",
    'src/model/ids.ts': "import { y } from '../site/data.ts';\nexport const z = y;\n",
  });
  const { ok, output } = cruise(dir);
  expect(ok).toBe(false);
  expect(output).toContain('site-not-split: src/site/data.ts → src/split/split-document.ts');
  expect(output).toContain('model-stands-alone: src/model/ids.ts → src/site/data.ts');
});

test('the project itself keeps the rules', () => {
  const { ok, output } = cruise(root);
  expect(output).toContain('no dependency violations found');
  expect(ok).toBe(true);
});
