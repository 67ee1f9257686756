import { z } from 'zod';
import { isIsoDate } from '../../core/iso-date.ts';
import { REGION_CODE } from '../../core/region-code.ts';
import type { ProposalKind } from '../proposal.ts';
import { ArticleReviewError } from './review-error.ts';

// Messages are codes of review-error.ts's `problems`, said in the user's language there.
const text = z.string().trim().min(1, 'empty');
const number = z.coerce.number<unknown>({ error: 'notNumber' }).refine(Number.isFinite, 'notNumber');
const regionCode = z.string().regex(REGION_CODE, 'notRegionCode');
const place = { region: regionCode.optional(), park: text.optional() };
// The periods seed/schema/article-file.ts takes: 2024, 2024-Q1, 2024-H1, 2024-05, 2022-01/2022-11.
const period = z.string().regex(/^\d{4}(-(Q[1-4]|H[12]|\d{2}))?(\/\d{4}(-\d{2})?)?$/, 'notPeriod');

/** The fields a person may accept of each kind of proposal: those the extractors give (ingest/proposal.ts), and a place where one is missing. */
const schemas = {
  place: z.object({ region: regionCode, name: text, mention: text.optional() }),
  park: z.object({ name: text, known: text.optional(), region: regionCode.optional() }),
  firm: z.object({ name: text, known: text.optional(), ...place }),
  project: z.object({
    name: text,
    ...place,
    firm: text.optional(),
    investmentCny: number.pipe(z.number().int('notWhole').nonnegative('negative')).optional(),
    amountQualifier: text.optional(),
    capacity: text.optional(),
    status: z.enum(['negotiating', 'signed', 'under_construction', 'in_production', 'completed']).optional(),
    signedOn: z.string().refine(isIsoDate, 'notDate').optional(),
  }),
  focus: z.object({ ...place, chain: text, role: z.enum(['leading', 'pillar', 'key', 'emerging', 'cluster']).optional() }),
  figure: z.object({ ...place, indicator: text, period: period.optional(), value: number, unit: text, qualifier: z.enum(['more_than', 'forecast']).optional() }),
  'new-indicator': z.object({ ...place, label: text, period: period.optional(), value: number, unit: text }),
} satisfies Record<ProposalKind, z.ZodObject>;

/** The fields a person may set on a proposal of this kind before accepting it, in the order the page offers them. */
export function editableFields(kind: ProposalKind): string[] {
  return Object.keys(schemas[kind].shape);
}

export type AcceptedFields = { [K in ProposalKind]: z.infer<(typeof schemas)[K]> };

/**
 * A proposal's fields as accepted: the proposed ones with a person's corrections laid over them
 * (an empty value leaves the field out), checked for their kind. A field the kind lacks, or a
 * value that does not hold, is refused naming the field.
 */
export function acceptedFields<K extends ProposalKind>(kind: K, proposed: Record<string, unknown>, edits: { name: string; value: string }[] = []): AcceptedFields[K] {
  const schema = schemas[kind] as z.ZodObject;
  const allowed = editableFields(kind);
  const fields: Record<string, unknown> = { ...proposed };
  for (const { name, value } of edits) {
    if (!allowed.includes(name)) throw new ArticleReviewError('unknownField', { kind, field: name, allowed: allowed.join(', ') });
    if (value.trim() === '') delete fields[name];
    else fields[name] = value.trim();
  }
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    const problem = issue.code === 'invalid_value' ? 'notOption' : fields[field] === undefined ? 'empty' : issue.message;
    const options = issue.code === 'invalid_value' ? issue.values.join(', ') : '';
    throw new ArticleReviewError('badField', { field, value: String(fields[field] ?? ''), problem, options });
  }
  return parsed.data as AcceptedFields[K];
}
