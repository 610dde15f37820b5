/**
 * Runs steps that depend on one another, each as soon as every step it needs has succeeded, at
 * most `jobs` at a time. A step whose need failed or was skipped is skipped. The machine has few
 * cores and the steps are mostly single-threaded, so two at a time halves the wait where the
 * build has independent work (the site and the downloads both need only the split).
 */
import { wholeNumberFrom } from './whole-number.ts';

export type StepOutcome = 'ok' | 'failed' | 'skipped';

export type Schedulable = { id: string; needs: readonly string[] };

export type Scheduled = {
  outcome: StepOutcome;
  /** Seconds from the start of the schedule; null for a skipped step. */
  startedAt: number | null;
  endedAt: number | null;
};

export async function runSchedule<S extends Schedulable>(
  steps: readonly S[],
  run: (step: S) => Promise<boolean>,
  options: { jobs: number; now?: () => number; onSkip?: (step: S) => void },
): Promise<Map<S['id'], Scheduled>> {
  type Id = S['id'];
  const now = options.now ?? (() => performance.now() / 1000);
  const jobs = Math.max(1, Math.floor(options.jobs));
  const origin = now();
  const done = new Map<Id, Scheduled>();
  const known = new Set(steps.map((s) => s.id));
  for (const step of steps) {
    for (const need of step.needs) if (!known.has(need)) throw new Error(`step ${step.id} needs unknown step ${need}`);
  }
  const waiting = [...steps];
  const running = new Map<Id, Promise<void>>();

  const settleSkips = () => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const step of [...waiting]) {
        if (!step.needs.some((id) => done.has(id) && done.get(id)!.outcome !== 'ok')) continue;
        waiting.splice(waiting.indexOf(step), 1);
        done.set(step.id, { outcome: 'skipped', startedAt: null, endedAt: null });
        options.onSkip?.(step);
        changed = true;
      }
    }
  };

  for (;;) {
    settleSkips();
    // In the order given: that order is the one to prefer when more steps are ready than jobs.
    for (const step of [...waiting]) {
      if (running.size >= jobs) break;
      if (!step.needs.every((id) => done.get(id)?.outcome === 'ok')) continue;
      waiting.splice(waiting.indexOf(step), 1);
      const startedAt = now() - origin;
      running.set(step.id, run(step).then(
        (ok) => { done.set(step.id, { outcome: ok ? 'ok' : 'failed', startedAt, endedAt: now() - origin }); },
        () => { done.set(step.id, { outcome: 'failed', startedAt, endedAt: now() - origin }); },
      ).finally(() => running.delete(step.id)));
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  // Steps left waiting need a step that never ran: a cycle.
  for (const step of waiting) done.set(step.id, { outcome: 'skipped', startedAt: null, endedAt: null });
  return done;
}

/** How many steps may run at once when nothing says: the site and the downloads side by side. */
export const defaultJobs = 2;

/** `--jobs` / POLICY_BUILD_JOBS: a whole number ≥ 1; empty or absent is the default. */
export const jobsFrom = (value: string | undefined): number => wholeNumberFrom('jobs', value, defaultJobs);
