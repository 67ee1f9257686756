import path from 'node:path';
import { ImportError } from '../import-error.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import type { Table } from './table.ts';

export interface ReadOptions {
  /** The sheet of an .xlsx; the first by default. */
  sheet?: string;
  /** A CSV's encoding (an iconv-lite name such as GBK or UTF-8); detected by default. */
  encoding?: string;
}

/** Opens a .csv or .xlsx by its extension. */
export async function readTable(file: string, options: ReadOptions = {}): Promise<Table> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return readCsv(file, options.encoding);
  if (extension === '.xlsx') return readXlsx(file, options.sheet);
  throw new ImportError('unsupportedFile', { extension: extension || '(none)' });
}
