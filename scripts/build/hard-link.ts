/**
 * A hard link to `from` at `to`, or a copy where links cannot be made (another file system, a file
 * system without them): the same file to whoever reads it, and the build in parts needs only that.
 */
import { copyFileSync, linkSync } from 'node:fs';

export function hardLinkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
