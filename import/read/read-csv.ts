import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { cleanCell } from './clean-cell.ts';
import { detectEncoding } from './detect-encoding.ts';
import type { Table, TableRow } from './table.ts';

/**
 * A CSV decoded as it streams (iconv-lite, which also drops a UTF-8 BOM) and parsed by
 * csv-parse. Every record counts as a row, empty lines too, so row numbers are Excel's.
 */
export async function readCsv(file: string, encoding?: string): Promise<Table> {
  const detected = await detectEncoding(file, encoding);
  return {
    format: { kind: 'csv', encoding: detected.encoding, encodingSource: detected.source, confidence: detected.confidence },
    rows: csvRows(file, detected.encoding),
  };
}

async function* csvRows(file: string, encoding: string): AsyncGenerator<TableRow> {
  const parser = createReadStream(file)
    .pipe(iconv.decodeStream(encoding))
    .pipe(parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    rowNumber++;
    yield { rowNumber, cells: record.map(cleanCell) };
  }
}
