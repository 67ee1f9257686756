import { z } from 'zod';
import { enumValues } from '../../core/enum-values.ts';

const text = z.string().min(1).nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();
const amount = z.object({ value: z.number(), currency: z.string().length(3) }).nullable();
const regionSource = z.enum(['columns', 'address', 'creditCode']);

/** A roster row as checked: unknown values are null, never 0 or ''. */
export const firmRecord = z.object({
  rowNumber: z.number().int().positive(),
  name: z.string().min(1),
  creditCode: text,
  /** Set when the user accepted a code whose check digit fails (--accept-bad-check-digit). */
  creditCodeWarning: text,
  legalRepresentative: text,
  foundedOn: isoDate,
  registeredCapital: amount,
  status: z.enum(['active', 'moved_out', 'liquidating', 'suspended', 'deregistered']).nullable(),
  regionCode: z.string(),
  regionSource,
  /** A park as the file names it; the writing step finds it in the graph (else the firm stays in its region). */
  park: text,
  address: text,
  /** GB/T 4754 categories as the file writes them (门类, 大类, 中类, 小类), and the most specific code among them. */
  industry: z.object({ section: text, division: text, group: text, class: text }),
  industryCode: z.string().regex(/^\d{2,4}$/).nullable(),
  businessScope: text,
  firmType: text,
  tags: z.array(z.string()),
  note: text,
});
export type FirmRecord = z.infer<typeof firmRecord>;

/** A ledger row as checked. The park and the chain stay text until the writing step resolves them in the graph. */
export const projectRecord = z.object({
  rowNumber: z.number().int().positive(),
  /** The ledger's own number for the project (项目编号), its identity where given. */
  ledgerId: text,
  name: z.string().min(1),
  investor: text,
  /** In its own currency; investmentCny only where that is 人民币, never converted. */
  investment: amount,
  investmentCny: z.number().nullable(),
  signedOn: isoDate,
  status: z.enum(enumValues.ProjectStatus).nullable(),
  park: text,
  regionCode: z.string().nullable(),
  regionSource: regionSource.nullable(),
  chain: text,
  segment: text,
  liaison: text,
  note: text,
});
export type ProjectRecord = z.infer<typeof projectRecord>;
