import { z } from 'zod';
import { kebabId, stage, text } from './common.ts';

const segment = z
  .object({
    id: kebabId,
    name: text,
    nameEn: text,
    stage,
    note: text.optional(),
    /** Product words that place a firm here when its 经营范围 or name contains one (import/classify/). */
    keywords: z.array(text).default([]),
    /** Phrases in which a keyword does not count for this segment: 隔膜泵 is not a battery separator (隔膜). */
    exclude: z.array(text).default([]),
  })
  .strict();

/** A chain template, written from general industry knowledge: seed/chains/<id>.yaml. */
export const chainFile = z
  .object({
    id: kebabId,
    name: text,
    nameEn: text,
    basis: z.literal('general-industry-knowledge', {
      error: 'must be general-industry-knowledge: chain templates are not taken from the articles',
    }),
    note: text,
    segments: z.array(segment).min(8, 'must list at least 8 segments'),
    feeds: z.array(z.tuple([kebabId, kebabId])).default([]),
  })
  .strict()
  .refine((chain) => new Set(chain.segments.map((s) => s.stage)).size === 3, {
    message: 'must have upstream, midstream and downstream segments',
    path: ['segments'],
  });

export type ChainFile = z.infer<typeof chainFile>;
