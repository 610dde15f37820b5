import { readFileSync } from 'node:fs';

/** The end of a failed step's log, which is where the error usually is. */
export function logTail(file: string, lines = 25): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
