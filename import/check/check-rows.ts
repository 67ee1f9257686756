import type { ColumnMapping } from '../columns/map-columns.ts';
import type { TableRow } from '../read/table.ts';
import { checkFirmRow } from './check-firm-row.ts';
import { checkProjectRow } from './check-project-row.ts';
import { Duplicates } from './duplicates.ts';
import type { Problem } from './problem.ts';
import type { FirmRecord, ProjectRecord } from './records.ts';
import type { RegionIndex } from './region-index.ts';
import { RowCells } from './row-cells.ts';

export type CheckedRow =
  | { kind: 'firms'; record: FirmRecord | null; problems: Problem[] }
  | { kind: 'projects'; record: ProjectRecord | null; problems: Problem[] };

export interface CheckOptions {
  regions: RegionIndex;
  acceptBadCheckDigit: boolean;
}

/** Checks the data rows as they stream by; a record is null when the row is refused. Empty rows are passed over. */
export async function* checkRows(rows: AsyncIterable<TableRow>, mapping: ColumnMapping, options: CheckOptions): AsyncGenerator<CheckedRow> {
  const duplicates = new Duplicates();
  for await (const row of rows) {
    if (row.cells.every((cell) => cell === null)) continue;
    const cells = new RowCells(row, mapping);
    if (mapping.kind === 'firms') {
      const record = checkFirmRow(cells, { ...options, duplicates });
      yield { kind: 'firms', record, problems: cells.problems };
    } else {
      const record = checkProjectRow(cells, { regions: options.regions, duplicates });
      yield { kind: 'projects', record, problems: cells.problems };
    }
  }
}
