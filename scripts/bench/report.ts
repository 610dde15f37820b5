/**
 * Benchmark results → statistics and a Markdown table with one column per corpus size.
 * Pure: numbers in, text out; the CLI prints and writes it.
 */
import type { StepId } from '../build/build-steps.ts';
import type { DistStats } from './dist-stats.ts';
import type { RssMethod } from './measure-step.ts';

export type StepStatus = 'ok' | 'failed' | 'n/a' | 'skipped';

export type StepResult = {
  status: StepStatus;
  /** Absent for n/a and skipped steps. */
  seconds: number | null;
  peakRssKb: number | null;
  rssMethod: RssMethod | null;
  treePeakRssKb: number | null;
  exitCode: number | null;
  /** Log file of the step's output, relative to the project. */
  log: string | null;
  /** Seconds from the start of the build to the step's start and end (absent in older results). */
  startedAt?: number | null;
  endedAt?: number | null;
};

/** Bytes over the wire and time to results for one query. */
export type QueryFigure = { query: string; bytes: number; ms: number };

/**
 * The reference build, plain Starlight on the same documents (scripts/bench/reference-starlight.ts):
 * its step's figures and what it left in its dist/, or why it could not be installed.
 */
export type ReferenceResult =
  | { installed: true; build: StepResult; pages: number | null; pagefindBytes: number | null }
  | { installed: false; reason: string };

export type BenchResult = {
  n: number;
  seed: number;
  corpusBytes: number;
  /** Steps that did not exist when a result was saved are absent. */
  steps: Partial<Record<StepId, StepResult>>;
  /** Wall time of the whole build, steps side by side where they can be; absent in older results. */
  buildSeconds?: number | null;
  /** How many steps could run at once. */
  jobs?: number;
  dist: DistStats | null;
  /** What a first and a second search cost a reader (scripts/search-cost.ts); null when not measured. */
  search?: { first: QueryFigure; second: QueryFigure } | null;
  /** Absent in results saved before the reference was measured. */
  reference?: ReferenceResult;
};

export type BenchReport = {
  /** Where and how it ran, for reading old results. */
  environment: { node: string; cpus: number; platform: string; rssMethod: RssMethod };
  results: BenchResult[];
};

/** Nearest-rank percentile (p in 0–100) of unsorted numbers; null for an empty list. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Binary units, because RSS and file systems count in KiB. */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'n/a';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function formatSeconds(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
}

/** A step's figure, or why there is none; a failed step keeps its figure (how long until it broke). */
function stepCell(step: StepResult | undefined, value: (step: StepResult) => string): string {
  // Results saved before a step existed do not have it.
  if (step === undefined) return 'n/a';
  if (step.status === 'n/a' || step.status === 'skipped') return step.status;
  if (step.status === 'failed') return `failed (exit ${step.exitCode}): ${value(step)}`;
  return value(step);
}

/**
 * Peak memory of the step's whole process tree (Σ of each process's own peak, sampled: workers,
 * esbuild and Pagefind's indexer run beside the step's own process), and the largest single
 * process in brackets when GNU time measured it.
 */
function rssCell(step: StepResult): string {
  const tree = step.treePeakRssKb ?? 0;
  const largest = step.peakRssKb ?? 0;
  if (tree === 0 && largest === 0) return '?';
  const whole = formatBytes(Math.max(tree, largest) * 1024);
  return step.rssMethod === 'gnu-time' && largest > 0 && largest < tree ? `${whole} (largest process ${formatBytes(largest * 1024)})` : whole;
}

type Row = [label: string, cell: (result: BenchResult) => string];

function stepRows(id: StepId, label: string): Row[] {
  return [
    [`${label}: time`, (r) => stepCell(r.steps[id], (s) => formatSeconds(s.seconds!))],
    [`${label}: peak memory, whole process tree`, (r) => stepCell(r.steps[id], rssCell)],
  ];
}

function distCell<V>(pick: (dist: DistStats) => V, format: (value: V) => string): (r: BenchResult) => string {
  return (r) => (r.dist === null ? 'n/a' : format(pick(r.dist)));
}

const queryCell = (q: QueryFigure | undefined) => (q ? `${formatBytes(q.bytes)}, ${Math.round(q.ms)} ms (${q.query})` : 'n/a');

const count = (value: number | null) => (value === null ? 'n/a' : String(value));

const referenceCell = (value: (reference: Extract<ReferenceResult, { installed: true }>) => string) => (r: BenchResult) => {
  // Left out (--reference-up-to, --no-reference), or a result saved before the reference existed.
  if (r.reference === undefined) return 'not run';
  return r.reference.installed ? value(r.reference) : 'not installed';
};

const sumOfSteps = (r: BenchResult) => Object.values(r.steps).reduce((t, s) => t + (s?.seconds ?? 0), 0);

/** The whole build's wall time: measured when the steps ran on a schedule, else their sum (older results). */
export const buildSeconds = (r: BenchResult) => r.buildSeconds ?? sumOfSteps(r);

const stepPeakKb = (s: StepResult | undefined) => Math.max(s?.treePeakRssKb ?? 0, s?.peakRssKb ?? 0);

/**
 * The most memory the build's steps can have held at once: at each step's start, the Σ of the
 * peaks of every step running then. An upper bound — two steps' peaks need not coincide.
 */
