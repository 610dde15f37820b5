/**
 * The day the site is built, as an ISO date. The home page lists the deadlines from it on; the
 * page script decides at read time what is still due. SOURCE_DATE_EPOCH (seconds, the
 * reproducible-builds convention) fixes it, so two builds of one input give the same pages on
 * any day, and a test can build the library as it was read in 2019.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now = Date.now()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : now;
  // China has no daylight saving: a fixed +8 h gives the day in Beijing time wherever the build runs.
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}
