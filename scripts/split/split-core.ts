/**
 * The per-document half of the split, as a pair of steps a worker thread (or the main thread, for
 * small inputs) runs on its share of the files: read and split them, report summaries; then, once
 * the cross-document facts are known, write their MDX entries.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { textToCorrections } from '../../src/split/correct/read-corrections.ts';
import { applyCorrections } from '../../src/split/correct/apply-corrections.ts';
import { readDocument } from '../../src/split/read/read-document.ts';
import { cachedReader, defaultReadCacheDir } from './read-cache.ts';
import type { DocumentFormat } from '../../src/model/schemas/document.ts';
import { splitDocument, type SplitDocument } from '../../src/split/split-document.ts';
import { summarise, termLinker, type DocumentSummary } from '../../src/split/library/cross-document.ts';
import { withUnitIds } from '../../src/split/library/unit-ids.ts';
import { documentToMdxFiles, type MdxFile } from '../../src/split/emit/entries-to-mdx.ts';
import { entryWriter } from './write-entries.ts';
import { correctionsFileOf } from './corrections-file.ts';
import { copyOriginals } from './copy-originals.ts';
import { documentJson, entryPieces, entryText } from '../../src/split/emit/split-json.ts';
import { writePieces } from './write-pieces.ts';
import { problemOf, type Problem } from '../../src/model/schemas/problem.ts';
import type { SummaryRow } from '../../src/split/emit/split-report.ts';
import type { InputFile } from './collect-inputs.ts';

export interface SplitStepResult {
  summaries: DocumentSummary[];
  rows: SummaryRow[];
  problems: Problem[];
}

export interface WriteStepResult {
  /** Each written document, in input order. */
  documents: { id: string; source: string }[];
  /** How many documents' entries of the JSON export were written to the share's part file (none when no export was asked for). */
  jsonEntries: number;
  problems: Problem[];
  /** `collection/id.mdx` of every file written. */
  written: string[];
}

function corrected(split: SplitDocument, correctionsDir: string | null, problems: Problem[]): SplitDocument {
  const path = correctionsDir ? correctionsFileOf(correctionsDir, split.document.source) : null;
  if (!path || !correctionsDir) return split;
  const file = relative(dirname(correctionsDir), path);
  const read = textToCorrections(readFileSync(path, 'utf8'), file);
  problems.push(...read.problems);
  if (!read.corrections) return split;
  const applied = applyCorrections(split, read.corrections, read.lines, file);
  problems.push(...applied.problems);
  return applied.split;
}

/** Word, WPS and PDF reads kept between runs (read-cache.ts); POLICY_READ_CACHE=off reads every file, another value is the folder. */
const cacheSetting = process.env.POLICY_READ_CACHE;
const read = cacheSetting === 'off' ? readDocument : cachedReader(readDocument, cacheSetting || defaultReadCacheDir);

const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** What a file read as: its text and the format it came from, kept to split it again under another id. */
interface ReadText {
  text: string;
  format: DocumentFormat;
}

/** One file's bytes → its split, or the problem that stops it; never throws. */
async function splitFile(input: InputFile, correctionsDir: string | null, problems: Problem[]): Promise<{ split: SplitDocument; read: ReadText } | null> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(input.path);
  } catch (e) {
    problems.push(problemOf('unreadable', input.source, 0, `无法读取（${(e as NodeJS.ErrnoException).code ?? errorText(e)}），已跳过`));
    return null;
  }
  // Text, Word, WPS or PDF, told apart by content (src/split/read/read-document.ts).
  const decoded = await read(bytes, input.source);
  if (!decoded.ok) {
    problems.push(problemOf(decoded.id, input.source, 0, `无法读取：${decoded.reason}，已跳过`));
    return null;
  }
  if (decoded.text.trim() === '') {
    problems.push(problemOf('empty', input.source, 0, '空文件，已跳过'));
    return null;
  }
  try {
    const split = corrected(splitDocument(decoded.text, input.source, { format: decoded.format }), correctionsDir, problems);
    problems.push(...split.problems);
    return { split, read: { text: decoded.text, format: decoded.format } };
  } catch (e) {
    problems.push(problemOf('split-failed', input.source, 0, `拆分时出错（${errorText(e)}），此文件已跳过；请报告此问题`));
    return null;
  }
}

