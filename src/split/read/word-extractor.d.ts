/** The part of word-extractor's API the .doc/.wps reader uses (the package ships no types). */
declare module 'word-extractor' {
  interface TextOptions {
    /** Default true: turns “” ‘’ into ASCII quotes, which Chinese text must keep. */
    filterUnicode?: boolean;
  }
  export interface WordDocument {
    getBody(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
    getTextboxes(options?: TextOptions & { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: Buffer | string): Promise<WordDocument>;
  }
}
