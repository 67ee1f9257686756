import { ImportError } from '../import-error.ts';
import type { TableRow } from '../read/table.ts';
import { IMPORT_KINDS, type ImportKind } from './fields.ts';
import { fieldOfHeader } from './header-names.ts';

/** How far down a header row is looked for: past a title, a 数据使用声明 and a few notes. */
const MAX_ROWS_BEFORE_HEADER = 20;
/** A row naming at least this many known columns is the header; a title row (even a merged one) names none or one. */
const MIN_KNOWN_HEADERS = 2;

export interface HeaderFound {
  header: TableRow;
  /** The rows above the header (titles, declarations), skipped. */
  rowsAbove: number;
  /** The data rows, after the header. */
  rows: AsyncIterable<TableRow>;
}

function knownHeaders(row: TableRow, kinds: readonly ImportKind[]): number {
  return Math.max(...kinds.map((kind) => row.cells.filter((cell) => cell !== null && fieldOfHeader(kind, cell)).length));
}

/** Finds the header row among the first rows, and hands on the rest of the stream. */
export async function findHeader(rows: AsyncIterable<TableRow>, kind?: ImportKind): Promise<HeaderFound> {
  const iterator = rows[Symbol.asyncIterator]();
  const kinds = kind ? [kind] : IMPORT_KINDS;
  for (let seen = 0; seen < MAX_ROWS_BEFORE_HEADER; seen++) {
    const next = await iterator.next();
    if (next.done) break;
    if (knownHeaders(next.value, kinds) >= MIN_KNOWN_HEADERS) {
      return { header: next.value, rowsAbove: seen, rows: { [Symbol.asyncIterator]: () => iterator } };
    }
  }
  throw new ImportError('noHeader', { rows: MAX_ROWS_BEFORE_HEADER });
}
