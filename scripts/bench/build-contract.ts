/**
 * The build contract between the benchmark and the project: which npm scripts make up a build,
 * with which arguments and environment, and which step needs which. The benchmark calls each as
 * `npm run <script> --silent [-- args]`; a script missing from package.json is reported as n/a.
 */

export const stepIds = ['split', 'site', 'exports', 'index', 'offline'] as const;
export type StepId = (typeof stepIds)[number];

export type BuildPaths = {
  /** The synthetic corpus (input of split). */
  corpus: string;
  /** Where split writes the MDX content collections (input of the site build). */
  collections: string;
  /** The split's JSON (input of the downloads step). */
  splitJson: string;
  /** The site build's output, indexed and made offline-ready in place. */
  dist: string;
};

export type BuildStep = {
  id: StepId;
  label: string;
  /** npm script name in package.json. */
  script: string;
  /** Arguments after `--`. */
  args: string[];
  /** Variables added to the environment. */
  env: Record<string, string>;
  /** Steps that must have succeeded for this one to mean anything. */
  needs: StepId[];
};

/** Paths are passed absolute: each step may resolve relative paths from a different directory. */
export function buildSteps(paths: BuildPaths): BuildStep[] {
  const dist = { POLICY_DIST: paths.dist };
  return [
    { id: 'split', label: 'split', script: 'split', args: ['--in', paths.corpus, '--out', paths.collections, '--quiet', '--json', paths.splitJson], env: {}, needs: [] },
    { id: 'site', label: 'site build', script: 'build:site', args: [], env: { POLICY_COLLECTIONS: paths.collections, ...dist }, needs: ['split'] },
    { id: 'exports', label: 'downloads', script: 'build:exports', args: ['--split', paths.splitJson], env: dist, needs: ['site'] },
    { id: 'index', label: 'indexing', script: 'build:index', args: [], env: dist, needs: ['site'] },
    { id: 'offline', label: 'offline step', script: 'build:offline', args: [], env: dist, needs: ['site', 'index'] },
  ];
}

/** `npm run split --silent -- --in …`: `--silent` keeps npm's banner out of the logs. */
export function npmArgs(step: BuildStep): string[] {
  return ['run', step.script, '--silent', ...(step.args.length > 0 ? ['--', ...step.args] : [])];
}
