import ExcelJS from 'exceljs';
import { ImportError } from '../import-error.ts';
import { cleanCell } from './clean-cell.ts';
import type { Table, TableRow } from './table.ts';

/** What exceljs's streaming reader gives for a sheet; its typings leave out the name. */
type SheetReader = AsyncIterable<ExcelJS.Row> & { name?: string };

/**
 * An .xlsx read with exceljs's streaming WorkbookReader: one sheet's rows as they are parsed,
 * never the workbook in memory (shared strings are, as the format requires). Styles are not
 * read, so a date cell comes as its serial number, which the date check reads.
 */
export async function readXlsx(file: string, sheetName?: string): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const sheets = (reader as unknown as AsyncIterable<SheetReader>)[Symbol.asyncIterator]();
  const seen: string[] = [];
  for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
    const sheet = next.value;
    const name = sheet.name ?? `Sheet${seen.length + 1}`;
    seen.push(name);
    if (sheetName === undefined || name === sheetName) {
      return { format: { kind: 'xlsx', sheet: name, sheets: seen }, rows: sheetRows(sheet) };
    }
    // An unread sheet is drained by the reader when it moves on.
  }
  throw new ImportError(sheetName === undefined ? 'noSheet' : 'unknownSheet', { sheet: sheetName ?? '', sheets: seen.join(', ') });
}

async function* sheetRows(sheet: SheetReader): AsyncGenerator<TableRow> {
  for await (const row of sheet) {
    // row.values is 1-based and sparse: index 0 is unused, empty cells are holes.
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    yield { rowNumber: row.number, cells: Array.from(values, (value) => cleanCell(cellText(value))) };
  }
}

/** A cell's value as the text a user sees (rich text joined, a formula's result, a hyperlink's text). */
function cellText(value: ExcelJS.CellValue): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('result' in value) return value.result === undefined ? null : cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return null;
  return null;
}
