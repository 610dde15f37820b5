/**
 * The one time every export states: Excel's created/modified, the zip entries' dates, the
 * calendars' DTSTAMP. Fixed, so the same library gives byte-identical files on every build
 * (a build time in them would change every file on every build and say nothing about the content).
 */
export const fixedTime = new Date(Date.UTC(2000, 0, 1));

/** `20000101T000000Z`, as iCalendar writes a UTC time. */
export const fixedIcsStamp = fixedTime.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
