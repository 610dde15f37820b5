/**
 * `npm run bench`: benchmark the whole build (split → astro → Pagefind → offline) on a
 * deterministic synthetic corpus. CLI only: options, files and printing; the work is in
 * scripts/bench/. See `npm run bench -- --help`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, platform, release } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { argvToOptions, BenchArgsError, usage, type BenchOptions } from './bench/args.ts';
import { generateCorpus } from './bench/corpus.ts';
import { CorpusDirError, writeCorpus } from './bench/corpus-writer.ts';
import { hasGnuTime } from './bench/measure-step.ts';
import { formatBytes, reportToJson, reportToMarkdown, type BenchReport } from './bench/report.ts';
import { removeTrash, runBench } from './bench/run-bench.ts';

const projectDir = resolve(import.meta.dirname, '..');

/**
 * Scripts that can run: present in package.json and, for `node <file>` scripts, with the file
 * written. The steps are being written alongside the benchmark; a declared script whose file
 * does not exist yet is n/a, not a failure.
 */
function runnableScripts(): Set<string> {
  const pkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const runnable = new Set<string>();
  for (const [name, command] of Object.entries(pkg.scripts ?? {})) {
    const file = command.match(/^node\s+([^\s-][^\s]*\.[cm]?[jt]s)(\s|$)/)?.[1];
    if (file === undefined || existsSync(join(projectDir, file))) runnable.add(name);
  }
  return runnable;
}

function corpusOnly(options: Extract<BenchOptions, { mode: 'corpus' }>): void {
  const dir = resolve(options.corpusDir);
  const bytes = writeCorpus(dir, generateCorpus(options.n, options.seed), { n: options.n, seed: options.seed });
  console.log(`wrote ${options.n} documents (${formatBytes(bytes)}, seed ${options.seed}) to ${dir}`);
}

async function fullBench(options: Extract<BenchOptions, { mode: 'full' }>): Promise<void> {
  const workDir = options.workDir === null ? join(projectDir, '.bench') : resolve(options.workDir);
  const scripts = runnableScripts();
  const report: BenchReport = {
    environment: {
      node: process.version,
      cpus: availableParallelism(),
      platform: `${platform()} ${release()}`,
      rssMethod: hasGnuTime() ? 'gnu-time' : 'proc-sampler',
    },
    results: [],
  };
  const jsonFile = join(workDir, 'results.json');
  // Written after every size, so a long run stopped or killed at 10,000 keeps what it measured.
  for (const n of options.sizes) {
    report.results.push(await runBench({ n, seed: options.seed, projectDir, workDir, scripts, jobs: options.jobs, reference: n <= options.referenceUpTo }));
    mkdirSync(workDir, { recursive: true });
    writeFileSync(jsonFile, reportToJson(report));
    process.stderr.write(`${reportToMarkdown(report)}\n`);
  }
  removeTrash(workDir);
  console.log(reportToMarkdown(report));
  process.stderr.write(`\nbench: results written to ${relative(process.cwd(), jsonFile) || jsonFile}\n`);
}

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = argvToOptions(argv);
  } catch (error) {
    if (!(error instanceof BenchArgsError)) throw error;
    console.error(`bench: ${error.message}\n\n${usage}`);
    return 2;
  }
  if (options.mode === 'help') {
    console.log(usage);
    return 0;
  }
  try {
    if (options.mode === 'corpus') corpusOnly(options);
    else await fullBench(options);
    return 0;
  } catch (error) {
    if (!(error instanceof CorpusDirError)) throw error;
    console.error(`bench: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
