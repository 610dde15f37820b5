import { describe, expect, it } from 'vitest';
import { argvToOptions } from '../../scripts/bench/args.ts';
import { buildSteps, isScriptStep, npmArgs } from '../../scripts/build/build-steps.ts';
import { withProjectNode } from '../../scripts/bench/reference-starlight.ts';
import { concurrentPeakKb, formatBytes, median, percentile, reportToJson, reportToMarkdown, type BenchReport, type BenchResult, type StepResult } from '../../scripts/bench/report.ts';

const idle = (status: 'n/a' | 'skipped'): StepResult => ({
  status, seconds: null, peakRssKb: null, rssMethod: null, treePeakRssKb: null, exitCode: null, log: null,
});
const ran = (seconds: number, peakRssKb: number, treePeakRssKb = peakRssKb): StepResult => ({
  status: 'ok', seconds, peakRssKb, rssMethod: 'gnu-time', treePeakRssKb, exitCode: 0, log: 'x.log',
});

const report: BenchReport = {
  environment: { node: 'v22.0.0', cpus: 2, platform: 'linux', rssMethod: 'gnu-time' },
  results: [
    { n: 100, seed: 1, corpusBytes: 1024 ** 2, steps: { split: idle('n/a'), site: idle('skipped'), exports: idle('skipped'), index: idle('n/a'), offline: idle('n/a') }, dist: null },
    {
      n: 500, seed: 1, corpusBytes: 5 * 1024 ** 2,
      steps: { split: ran(1, 100_000), site: { ...ran(60, 2_000_000), status: 'failed', exitCode: 1 }, exports: idle('skipped'), index: idle('skipped'), offline: idle('skipped') },
      dist: null,
      reference: { installed: false, reason: 'npm install in /w/starlight exited with 1:\nnpm error code E404' },
    },
    {
      n: 1000, seed: 1, corpusBytes: 10 * 1024 ** 2,
      steps: { split: ran(2, 200_000), site: ran(8.25, 900_000), exports: ran(3, 200_000, 180_000), index: ran(1.5, 100_000, 150_000), offline: ran(0.2, 60_000) },
      dist: {
        pages: 3, distBytes: 5000, pagefindBytes: 2048, offlineBytes: null, offlineFiles: [],
        documentPageBytes: [100, 300, 200], measurePageBytes: [50], largestOtherPage: { path: 'deadlines/2019/index.html', bytes: 35 * 1024 },
      },
      reference: { installed: true, build: ran(2.5, 1_500_000, 2_000_000), pages: 1001, pagefindBytes: 2 * 1024 ** 2 },
      search: { first: { query: '民主评议党员', bytes: 280 * 1024, ms: 440.4 }, second: { query: '三会一课', bytes: 67 * 1024, ms: 270 } },
    },
  ],
};

describe('statistics', () => {
  it('takes the median and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(median([])).toBeNull();
  });

  it('formats sizes in binary units', () => {
    expect([500, 2048, 3 * 1024 ** 2, 1.5 * 1024 ** 3, null].map(formatBytes)).toEqual(['500 B', '2.0 KB', '3.0 MB', '1.50 GB', 'n/a']);
  });
});

