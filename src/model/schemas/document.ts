import { z } from 'zod';
import { isoDate } from './deadline.ts';

/** One node of a document's outline (一、 （一） 1. （1） ① —— or a bold lead), for the table of contents. */
export const outlineEntrySchema = z.object({
  /** Path as written, levels joined by `.`: `四.（四）.3`. */
  path: z.string(),
  /** Nesting depth, from 1. */
  depth: z.number().int().positive(),
  /** The numbering as written: `四、`, `（四）`, `3.`, `——`. */
  marker: z.string(),
  heading: z.string(),
  /** HTML id of the node in the document page. */
  anchor: z.string(),
  /** Set when the node is a measure. */
  measureId: z.string().nullable(),
});

/** A leading group (领导小组 / 工作小组): who leads it, its members, and where its office sits. */
export const leadingGroupSchema = z.object({
  name: z.string(),
  members: z.array(z.object({ role: z.string(), people: z.string() })),
  office: z.string().nullable(),
});

/** The formats a document is read from (src/split/read/): the format of its original file. */
export const documentFormats = ['txt', 'docx', 'doc', 'wps', 'pdf'] as const;
export type DocumentFormat = (typeof documentFormats)[number];
/** How the metadata panel names each format. */
export const documentFormatLabels: Record<DocumentFormat, string> = { txt: '纯文本', docx: 'Word（.docx）', doc: 'Word 97-2003（.doc）', wps: 'WPS 文字（.wps）', pdf: 'PDF' };

/** A policy document (通知, 实施方案, 工作要点, 任务清单 …) with its metadata as in a document library. */
export const documentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Input file name. */
  source: z.string(),
  /** The format the original file was read from (by its content, not its name). */
  format: z.enum(documentFormats),
  /** The original file's name as given, offered for download beside the split text (下载原文). */
  original: z.string(),
  title: z.string().min(1),
  /** 发文字号, e.g. `湛组通〔2019〕22号`. */
  docNumber: z.string().nullable(),
  /** 发文机关; co-signing organs joined by `、`. */
  issuer: z.string().nullable(),
  issuers: z.array(z.string()),
  /** The place the first issuer governs (湛江市), which qualifies unit names relative to it; the issuer itself when it names no place. */
  jurisdiction: z.string().nullable(),
  /** 成文日期 as `YYYY-MM-DD`. */
  date: isoDate.nullable(),
  /** 主送 recipients as written. */
  recipients: z.string().nullable(),
  /** 公开方式, e.g. `主动公开`. */
  disclosure: z.string().nullable(),
  /** The signature block (落款) as written. */
  signature: z.string().nullable(),
  /** 附件 titles, in order. */
  attachments: z.array(z.string()),
  leadingGroups: z.array(leadingGroupSchema),
  outline: z.array(outlineEntrySchema),
  measureIds: z.array(z.string()),
  goalIds: z.array(z.string()),
  /** Every unit the document names (its measures', then offices it sets up), as written, and each one's unit id. */
  units: z.array(z.string()),
  unitIds: z.array(z.string()),
  citedDocuments: z.array(z.string()),
  quotedTerms: z.array(z.string()),
  /** 文号 of other documents cited in the text, e.g. `绵委发〔2017〕8号`. */
  citedDocNumbers: z.array(z.string()),
  /** Problems found in this document, for display. */
  warnings: z.array(z.object({ line: z.number().int().nonnegative(), message: z.string() })),
  url: z.string(),
});

export type Document = z.output<typeof documentSchema>;
export type OutlineEntry = z.output<typeof outlineEntrySchema>;
export type LeadingGroup = z.output<typeof leadingGroupSchema>;
