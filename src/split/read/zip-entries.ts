import { unzipSync } from 'fflate';

/** The names of a zip's entries, without inflating them; none when the zip cannot be read. */
export function zipEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
  } catch {
    return [];
  }
  return names;
}
