/** jobSlots (scripts/build/job-slots.ts): how many tasks run at once, in which order, and after a failure. */
import { describe, expect, it } from 'vitest';
import { jobSlots } from '../../scripts/build/job-slots.ts';

/** A task that records when it starts and ends, and finishes when told. */
function harness() {
  const log: string[] = [];
  const finish = new Map<string, (ok: boolean) => void>();
  const task = (name: string) => () => {
    log.push(`start ${name}`);
    return new Promise<boolean>((done) => finish.set(name, (ok) => { log.push(`end ${name}`); done(ok); }));
  };
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return { log, finish, task, tick };
}

describe('jobSlots', () => {
  it('runs at most that many at once, in the order asked', async () => {
    const { log, finish, task, tick } = harness();
    const slot = jobSlots(2);
    const all = Promise.all(['a', 'b', 'c', 'd'].map((n) => slot(task(n))));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    finish.get('b')!(true);
    await tick();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    finish.get('a')!(true);
    await tick();
    finish.get('c')!(true);
    finish.get('d')!(true);
    expect(await all).toEqual([true, true, true, true]);
    expect(log.filter((l) => l.startsWith('start'))).toEqual(['start a', 'start b', 'start c', 'start d']);
  });

  it('starts nothing more once a task has failed', async () => {
    const { log, finish, task, tick } = harness();
    const slot = jobSlots(1);
    const all = Promise.all(['a', 'b', 'c'].map((n) => slot(task(n))));
    await tick();
    finish.get('a')!(false);
    expect(await all).toEqual([false, false, false]);
    expect(log).toEqual(['start a', 'end a']);
  });

  it('counts a task that throws as failed', async () => {
    const slot = jobSlots(1);
    expect(await slot(() => Promise.reject(new Error('x')))).toBe(false);
    expect(await slot(() => Promise.resolve(true))).toBe(false);
  });
});
