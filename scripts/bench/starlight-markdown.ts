/**
 * A corpus document → a Starlight page in Markdown, for the benchmark's reference build: the
 * document's title as the page title, each line of its text as a paragraph. Pure: no fs.
 */
import type { CorpusFile } from './corpus.ts';

export type MarkdownPage = { name: string; text: string };

/**
 * CommonMark lets a backslash escape any ASCII punctuation, and only ASCII punctuation starts
 * Markdown syntax (`1.` lists, `-` and `*`, `|` tables, `[`, `<`, `_`, `&` entities): escaping all
 * of it makes every line a paragraph that shows its text as written. Chinese punctuation needs none.
 */
export function escapeMarkdown(line: string): string {
  return line.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** The title the corpus put in the file name, behind its 5-digit index (see corpus.ts fileName). */
function titleOf(name: string): string {
  return name.replace(/^\d+-/, '').replace(/\.txt$/, '');
}

/**
 * Leading spaces are dropped because four of them would make a code block; blank lines go, since
 * each line becomes its own paragraph. The title is a JSON string, which YAML reads as written.
 */
export function corpusFileToMarkdown(file: CorpusFile): MarkdownPage {
  const paragraphs = file.text.split('\n').map((line) => line.trim()).filter((line) => line !== '').map(escapeMarkdown);
  const frontmatter = `---\ntitle: ${JSON.stringify(titleOf(file.name))}\n---\n`;
  return { name: file.name.replace(/\.txt$/, '.md'), text: `${frontmatter}\n${paragraphs.join('\n\n')}\n` };
}
