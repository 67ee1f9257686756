import type { ColumnRef } from '../columns/map-columns.ts';

export type ProblemCode =
  | 'missingName'
  | 'creditCodeMalformed'
  | 'creditCodeCheckDigit'
  | 'badDate'
  | 'badAmount'
  | 'amountWithoutUnit'
  | 'notCny'
  | 'badStatus'
  | 'regionNotFound'
  | 'regionUnresolved'
  | 'noPlace'
  | 'duplicateCreditCode'
  | 'duplicateName'
  /** Found when writing: the row names an entity an earlier row of the file already names (an alias, a credit code). */
  | 'sameEntity'
  /** Found when writing: no park of the graph goes by the name (params.placedIn: 'region' when the row's region is used instead). */
  | 'parkNotFound'
  /** Found when writing: the investor is no firm the graph knows; kept as text on the project. */
  | 'investorNotFound';

/**
 * What is wrong with one cell (or row): `refuse` keeps the row out, `warn` lets it in with the
 * warning kept. Messages are made from it in import/messages.ts, in the user's language.
 */
export interface Problem {
  code: ProblemCode;
  severity: 'refuse' | 'warn';
  rowNumber: number;
  column: ColumnRef | null;
  value: string | null;
  params: Record<string, string | number>;
}
