import type { Field } from '../columns/fields.ts';
import { parseAmount, type Amount } from './parse-amount.ts';
import type { RowCells } from './row-cells.ts';

/** An amount cell: unreadable refuses the row; no unit anywhere leaves it unknown, with a warning. */
export function checkAmount(cells: RowCells, field: Field): Amount | null {
  const text = cells.text(field);
  if (text === null) return null;
  const result = parseAmount(text, cells.column(field)!.unit);
  if ('amount' in result) return result.amount;
  cells.problem(result.problem, field, {}, result.problem === 'amountWithoutUnit' ? 'warn' : 'refuse');
  return null;
}
