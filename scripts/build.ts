/**
 * `npm run build [-- --jobs N]`: the whole build — split, site, downloads, search index, offline
 * copy — with independent steps side by side (scripts/build/build-steps.ts says which needs which).
 *
 * Environment: POLICY_BUILD_JOBS (default 2) how many steps may run at once; 1 runs them one after
 * another, the least memory at once. POLICY_DIST and POLICY_COLLECTIONS as for the steps.
 * Output of steps running together is prefixed with the step's name.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSteps, isScriptStep, lowerPriority, npmArgs, type BuildStep } from './build/build-steps.ts';
import { jobsFrom, runSchedule } from './build/schedule.ts';
import { pipePrefixed } from './build/pipe-prefixed.ts';

function runStep(step: BuildStep, prefixed: boolean): Promise<boolean> {
  if (!isScriptStep(step)) {
    try {
      step.action();
      return Promise.resolve(true);
    } catch (error) {
      console.error(`build: ${step.label}: ${error instanceof Error ? error.message : String(error)}`);
      return Promise.resolve(false);
    }
  }
  return new Promise((done) => {
    const child = spawn('npm', npmArgs(step), {
      env: { ...process.env, ...step.env },
      stdio: prefixed ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    lowerPriority(child.pid, step.niceness);
    if (prefixed) {
      pipePrefixed(child.stdout!, process.stdout, `[${step.id}] `);
      pipePrefixed(child.stderr!, process.stderr, `[${step.id}] `);
    }
    child.on('error', (error) => {
      console.error(`build: cannot start npm for ${step.label}: ${error.message}`);
      done(false);
    });
    child.on('exit', (code) => {
      if (code !== 0) console.error(`build: ${step.label} (npm run ${step.script}) failed with exit code ${code}`);
      done(code === 0);
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { jobs: { type: 'string' } } });
  let jobs: number;
  try {
    jobs = jobsFrom(values.jobs ?? process.env.POLICY_BUILD_JOBS);
  } catch (error) {
    console.error(`build: ${(error as Error).message}`);
    return 2;
  }
  const steps = buildSteps({
    corpus: resolve('content/sources'),
    collections: resolve(process.env.POLICY_COLLECTIONS || 'content/collections'),
    splitJson: resolve('content/split.json'),
    dist: resolve(process.env.POLICY_DIST || 'dist'),
  });
  const outcomes = await runSchedule(steps, (step) => runStep(step, jobs > 1), {
    jobs,
    onSkip: (step) => console.error(`build: ${step.label} skipped: a step it needs did not succeed`),
  });
  return [...outcomes.values()].every((o) => o.outcome === 'ok') ? 0 : 1;
}

process.exitCode = await main();
