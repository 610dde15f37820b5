/** Writes a child's output line by line, each line prefixed, so two steps' lines never interleave mid-line. */
export function pipePrefixed(stream: NodeJS.ReadableStream, out: NodeJS.WritableStream, prefix: string): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    if (lines.length > 0) out.write(lines.map((l) => prefix + l + '\n').join(''));
  });
  stream.on('end', () => { if (rest) out.write(prefix + rest + '\n'); });
}
