import { z } from 'zod';
import { evidence, isoDate, kebabId, onePlace, placeFields, regionCode, text } from './common.ts';

const note = text.optional();
const aliases = z.array(text).default([]);
const onePlaceRule = { message: 'give either park or region, not both', path: ['park'] };

const source = z
  .object({
    id: kebabId,
    title: text,
    subtitle: text.optional(),
    publisher: text.optional(),
    publishedOn: isoDate.optional(),
    file: z.string().regex(/^[\w.-]+\.txt$/, 'must be the name of a .txt file in seed/articles/sources/'),
    script: z.enum(['simplified', 'traditional']),
  })
  .strict();

const park = z
  .object({ id: kebabId, name: text, aliases, level: z.enum(['national', 'provincial', 'other']).optional(), region: regionCode, evidence, note })
  .strict();

const firm = z
  .object({ id: kebabId, name: text, aliases, ...placeFields, makes: z.array(kebabId).default([]), evidence, note })
  .strict()
  .refine(onePlace, onePlaceRule);

const focus = z
  .object({ ...placeFields, chain: kebabId, role: z.enum(['leading', 'pillar', 'key', 'emerging', 'cluster']).optional(), evidence, note })
  .strict()
  .refine((f) => onePlace(f) && Boolean(f.park || f.region), { message: 'needs a park or a region', path: ['region'] });

const project = z
  .object({
    id: kebabId,
    name: text,
    aliases,
    firm: kebabId.optional(),
    chain: kebabId.optional(),
    ...placeFields,
    investmentCny: z.number().int('must be a whole number of yuan').nonnegative().optional(),
    capacity: text.optional(),
    status: z.enum(['negotiating', 'signed', 'under_construction', 'in_production', 'completed']).optional(),
    signedOn: isoDate.optional(),
    adds: z.array(kebabId).default([]),
    evidence,
    note,
  })
  .strict()
  .refine(onePlace, onePlaceRule);

const observation = z
  .object({
    ...placeFields,
    indicator: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a snake_case indicator from seed/indicators.yaml'),
    period: z
      .string()
      .regex(/^\d{4}(-(Q[1-4]|H[12]|\d{2}))?(\/\d{4}(-\d{2})?)?$/, 'must read 2024, 2024-Q1, 2024-H1, 2024-05 or 2022-01/2022-11')
      .optional(),
    value: z.number(),
    unit: text,
    scope: text.optional(),
    chain: kebabId.optional(),
    segment: kebabId.optional(),
    benchmark: regionCode.optional(),
    qualifier: z.enum(['more_than', 'forecast']).optional(),
    evidence,
    note,
  })
  .strict()
  .refine((o) => onePlace(o) && Boolean(o.park || o.region), { message: 'needs a park or a region', path: ['region'] });

const firmRelation = z
  .object({ type: z.enum(['SUPPLIES', 'ACQUIRES', 'RESTRUCTURES']), from: kebabId, to: kebabId, evidence, note })
  .strict();

const unmodelled = z.object({ text, evidence, why: text }).strict();

/** Everything one article says: seed/articles/<source id>.yaml. */
export const articleFile = z
  .object({
    source,
    parks: z.array(park).default([]),
    firms: z.array(firm).default([]),
    focuses: z.array(focus).default([]),
    projects: z.array(project).default([]),
    observations: z.array(observation).default([]),
    firmRelations: z.array(firmRelation).default([]),
    unmodelled: z.array(unmodelled).default([]),
  })
  .strict();

export type ArticleFile = z.infer<typeof articleFile>;
