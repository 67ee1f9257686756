import { checkRows } from './check/check-rows.ts';
import type { Problem } from './check/problem.ts';
import type { RegionIndex } from './check/region-index.ts';
import type { FirmRecord, ProjectRecord } from './check/records.ts';
import type { RegionSource } from './check/resolve-region.ts';
import type { ImportKind } from './columns/fields.ts';
import { findHeader } from './columns/find-header.ts';
import { mapColumns, type ColumnMapping } from './columns/map-columns.ts';
import { fileFacts, type FileFacts } from './read/file-facts.ts';
import { readTable } from './read/read-table.ts';
import type { TableFormat, TableRow } from './read/table.ts';

export interface PreviewOptions {
  /** The region tree rows are resolved against: the graph's (import/graph/load-region-index.ts). */
  regions: RegionIndex;
  kind?: ImportKind;
  sheet?: string;
  encoding?: string;
  /** `field=header` (or `field=B`, a column letter) overrides of the detected mapping. */
  map?: string[];
  acceptBadCheckDigit?: boolean;
  /**
   * How many problems the preview keeps to list; the rest are counted. Bounds memory on a
   * million-row file that is wrong throughout.
   * @default 500
   */
  problemsListed?: number;
  /** The file's facts when the caller has them already (an import names itself by the file's hash before it reads a row). */
  facts?: FileFacts;
  /**
   * Called with each accepted row's record, in file order, and the file's column mapping (the
   * writing step plans from them). Awaited: an import writing in batches holds the reading back
   * while a batch is written, so that a million-row file is never in memory at once.
   */
  onRecord?: (record: FirmRecord | ProjectRecord, mapping: ColumnMapping) => void | Promise<void>;
}

export interface PreviewCounts {
  /** Data rows (not empty, below the header). */
  read: number;
  ok: number;
  refused: number;
  /** Refused as a second copy of an earlier row. */
  duplicates: number;
  /** Let in with a warning. */
  warned: number;
  /** Firms registered as 注销/吊销/撤销: kept, but never presented as candidates. */
  deregistered: number;
  /** How the accepted rows' regions were found. */
  regionSources: Record<RegionSource, number>;
}

export interface Preview {
  file: FileFacts;
  format: TableFormat;
  header: TableRow;
  rowsAbove: number;
  mapping: ColumnMapping;
  counts: PreviewCounts;
  problems: Problem[];
  problemsTotal: number;
}

/** Reads and checks a file end to end, writing nothing: what the user sees before confirming. */
export async function previewFile(file: string, options: PreviewOptions): Promise<Preview> {
  const [facts, table] = await Promise.all([options.facts ?? fileFacts(file), readTable(file, options)]);
  const found = await findHeader(table.rows, options.kind);
  const mapping = mapColumns(found.header.cells, { kind: options.kind, overrides: options.map });
  const counts: PreviewCounts = {
    read: 0, ok: 0, refused: 0, duplicates: 0, warned: 0, deregistered: 0,
    regionSources: { columns: 0, address: 0, creditCode: 0 },
  };
  const problems: Problem[] = [];
  let problemsTotal = 0;
  const listed = options.problemsListed ?? 500;
  for await (const checked of checkRows(found.rows, mapping, { regions: options.regions, acceptBadCheckDigit: options.acceptBadCheckDigit ?? false })) {
    counts.read++;
    problemsTotal += checked.problems.length;
    problems.push(...checked.problems.slice(0, Math.max(0, listed - problems.length)));
    if (!checked.record) {
      counts.refused++;
      if (checked.problems.some((p) => p.code === 'duplicateCreditCode' || p.code === 'duplicateName')) counts.duplicates++;
      continue;
    }
    counts.ok++;
    await options.onRecord?.(checked.record, mapping);
    if (checked.problems.length > 0) counts.warned++;
    if (checked.record.regionSource) counts.regionSources[checked.record.regionSource]++;
    if (checked.kind === 'firms' && checked.record.status === 'deregistered') counts.deregistered++;
  }
  return { file: facts, format: table.format, header: found.header, rowsAbove: found.rowsAbove, mapping, counts, problems, problemsTotal };
}