const rowOf = (s: SplitDocument): SummaryRow => ({
  title: s.document.title, measures: s.measures.length, goals: s.goals.length, units: s.document.units.length,
  deadlines: s.deadlines.length, warnings: s.problems.length,
});

export function createSplitCore() {
  let splits: SplitDocument[] = [];
  let texts = new Map<string, ReadText>();
  let corrections: string | null = null;
  return {
    async split(inputs: InputFile[], correctionsDir: string | null): Promise<SplitStepResult> {
      const problems: Problem[] = [];
      splits = [];
      texts = new Map();
      corrections = correctionsDir;
      for (const input of inputs) {
        const done = await splitFile(input, correctionsDir, problems);
        if (!done) continue;
        splits.push(done.split);
        texts.set(input.source, done.read);
      }
      return { summaries: splits.map(summarise), rows: splits.map(rowOf), problems };
    },
    /** Splits again, under the id the library gave them, the documents of `renamed` this core holds. */
    resplit(renamed: [string, string][]): SplitStepResult {
      const problems: Problem[] = [];
      const ids = new Map(renamed);
      splits = splits.map((old) => {
        const id = ids.get(old.document.source);
        if (id === undefined) return old;
        const read = texts.get(old.document.source);
        return read ? corrected(splitDocument(read.text, old.document.source, { format: read.format, id }), corrections, []) : old;
      });
      const changed = splits.filter((s) => ids.has(s.document.source));
      return { summaries: changed.map(summarise), rows: changed.map(rowOf), problems };
    },
    /**
     * Writes the share's entries, copies its originals (copy-originals.ts) from `inDir`, and writes
     * its documents' entries of the JSON export to `jsonPart` (entryPieces): text made and written
     * here, in the worker, so that the main thread never holds the whole export (255 MB at 10,000).
     * `unitIds`: the unit ids the library changed, by unit key (src/split/library/unit-ids.ts).
     */
    async write(outDir: string, inDir: string, sharedTerms: string[], dropped: string[], unitIds: [string, string][], jsonPart: string | null): Promise<WriteStepResult> {
      const termUrl = termLinker(new Set(sharedTerms));
      const changedUnitIds = new Map(unitIds);
      const skip = new Set(dropped);
      const out: WriteStepResult = { documents: [], jsonEntries: 0, problems: [], written: [] };
      const writeEntries = entryWriter(outDir);
      // Each document's entries written, and its entry of the export handed on, as soon as they are
      // made: held for the whole share, they were copied by every garbage collection of the write.
      function* exportEntries(): Generator<string> {
        for (const own of splits) {
          if (skip.has(own.document.source)) continue;
          const split = withUnitIds(own, changedUnitIds);
          let made: { files: MdxFile[]; entry: string | null };
          try {
            const r = documentToMdxFiles(split, termUrl);
            made = { files: r.files, entry: jsonPart ? entryText(documentJson(split)) : null };
            out.problems.push(...r.problems);
          } catch (e) {
            out.problems.push(problemOf('split-failed', split.document.source, 0, `生成 MDX 时出错（${errorText(e)}），此文件已跳过；请报告此问题`));
            continue;
          }
          out.documents.push({ id: split.document.id, source: split.document.source });
          writeEntries(made.files);
          for (const f of made.files) out.written.push(`${f.collection}/${f.id}.mdx`);
          if (made.entry !== null) {
            out.jsonEntries++;
            yield made.entry;
          }
        }
      }
      if (jsonPart) writePieces(jsonPart, entryPieces(exportEntries()));
      else for (const _ of exportEntries());
      copyOriginals(inDir, outDir, out.documents);
      return out;
    },
  };
}
