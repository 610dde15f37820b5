/**
 * Writes a text given in pieces to a file, a megabyte at a time: the JSON export of 10,000
 * documents is 255 MB, which as one string costs its size twice over in memory and seconds to build.
 * A piece may be bytes already encoded (a worker's part of the export, read back), written as they are.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const CHUNK = 1 << 20;

export function writePieces(path: string, pieces: Iterable<string | Uint8Array>): void {
  const fd = openSync(path, 'w');
  try {
    let buffered: string[] = [];
    let length = 0;
    for (const piece of pieces) {
      if (typeof piece !== 'string') {
        if (buffered.length) writeSync(fd, buffered.join(''));
        buffered = [];
        length = 0;
        writeSync(fd, piece);
        continue;
      }
      buffered.push(piece);
      length += piece.length;
      if (length < CHUNK) continue;
      writeSync(fd, buffered.join(''));
      buffered = [];
      length = 0;
    }
    if (buffered.length) writeSync(fd, buffered.join(''));
  } finally {
    closeSync(fd);
  }
}
