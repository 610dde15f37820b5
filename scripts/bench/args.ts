/**
 * Command line → benchmark options. Pure: bad options throw a BenchArgsError that quotes the
 * bad value; the CLI prints it with the usage text.
 */
import { parseArgs } from 'node:util';
import { defaultSeed } from './corpus.ts';
import { jobsFrom } from '../build/schedule.ts';

/** The largest N the Starlight reference is built for unless told: issue 16's ratio is set at 1,000. */
export const defaultReferenceUpTo = 3000;

export const usage = `Usage:
  npm run bench                                 build a 1,000-document corpus and benchmark the full build
  npm run bench -- --n N                        the same for N documents
  npm run bench -- --sizes 100,1000,3000        several N in a row, one table with a column per N
  npm run bench -- --n N --corpus DIR           only write the synthetic corpus to DIR, then stop

Options:
  --seed S     corpus seed (default ${defaultSeed}); the same N and seed give byte-identical files
  --work DIR   work directory for corpus, collections and dist (default .bench)
  --reference-up-to M  build plain Starlight only for N ≤ M (default ${defaultReferenceUpTo}): its every-page
               sidebar grows with the square, so at 10,000 documents it would take longer than
               the build measured; larger sizes say "not run"
  --no-reference  leave out the plain Starlight build at every size (--reference-up-to 0)
  --jobs J     how many build steps may run at once, as in \`npm run build\` (default
               $POLICY_BUILD_JOBS or 2); 1 runs them one after another

Each size up to --reference-up-to also builds the same documents with plain Starlight
(scripts/bench/starlight/, installed into <work>/starlight/ on first use) and reports the whole
build's time over Starlight's.`;

export const defaultN = 1000;

export type BenchOptions =
  | { mode: 'corpus'; n: number; seed: number; corpusDir: string }
  /** workDir: null means .bench in the project. */
  /** referenceUpTo: the Starlight reference is built for the sizes N ≤ it (0: never). */
  | { mode: 'full'; sizes: number[]; seed: number; workDir: string | null; jobs: number; referenceUpTo: number }
  | { mode: 'help' };

export class BenchArgsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BenchArgsError';
  }
}

function integerAtLeast(min: number, option: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < min) {
    const expected = min === 0 ? 'a non-negative integer' : 'a positive integer';
    throw new BenchArgsError(`${option}: expected ${expected}, got ${JSON.stringify(value)}`);
  }
  return number;
}

const positiveInteger = (option: string, value: string) => integerAtLeast(1, option, value);

export function argvToOptions(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        n: { type: 'string' },
        sizes: { type: 'string' },
        corpus: { type: 'string' },
        seed: { type: 'string' },
        work: { type: 'string' },
        jobs: { type: 'string' },
        'no-reference': { type: 'boolean' },
        'reference-up-to': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new BenchArgsError((error as Error).message, { cause: error });
  }
  if (values.help) return { mode: 'help' };
  if (values.n !== undefined && values.sizes !== undefined) throw new BenchArgsError('--n and --sizes: give one or the other');

  const seed = values.seed === undefined ? defaultSeed : integerAtLeast(0, '--seed', values.seed);
  const n = values.n === undefined ? defaultN : positiveInteger('--n', values.n);

  if (values.corpus !== undefined) {
    if (values.sizes !== undefined) throw new BenchArgsError('--corpus writes one corpus: use --n, not --sizes');
    if (values.corpus.trim() === '') throw new BenchArgsError('--corpus: expected a directory, got ""');
    return { mode: 'corpus', n, seed, corpusDir: values.corpus };
  }

  const sizes = values.sizes === undefined ? [n] : values.sizes.split(',').map((size) => positiveInteger('--sizes', size));
  if (new Set(sizes).size !== sizes.length) throw new BenchArgsError(`--sizes: each N once, got ${JSON.stringify(values.sizes)}`);
  let jobs: number;
  try {
    jobs = jobsFrom(values.jobs ?? process.env.POLICY_BUILD_JOBS);
  } catch (error) {
    throw new BenchArgsError(`--jobs: ${(error as Error).message.replace(/^jobs: /, '')}`, { cause: error });
  }
  if (values['no-reference'] && values['reference-up-to'] !== undefined) throw new BenchArgsError('--no-reference and --reference-up-to: give one or the other');
  const referenceUpTo = values['no-reference'] ? 0
    : values['reference-up-to'] === undefined ? defaultReferenceUpTo
    : integerAtLeast(0, '--reference-up-to', values['reference-up-to']);
  return { mode: 'full', sizes, seed, workDir: values.work ?? null, jobs, referenceUpTo };
}
