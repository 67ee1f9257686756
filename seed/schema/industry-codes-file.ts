import { z } from 'zod';
import { kebabId, text } from './common.ts';

/** Where a code's name was checked: ../shared/IMPORT.md §3, or the stored 2017 list (see the file's header). */
const nameCheckedIn = z.enum(['import-md', 'stored-2017-list']);

const entry = z
  .object({
    code: z.string().regex(/^\d{2,4}$/, 'must be a GB/T 4754 code of 2 (大类), 3 (中类) or 4 (小类) digits'),
    edition: z.literal(2017, { error: 'must be 2017: the 2011 codes collide with the 2017 ones (IMPORT.md §3)' }),
    name: text,
    nameCheckedIn,
    segments: z.array(kebabId).min(1, 'must name at least one segment'),
    /** Required, and true, when the code names several segments: the classifier then weighs it less. */
    ambiguous: z.boolean().default(false),
    basis: text,
    note: text.optional(),
  })
  .strict()
  .refine((e) => e.ambiguous === e.segments.length > 1, {
    message: 'ambiguous must be true exactly when the code names several segments',
    path: ['ambiguous'],
  });

/** seed/industry-codes.yaml: which chain segments a GB/T 4754-2017 code names. */
export const industryCodesFile = z.object({ codes: z.array(entry).min(1) }).strict();

export type IndustryCodesFile = z.infer<typeof industryCodesFile>;
export type IndustryCodeEntry = IndustryCodesFile['codes'][number];
