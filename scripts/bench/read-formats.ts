/**
 * node scripts/bench/read-formats.ts [--rounds N]
 * Reading against splitting, per input format: each format's fixtures (tests/fixtures/office: the
 * notice and the task list, the same documents in every format) read and split N times in a child
 * process of their own. Prints documents per second for reading alone and for read + split, the
 * share of the time spent reading, and the child's peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../../src/split/read/read-document.ts';
import { splitDocument } from '../../src/split/split-document.ts';

const FORMATS = ['txt', 'docx', 'doc', 'wps', 'pdf'] as const;
const fixtures = new URL('../../tests/fixtures/office/', import.meta.url);
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '100' }, format: { type: 'string' } } });
const rounds = Number(values.rounds);

async function measure(format: string) {
  const files = ['notice', 'task-list'].map((n) => ({ name: `${n}.${format}`, bytes: readFileSync(new URL(`${n}/${n}.${format}`, fixtures)) }));
  let readMs = 0;
  let splitMs = 0;
  for (let r = 0; r < rounds; r++) {
    for (const f of files) {
      const t0 = performance.now();
      const read = await readDocument(f.bytes, f.name);
      const t1 = performance.now();
      if (!read.ok) throw new Error(`${f.name}: ${read.reason}`);
      splitDocument(read.text, f.name, { format: read.format });
      splitMs += performance.now() - t1;
      readMs += t1 - t0;
    }
  }
  const docs = rounds * files.length;
  return { format, docs, readPerSecond: docs / (readMs / 1000), totalPerSecond: docs / ((readMs + splitMs) / 1000), readShare: readMs / (readMs + splitMs), peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

if (values.format) {
  console.log(JSON.stringify(await measure(values.format)));
} else {
  const rows = FORMATS.map((format) => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--format', format, '--rounds', String(rounds)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as Awaited<ReturnType<typeof measure>>;
  });
  console.log('| format | documents | read: documents/s | read + split: documents/s | reading’s share | peak RSS |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.format} | ${r.docs} | ${r.readPerSecond.toFixed(0)} | ${r.totalPerSecond.toFixed(0)} | ${(r.readShare * 100).toFixed(0)} % | ${r.peakRssMb.toFixed(0)} MB |`);
}
