/**
 * At most `jobs` tasks running at once, started in the order asked for. Once a task has failed,
 * tasks not yet started are not started (they report failure): a build that cannot succeed stops
 * as soon as it can.
 */
export function jobSlots(jobs: number): (task: () => Promise<boolean>) => Promise<boolean> {
  let running = 0;
  let failed = false;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= jobs) await new Promise<void>((resume) => waiting.push(resume));
    else running++;
    try {
      if (failed) return false;
      const ok = await task().catch(() => false);
      if (!ok) failed = true;
      return ok;
    } finally {
      // The slot passes straight to the next task waiting, so a later ask cannot jump the queue.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
