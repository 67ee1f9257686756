/** One row of a sheet or CSV as the user sees it in Excel: its 1-based row number and its cells, cleaned. */
export interface TableRow {
  rowNumber: number;
  cells: (string | null)[];
}

export type TableFormat =
  | { kind: 'csv'; encoding: string; encodingSource: 'detected' | 'bom' | 'given'; confidence: number | null }
  | { kind: 'xlsx'; sheet: string; sheets: string[] };

/** An opened file: how it was read, and its rows as a stream (never the whole file in memory). */
export interface Table {
  format: TableFormat;
  rows: AsyncIterable<TableRow>;
}