describe('reportToMarkdown', () => {
  const table = reportToMarkdown(report);
  const row = (label: string) => table.split('\n').find((line) => line.startsWith(`| ${label} |`));

  it('has one column per N', () => {
    expect(table.split('\n')[0]).toBe('| | N = 100 | N = 500 | N = 1000 |');
  });

  it('says n/a and skipped for steps that did not run', () => {
    expect(row('split: time')).toBe('| split: time | n/a | 1.00 s | 2.00 s |');
    expect(row('site build: peak memory, whole process tree')).toBe('| site build: peak memory, whole process tree | skipped | failed (exit 1): 1.91 GB | 878.9 MB |');
    expect(row('split: documents/s')).toBe('| split: documents/s | n/a | 500 | 500 |');
    expect(row('indexing (Pagefind): time')).toBe('| indexing (Pagefind): time | n/a | skipped | 1.50 s |');
  });

  it('reports the whole process tree, with the largest process when the tree holds more', () => {
    expect(row('indexing (Pagefind): peak memory, whole process tree')).toBe('| indexing (Pagefind): peak memory, whole process tree | n/a | skipped | 146.5 MB (largest process 97.7 MB) |');
    // Sampling can miss a short-lived peak that GNU time saw: the larger figure is reported.
    expect(row('downloads (Excel, CSV, calendars): peak memory, whole process tree')).toBe('| downloads (Excel, CSV, calendars): peak memory, whole process tree | skipped | skipped | 195.3 MB |');
  });

  it('reports the whole build by its largest step when the steps ran one after another', () => {
    expect(row('whole build: peak memory (Σ of the peaks of steps running together)')).toBe('| whole build: peak memory (Σ of the peaks of steps running together) | n/a | 1.91 GB | 878.9 MB |');
  });

  it('adds up the peaks of steps that ran side by side, and times the build by the clock', () => {
    const at = (step: StepResult, startedAt: number, endedAt: number): StepResult => ({ ...step, startedAt, endedAt });
    const side: BenchResult = {
      ...report.results[2]!,
      buildSeconds: 11,
      jobs: 2,
      steps: {
        split: at(ran(2, 200_000), 0, 2),
        site: at(ran(8, 900_000), 2, 10),
        exports: at(ran(3, 200_000, 180_000), 2, 5),
        index: at(ran(0.8, 100_000, 150_000), 10, 10.8),
        offline: at(ran(0.2, 60_000), 10.8, 11),
      },
    };
    const table = reportToMarkdown({ ...report, results: [side] }).split('\n');
    const line = (label: string) => table.find((l) => l.startsWith(`| ${label} |`));
    // site and downloads together: 900,000 + 200,000 KiB.
    expect(concurrentPeakKb(side)).toBe(1_100_000);
    expect(line('whole build: peak memory (Σ of the peaks of steps running together)')).toBe('| whole build: peak memory (Σ of the peaks of steps running together) | 1.05 GB |');
    expect(line('whole build: time (steps side by side where they can)')).toBe('| whole build: time (steps side by side where they can) | 11.0 s (2 at once) |');
    expect(line("sum of the steps' times")).toBe("| sum of the steps' times | 14.0 s |");
    // 11 s by the clock over Starlight's 2.5 s, not the 14 s the steps add up to.
    expect(line("whole build's time ÷ plain Starlight's")).toBe("| whole build's time ÷ plain Starlight's | 4.40× |");
  });

  it('reads results saved before the downloads step was measured', () => {
    const old = { ...report, results: [{ ...report.results[2]!, steps: { ...report.results[2]!.steps, exports: undefined as unknown as StepResult } }] };
    expect(reportToMarkdown(old).split('\n').find((l) => l.startsWith('| downloads (Excel, CSV, calendars): time |'))).toBe('| downloads (Excel, CSV, calendars): time | n/a |');
  });

  it('reports plain Starlight on the same documents, or why it is not there', () => {
    expect(row('plain Starlight, same documents: time')).toBe('| plain Starlight, same documents: time | not run | not installed | 2.50 s |');
    expect(row('plain Starlight: peak memory, whole process tree')).toBe('| plain Starlight: peak memory, whole process tree | not run | not installed | 1.91 GB (largest process 1.43 GB) |');
    expect(row('plain Starlight: pages / Pagefind index')).toBe('| plain Starlight: pages / Pagefind index | not run | not installed | 1001 / 2.0 MB |');
  });

  it("divides the whole build's time by Starlight's only when both ran through", () => {
    // 2 + 8.25 + 3 + 1.5 + 0.2 = 14.95 s over 2.5 s.
    expect(row("whole build's time ÷ plain Starlight's")).toBe("| whole build's time ÷ plain Starlight's | n/a | n/a | 5.98× |");
    const failed = { ...report.results[2]!, reference: { installed: true as const, build: { ...ran(2.5, 1), status: 'failed' as const, exitCode: 1 }, pages: null, pagefindBytes: null } };
    expect(reportToMarkdown({ ...report, results: [failed] }).split('\n').find((l) => l.startsWith("| whole build's time"))).toBe("| whole build's time ÷ plain Starlight's | n/a |");
  });

  it('reports page sizes and missing outputs', () => {
    expect(row('document page HTML: median')).toBe('| document page HTML: median | n/a | n/a | 200 B |');
    expect(row('offline search data')).toBe('| offline search data | n/a | n/a | n/a |');
    expect(row('document pages / measure pages')).toBe('| document pages / measure pages | n/a | n/a | 3 / 1 |');
    expect(row('largest other page (lists)')).toBe('| largest other page (lists) | n/a | n/a | 35.0 KB (deadlines/2019/) |');
  });

  it('reports what a first and a second search cost, where measured', () => {
    expect(row('search: first query (bytes, time)')).toBe('| search: first query (bytes, time) | n/a | n/a | 280.0 KB, 440 ms (民主评议党员) |');
    expect(row('search: second query (bytes, time)')).toBe('| search: second query (bytes, time) | n/a | n/a | 67.0 KB, 270 ms (三会一课) |');
  });

  it('summarises page sizes in JSON instead of listing them', () => {
    const json = JSON.parse(reportToJson(report));
    expect(json.results[2].dist.documentPageBytes).toEqual({ count: 3, median: 200, p95: 300, min: 100, max: 300 });
  });
});

