import { z } from 'zod';
import { unitSchema } from './unit.ts';
import { measureSchema } from './measure.ts';

/** A measure as a related-measures list names it. */
export const measureRefSchema = measureSchema.pick({ id: true, url: true, title: true, documentId: true });
export type MeasureRef = z.output<typeof measureRefSchema>;

/**
 * What the document and measure pages of one part of a site built in parts (src/site/site-part.ts)
 * need from the rest of the library, computed once before the parts are built, restricted to
 * what the part's pages name.
 */
export const libraryFactsSchema = z.object({
  /** The part's documents' ids: the collections given to the part hold exactly these. */
  documentIds: z.array(z.string()),
  /** The units the part's documents and measures name by id. */
  units: z.array(unitSchema.pick({ id: true, name: true, url: true, jurisdiction: true })),
  /** The part's terms that have a page (a term needs two documents of the library). */
  termIds: z.array(z.string()),
  /** 文号 → document URL, for the 文号 the part's documents cite. */
  documentByNumber: z.array(z.tuple([z.string(), z.string()])),
  /** Titles of the documents the part's related measures come from. */
  documentTitles: z.array(z.tuple([z.string(), z.string()])),
  /** Related measures of the part's measures, by measure id. */
  related: z.array(z.tuple([
    z.string(),
    z.array(z.object({ measure: measureRefSchema, sharedUnits: z.array(z.string()), sharedTerms: z.array(z.string()), sameTask: z.boolean() })),
  ])),
});
export type LibraryFacts = z.output<typeof libraryFactsSchema>;
