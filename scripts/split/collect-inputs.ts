/**
 * The input folder → the files to split, each with its `source` (the path relative to the folder,
 * `/`-separated: a library organised by year is normal, and two `通知.txt` in different years are
 * two documents). Debris is ignored with a notice, office formats and anything that is not a
 * readable file inside the folder are skipped with a problem; nothing here throws for one file.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inputKindOf, isJunkFolder } from '../../src/split/read/input-kind.ts';
import { problemOf, type Problem } from '../../src/model/schemas/problem.ts';

/** No policy document comes near this; a larger file is a disk image or a video, never read whole. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export interface InputFile {
  /** Path relative to the input folder, `/`-separated: the document's `source`. */
  source: string;
  /** Where to read it (a link's target). */
  path: string;
}

export interface CollectedInputs {
  files: InputFile[];
  problems: Problem[];
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

function fileProblem(source: string, stats: Stats): Problem | null {
  const kind = inputKindOf(source.slice(source.lastIndexOf('/') + 1));
  if (kind.kind === 'junk') return problemOf('junk-file', source, 0, `已忽略：${kind.why}`);
  if (!stats.isFile()) return problemOf('not-a-file', source, 0, '不是普通文件（管道、套接字或设备），已跳过');
  if (kind.kind === 'office') return problemOf('office-format', source, 0, `${kind.format}文件不能作为政策文件读取，已跳过（请另存为 .docx、.pdf 或 .txt）`);
  if (stats.size > MAX_INPUT_BYTES) return problemOf('too-large', source, 0, `文件过大（${(stats.size / 1048576).toFixed(0)} MB，上限 ${MAX_INPUT_BYTES / 1048576} MB），已跳过`);
  return null;
}

/** Lists `inDir` recursively; throws only when `inDir` itself cannot be listed (the caller reports it). */
export function collectInputs(inDir: string): CollectedInputs {
  const root = realpathSync(inDir);
  const out: CollectedInputs = { files: [], problems: [] };
  const walk = (dir: string, depth: number) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch (e) {
      if (depth === 0) throw e;
      out.problems.push(problemOf('unreadable-folder', relative(inDir, dir).split(sep).join('/'), 0, `无法读取文件夹（${errorCode(e)}），其中的文件已跳过`));
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      const source = relative(inDir, path).split(sep).join('/');
      let stats: Stats;
      let target = path;
      try {
        stats = lstatSync(path);
        if (stats.isSymbolicLink()) {
          try {
            target = realpathSync(path);
          } catch (e) {
            out.problems.push(problemOf('unreadable', source, 0, `链接指向的文件不存在（${errorCode(e)}），已跳过`));
            continue;
          }
          if (target !== root && !target.startsWith(root + sep)) {
            out.problems.push(problemOf('link-outside', source, 0, '链接指向输入文件夹以外，不跟随，已跳过'));
            continue;
          }
          stats = statSync(target);
          if (stats.isDirectory()) {
            out.problems.push(problemOf('link-folder', source, 0, '指向文件夹的链接不跟随（其中的文件按原位置读取）'));
            continue;
          }
        }
      } catch (e) {
        out.problems.push(problemOf('unreadable', source, 0, `无法读取（${errorCode(e)}），已跳过`));
        continue;
      }
      if (stats.isDirectory()) {
        if (isJunkFolder(name)) out.problems.push(problemOf('junk-file', source, 0, '已忽略：隐藏或系统文件夹'));
        else walk(path, depth + 1);
        continue;
      }
      const problem = fileProblem(source, stats);
      if (problem) out.problems.push(problem);
      else out.files.push({ source, path: target });
    }
  };
  walk(inDir, 0);
  const bySource = (a: { source: string }, b: { source: string }) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
  out.files.sort(bySource);
  out.problems.sort((a, b) => bySource({ source: a.file }, { source: b.file }));
  return out;
}
