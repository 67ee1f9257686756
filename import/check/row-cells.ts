import type { ColumnMapping, MappedColumn } from '../columns/map-columns.ts';
import type { Field } from '../columns/fields.ts';
import type { TableRow } from '../read/table.ts';
import type { Problem, ProblemCode } from './problem.ts';

/** One row read through the column mapping, collecting the problems found in it. */
export class RowCells {
  readonly problems: Problem[] = [];

  constructor(
    readonly row: TableRow,
    readonly mapping: ColumnMapping,
  ) {}

  column(field: Field): MappedColumn | null {
    return this.mapping.columns.get(field) ?? null;
  }

  /** The field's cleaned text, null when the file has no such column or the cell is empty. */
  text(field: Field): string | null {
    const column = this.column(field);
    return column ? (this.row.cells[column.index] ?? null) : null;
  }

  problem(code: ProblemCode, field: Field | null, params: Problem['params'] = {}, severity: Problem['severity'] = 'refuse'): void {
    const column = field ? this.column(field) : null;
    this.problems.push({
      code,
      severity,
      rowNumber: this.row.rowNumber,
      column: column && { index: column.index, header: column.header, letter: column.letter },
      value: field ? this.text(field) : null,
      params,
    });
  }

  get refused(): boolean {
    return this.problems.some((p) => p.severity === 'refuse');
  }

  /** Reads a field with a parser that returns null for what it cannot read, noting a problem then. */
  parsed<T>(field: Field, parse: (text: string) => T | null, code: ProblemCode, params: Problem['params'] = {}): T | null {
    const text = this.text(field);
    if (text === null) return null;
    const value = parse(text);
    if (value === null) this.problem(code, field, params);
    return value;
  }
}
