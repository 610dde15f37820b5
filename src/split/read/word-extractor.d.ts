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

/** word-extractor's OLE compound-file reader, used to reach the streams its extractor leaves unread. */
declare module 'word-extractor/lib/ole-compound-doc.js' {
  import type { Readable } from 'node:stream';
  import type BufferReader from 'word-extractor/lib/buffer-reader.js';
  export default class OleCompoundDoc {
    constructor(reader: BufferReader);
    read(): Promise<void>;
    stream(name: string): Readable;
  }
}
declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Buffer);
  }
}