export function concurrentPeakKb(r: BenchResult): number {
  const ran = Object.values(r.steps).filter((s): s is StepResult => s !== undefined && s.seconds !== null);
  const timed = ran.filter((s) => s.startedAt != null && s.endedAt != null);
  if (timed.length < ran.length) return Math.max(0, ...ran.map(stepPeakKb));
  let top = 0;
  for (const s of timed) {
    const at = s.startedAt!;
    const together = timed.filter((o) => o.startedAt! <= at && at < o.endedAt!);
    top = Math.max(top, together.reduce((t, o) => t + stepPeakKb(o), 0));
  }
  return top;
}

/** The whole build's wall time over Starlight's build; only when every step and the reference succeeded. */
function timeRatio(r: BenchResult): string {
  const steps = Object.values(r.steps);
  if (r.reference?.installed !== true || r.reference.build.status !== 'ok' || steps.some((s) => s?.status !== 'ok')) return 'n/a';
  return `${(buildSeconds(r) / r.reference.build.seconds!).toFixed(2)}×`;
}

const rows: Row[] = [
  ['corpus size', (r) => formatBytes(r.corpusBytes)],
  ...stepRows('split', 'split'),
  ['split: documents/s', (r) => stepCell(r.steps.split, (s) => (r.n / s.seconds!).toFixed(0))],
  ...stepRows('site', 'site build'),
  ...stepRows('exports', 'downloads (Excel, CSV, calendars)'),
  ...stepRows('index', 'indexing (Pagefind)'),
  ...stepRows('offline-pages', 'offline step, pages (beside indexing)'),
  ...stepRows('offline', 'offline step'),
  ['sum of the steps\' times', (r) => formatSeconds(sumOfSteps(r))],
  ['whole build: time (steps side by side where they can)', (r) => `${formatSeconds(buildSeconds(r))}${r.jobs ? ` (${r.jobs} at once)` : ''}`],
  ['whole build: peak memory (Σ of the peaks of steps running together)', (r) => {
    const top = concurrentPeakKb(r);
    return top === 0 ? 'n/a' : formatBytes(top * 1024);
  }],
  ['plain Starlight, same documents: time', referenceCell((ref) => stepCell(ref.build, (s) => formatSeconds(s.seconds!)))],
  ['plain Starlight: peak memory, whole process tree', referenceCell((ref) => stepCell(ref.build, rssCell))],
  ['plain Starlight: pages / Pagefind index', referenceCell((ref) => `${count(ref.pages)} / ${formatBytes(ref.pagefindBytes)}`)],
  ["whole build's time ÷ plain Starlight's", timeRatio],
  ['pages (HTML files)', distCell((d) => d.pages, count)],
  ['document pages / measure pages', (r) => (r.dist === null ? 'n/a' : `${r.dist.documentPageBytes.length} / ${r.dist.measurePageBytes.length}`)],
  ['dist/ size', distCell((d) => d.distBytes, formatBytes)],
  ['Pagefind index (dist/pagefind)', distCell((d) => d.pagefindBytes, formatBytes)],
  ['offline search data', distCell((d) => d.offlineBytes, formatBytes)],
  ['document page HTML: median', distCell((d) => median(d.documentPageBytes), formatBytes)],
  ['document page HTML: p95', distCell((d) => percentile(d.documentPageBytes, 95), formatBytes)],
  ['measure page HTML: median', distCell((d) => median(d.measurePageBytes), formatBytes)],
  ['measure page HTML: p95', distCell((d) => percentile(d.measurePageBytes, 95), formatBytes)],
  ['largest other page (lists)', distCell((d) => d.largestOtherPage, (p) => (p ? `${formatBytes(p.bytes)} (${p.path.replace(/index\.html$/, '')})` : 'n/a'))],
  ['search: first query (bytes, time)', (r) => queryCell(r.search?.first)],
  ['search: second query (bytes, time)', (r) => queryCell(r.search?.second)],
];

const rssNotes: Record<RssMethod, string> = {
  'gnu-time': 'peak memory of a step = Σ VmHWM of its processes, sampled every 100 ms (npm and shell wrappers left out), or the largest process by `/usr/bin/time -f %M` when that is larger; the largest process is shown in brackets when the tree holds more',
  'proc-sampler': 'peak RSS = Σ VmHWM over the step\'s process tree, sampled every 100 ms (npm and shell wrappers left out)',
};

/** One column per corpus size, one row per figure, ready to paste into the README. */
export function reportToMarkdown(report: BenchReport): string {
  const { environment: env, results } = report;
  const header = `| | ${results.map((r) => `N = ${r.n}`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---:').join('|')}|`;
  const body = rows.map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`);
  const seeds = [...new Set(results.map((r) => r.seed))].join(', ');
  const caption = `Node ${env.node}, ${env.cpus} CPUs, ${env.platform}; corpus seed ${seeds}; ${rssNotes[env.rssMethod]}.`;
  return [header, rule, ...body, '', caption].join('\n');
}

/** count, median, p95 and extremes of a list of sizes. */
export function summarize(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: median(sorted),
    p95: percentile(sorted, 95),
    min: sorted.length > 0 ? sorted[0] : null,
    max: sorted.length > 0 ? sorted[sorted.length - 1] : null,
  };
}

/**
 * The JSON file keeps raw numbers (bytes, KiB, seconds) for later comparison; per-page sizes are
 * summarised, since 3,000 documents make tens of thousands of measure pages.
 */
export function reportToJson(report: BenchReport): string {
  const results = report.results.map(({ dist, ...rest }) => ({
    ...rest,
    dist: dist && {
      ...dist,
      documentPageBytes: summarize(dist.documentPageBytes),
      measurePageBytes: summarize(dist.measurePageBytes),
    },
  }));
  return `${JSON.stringify({ ...report, results }, null, 2)}\n`;
}
