import { describe, expect, it } from 'vitest';
import { jobsFrom, runSchedule } from '../../scripts/build/schedule.ts';

type Step = { id: string; needs: string[] };

/** Runs a schedule on a fake clock: each step takes `took[id]` ticks; `fail` lists steps that fail. */
async function simulate(steps: Step[], jobs: number, took: Record<string, number>, fail: string[] = []) {
  let clock = 0;
  const started: string[] = [];
  const pending: { id: string; end: number; resolve: (ok: boolean) => void }[] = [];
  // Ends the earliest running step whenever every ready step has started.
  const tick = async () => {
    await new Promise((r) => setImmediate(r));
    if (pending.length === 0) return;
    pending.sort((a, b) => a.end - b.end);
    const next = pending.shift()!;
    clock = next.end;
    next.resolve(!fail.includes(next.id));
    void tick();
  };
  const run = (step: Step) => new Promise<boolean>((resolve) => {
    started.push(`${step.id}@${clock}`);
    pending.push({ id: step.id, end: clock + took[step.id]!, resolve });
    if (pending.length === 1) void tick();
  });
  const outcomes = await runSchedule(steps, run, { jobs, now: () => clock });
  return { started, outcomes };
}

const build: Step[] = [
  { id: 'split', needs: [] },
  { id: 'site', needs: ['split'] },
  { id: 'exports', needs: ['split'] },
  { id: 'place', needs: ['site', 'exports'] },
  { id: 'index', needs: ['site'] },
  { id: 'offline', needs: ['index', 'place'] },
];
const took = { split: 2, site: 10, exports: 6, place: 0, index: 3, offline: 4 };

describe('runSchedule', () => {
  it('runs a step as soon as what it needs is done, two at a time', async () => {
    const { started, outcomes } = await simulate(build, 2, took);
    expect(started).toEqual(['split@0', 'site@2', 'exports@2', 'place@12', 'index@12', 'offline@15']);
    expect(outcomes.get('offline')).toEqual({ outcome: 'ok', startedAt: 15, endedAt: 19 });
  });

  it('runs them one after another in the order given with one job', async () => {
    const { started } = await simulate(build, 1, took);
    expect(started).toEqual(['split@0', 'site@2', 'exports@12', 'place@18', 'index@18', 'offline@21']);
  });

  it('skips what needs a failed step and still runs the rest', async () => {
    const { started, outcomes } = await simulate(build, 2, took, ['exports']);
    expect(started).toEqual(['split@0', 'site@2', 'exports@2', 'index@12']);
    expect(outcomes.get('exports')!.outcome).toBe('failed');
    expect(outcomes.get('place')!.outcome).toBe('skipped');
    expect(outcomes.get('offline')!.outcome).toBe('skipped');
    expect(outcomes.get('index')!.outcome).toBe('ok');
  });

  it('counts a step that throws as failed', async () => {
    const outcomes = await runSchedule([{ id: 'a', needs: [] }, { id: 'b', needs: ['a'] }], () => Promise.reject(new Error('boom')), { jobs: 2 });
    expect([...outcomes].map(([id, o]) => `${id}:${o.outcome}`)).toEqual(['a:failed', 'b:skipped']);
  });

  it('refuses a step that needs an unknown step', async () => {
    await expect(runSchedule([{ id: 'a', needs: ['nope'] }], async () => true, { jobs: 1 })).rejects.toThrow('step a needs unknown step nope');
  });
});

describe('jobsFrom', () => {
  it('defaults to two and accepts whole numbers from one', () => {
    expect([undefined, '', '1', '3'].map(jobsFrom)).toEqual([2, 2, 1, 3]);
  });

  it('refuses anything else', () => {
    for (const bad of ['0', '-1', '1.5', 'two']) expect(() => jobsFrom(bad)).toThrow(/whole number/);
  });
});

describe('lowerPriority', () => {
  it('gives a started process, and what it starts, a lower priority', async () => {
    const { spawn } = await import('node:child_process');
    const { getPriority } = await import('node:os');
    const { lowerPriority } = await import('../../scripts/build/build-steps.ts');
    const child = spawn('sleep', ['5'], { stdio: 'ignore' });
    try {
      lowerPriority(child.pid, 10);
      expect(getPriority(child.pid)).toBe(10);
    } finally {
      child.kill();
    }
  });
});
