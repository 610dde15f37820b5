/**
 * node scripts/bench/read-formats.ts [--rounds N] [--dir DIR]
 * Reading against splitting, per input format: each format's fixtures (tests/fixtures/office: the
 * notice and the task list, the same documents in every format; or every file of DIR) read and
 * split N times in a child process of their own, after one round that loads the libraries (its
 * time is shown apart: pdf.js alone takes a few hundred milliseconds to load). Prints documents per
 * second for reading alone and for read + split, the share of the time spent reading, by the
 * clock and by CPU time (the clock lies on a machine shared with other work; CPU time much less),
 * and the child's peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../../src/split/read/read-document.ts';
import { splitDocument } from '../../src/split/split-document.ts';

const FORMATS = ['txt', 'docx', 'doc', 'wps', 'pdf'] as const;
const fixtures = fileURLToPath(new URL('../../tests/fixtures/office/', import.meta.url));
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '100' }, format: { type: 'string' }, dir: { type: 'string' } } });
const rounds = Number(values.rounds);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function inputs(format: string) {
  const named = values.dir
    ? readdirSync(values.dir).filter((n) => n.endsWith(`.${format}`)).map((n) => join(values.dir!, n))
    : ['notice', 'task-list'].map((n) => join(fixtures, n, `${n}.${format}`));
  return named.map((path) => ({ name: path.split('/').pop()!, bytes: readFileSync(path) }));
}

async function measure(format: string) {
  const files = inputs(format);
  const clock = { read: 0, split: 0 };
  const cpu = { read: 0, split: 0 };
  const first = performance.now();
  for (let r = -1; r < rounds; r++) {
    for (const f of files) {
      const [t0, c0] = [performance.now(), cpuMs()];
      const read = await readDocument(f.bytes, f.name);
      const [t1, c1] = [performance.now(), cpuMs()];
      if (!read.ok) throw new Error(`${f.name}: ${read.reason}`);
      splitDocument(read.text, f.name, { format: read.format });
      if (r < 0) continue;
      clock.read += t1 - t0;
      clock.split += performance.now() - t1;
      cpu.read += c1 - c0;
      cpu.split += cpuMs() - c1;
    }
  }
  const docs = rounds * files.length;
  const firstRoundMs = performance.now() - first - clock.read - clock.split;
  return {
    format, docs, firstRoundMs,
    readPerSecond: docs / (clock.read / 1000), totalPerSecond: docs / ((clock.read + clock.split) / 1000), readShare: clock.read / (clock.read + clock.split),
    readCpuMs: cpu.read / docs, splitCpuMs: cpu.split / docs, readCpuShare: cpu.read / (cpu.read + cpu.split),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

if (values.format) {
  console.log(JSON.stringify(await measure(values.format)));
} else {
  const pass = values.dir ? ['--dir', values.dir] : [];
  const rows = FORMATS.map((format) => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--format', format, '--rounds', String(rounds), ...pass], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as Awaited<ReturnType<typeof measure>>;
  }).filter((r) => r.docs > 0);
  console.log('| format | documents | first round | read: documents/s | read + split: documents/s | reading’s share | CPU a document: read / split | reading’s share of CPU | peak RSS |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  for (const r of rows) {
    console.log(`| ${r.format} | ${r.docs} | ${r.firstRoundMs.toFixed(0)} ms | ${r.readPerSecond.toFixed(0)} | ${r.totalPerSecond.toFixed(0)} | ${pct(r.readShare)} | ${r.readCpuMs.toFixed(1)} / ${r.splitCpuMs.toFixed(1)} ms | ${pct(r.readCpuShare)} | ${r.peakRssMb.toFixed(0)} MB |`);
  }
}
