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
  | 'duplicateName';

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
