import { z } from 'zod';

/**
 * A responsible unit (责任单位) across all documents: names that differ only in form are one unit
 * (src/model/name-key.ts), and a name relative to its issuer is one unit per jurisdiction
 * (src/model/unit-identity.ts).
 */
export const unitSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The name as most often written. */
  name: z.string().min(1),
  /** The issuing jurisdiction that qualifies a name relative to its issuer (市委组织部 of 湛江市); null when the name carries its place. */
  jurisdiction: z.string().nullable(),
  /** Every spelling met in the documents. */
  aliases: z.array(z.string()),
  /** Measures assigned to it, in document order. */
  measures: z.array(z.object({ id: z.string(), documentId: z.string(), role: z.enum(['lead', 'support', 'assigned']) })),
  documents: z.array(z.string()),
  url: z.string(),
});

export type Unit = z.output<typeof unitSchema>;
