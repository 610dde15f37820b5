/**
 * A corrections file's text (YAML, or JSON, which is YAML too) → the corrections, the line of each
 * measure path in the file, and the problems: a file that does not parse or does not fit the
 * schema is reported with its line and not applied.
 */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { correctionFileSchema, type CorrectionFile } from '../../model/schemas/correction.ts';
import { problemOf, type Problem } from '../../model/schemas/problem.ts';

export interface ReadCorrections {
  corrections: CorrectionFile | null;
  /** 1-based line of each measure path's key in the file. */
  lines: Map<string, number>;
  problems: Problem[];
}

export function textToCorrections(text: string, file: string): ReadCorrections {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 0 : counter.linePos(offset).line);
  if (doc.errors.length) {
    return { corrections: null, lines: new Map(), problems: doc.errors.map((e) => problemOf('correction-invalid', file, lineAt(e.pos[0]), `校对文件无法解析：${e.message.split('\n')[0]}`)) };
  }
  const lines = new Map<string, number>();
  const measures = doc.get('measures', true);
  if (isMap(measures)) {
    for (const pair of measures.items) if (isScalar(pair.key)) lines.set(String(pair.key.value), lineAt(pair.key.range?.[0]));
  }
  const parsed = correctionFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const line = path[0] === 'measures' && path[1] ? (lines.get(path[1]) ?? 0) : 0;
      return problemOf('correction-invalid', file, line, `校对文件不符合格式：${path.join('.') || '（根）'}：${issue.message}`);
    });
    return { corrections: null, lines, problems };
  }
  return { corrections: parsed.data, lines, problems: [] };
}