describe('build steps', () => {
  const steps = buildSteps({ corpus: '/c', collections: '/m', splitJson: '/s.json', dist: '/w/d' });
  const script = (id: string) => {
    const step = steps.find((s) => s.id === id)!;
    if (!isScriptStep(step)) throw new Error(`${id} is not a script step`);
    return step;
  };

  it('passes split its folders after -- and the others their env', () => {
    expect(npmArgs(script('split'))).toEqual(['run', 'split', '--silent', '--', '--in', '/c', '--out', '/m', '--quiet', '--json', '/s.json']);
    expect(npmArgs(script('site'))).toEqual(['run', 'build:site', '--silent']);
    expect(script('site').env).toEqual({ POLICY_COLLECTIONS: '/m', POLICY_DIST: '/w/d' });
    expect(script('index').env).toEqual({ POLICY_DIST: '/w/d' });
  });

  it('writes the downloads beside dist/ while the site builds, and moves them in before the offline step', () => {
    // Astro empties dist/ when it starts: downloads written there meanwhile would be lost.
    expect(npmArgs(script('exports'))).toEqual(['run', 'build:exports', '--silent', '--', '--split', '/s.json', '--dist', '/w/.d-downloads']);
    expect(script('exports').needs).toEqual(['split']);
    // At a lower priority than the site build it runs beside.
    expect(script('exports').niceness).toBe(10);
    expect(script('site').niceness).toBeUndefined();
    expect(steps.find((s) => s.id === 'place-downloads')!.needs).toEqual(['site', 'exports']);
    expect(script('offline').needs).toEqual(['index', 'offline-pages']);
  });

  it("packs the offline zip's pages beside the indexing, at a lower priority, once the downloads are in", () => {
    expect(npmArgs(script('offline-pages'))).toEqual(['run', 'build:offline', '--silent', '--', '--before-index']);
    expect(script('offline-pages').needs).toEqual(['place-downloads']);
    expect(script('offline-pages').niceness).toBe(10);
    expect(script('offline-pages').env).toEqual({ POLICY_DIST: '/w/d' });
    expect(script('index').niceness).toBeUndefined();
  });
});

describe('reference build', () => {
  it("runs npm scripts with the project's Node first on PATH", () => {
    expect(withProjectNode({ PATH: '/usr/bin:/bin', HOME: '/h' }, '/p')).toEqual({ PATH: '/p/node_modules/.bin:/usr/bin:/bin', HOME: '/h' });
  });
});

describe('argvToOptions', () => {
  it('defaults to a full run of 1,000 documents', () => {
    expect(argvToOptions([])).toEqual({ mode: 'full', sizes: [1000], seed: 20190424, workDir: null, jobs: 2, referenceUpTo: 3000 });
  });

  it('writes only the corpus when given --corpus', () => {
    expect(argvToOptions(['--n', '50', '--corpus', '/tmp/c50'])).toEqual({ mode: 'corpus', n: 50, seed: 20190424, corpusDir: '/tmp/c50' });
  });

  it('leaves out the Starlight reference when asked', () => {
    expect(argvToOptions(['--n', '10000', '--no-reference'])).toMatchObject({ sizes: [10000], referenceUpTo: 0 });
  });

  it('builds the Starlight reference up to the size asked', () => {
    expect(argvToOptions(['--sizes', '1000,3000,10000', '--reference-up-to', '1000'])).toMatchObject({ sizes: [1000, 3000, 10000], referenceUpTo: 1000 });
    expect(() => argvToOptions(['--no-reference', '--reference-up-to', '10'])).toThrow(/one or the other/);
    expect(() => argvToOptions(['--reference-up-to', 'all'])).toThrow('--reference-up-to: expected a non-negative integer, got "all"');
  });

  it('runs several sizes', () => {
    expect(argvToOptions(['--sizes', '100,1000,3000'])).toMatchObject({ mode: 'full', sizes: [100, 1000, 3000] });
  });

  it('quotes bad values', () => {
    expect(() => argvToOptions(['--n', '1e3'])).toThrow('--n: expected a positive integer, got "1e3"');
    expect(() => argvToOptions(['--sizes', '100,,3'])).toThrow('--sizes: expected a positive integer, got ""');
    expect(() => argvToOptions(['--sizes', '10', '--corpus', 'x'])).toThrow(/use --n/);
    expect(() => argvToOptions(['--bogus'])).toThrow(/bogus/);
  });
});
