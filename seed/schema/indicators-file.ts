import { z } from 'zod';
import { text } from './common.ts';

/** The closed list of observation indicators: seed/indicators.yaml. */
export const indicatorsFile = z
  .object({
    indicators: z.array(
      z
        .object({ name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case'), description: text, descriptionZh: text, unit: text })
        .strict(),
    ),
  })
  .strict();

export type IndicatorsFile = z.infer<typeof indicatorsFile>;
