import { checkAmount } from './check-amount.ts';
import { checkRegion } from './check-region.ts';
import { nameKey, type Duplicates } from './duplicates.ts';
import { parseDate } from './parse-date.ts';
import type { ProjectRecord } from './records.ts';
import type { RegionIndex } from './region-index.ts';
import type { RowCells } from './row-cells.ts';
import { knownProjectStatuses, parseProjectStatus } from './statuses.ts';

export interface ProjectCheckContext {
  regions: RegionIndex;
  duplicates: Duplicates;
}

/** Checks one ledger row: a record to write, or the problems that keep it out. */
export function checkProjectRow(cells: RowCells, context: ProjectCheckContext): ProjectRecord | null {
  const name = cells.text('name');
  if (name === null) cells.problem('missingName', 'name');
  const investment = checkAmount(cells, 'investment');
  if (investment && investment.currency !== 'CNY') cells.problem('notCny', 'investment', { currency: investment.currency }, 'warn');
  const signedOn = cells.parsed('signedOn', parseDate, 'badDate');
  const status = cells.parsed('status', parseProjectStatus, 'badStatus', { known: knownProjectStatuses.join('、') });
  const park = cells.text('park');
  const county = cells.text('county');
  // A park alone is a place: the writing step finds it in the graph.
  const region = county ? checkRegion(cells, context.regions, { county }) : null;
  if (!county && !park) cells.problem('noPlace', null);
  if (cells.refused || name === null) return null;

  const ledgerId = cells.text('id');
  const key = ledgerId ? `project-id:${ledgerId}` : `project:${region?.code ?? ''}:${park ? nameKey(park) : ''}:${nameKey(name)}`;
  const firstRow = context.duplicates.firstRowOf(key);
  if (firstRow !== undefined) {
    cells.problem('duplicateName', 'name', { firstRow });
    return null;
  }
  context.duplicates.remember(key, cells.row.rowNumber);
  return {
    rowNumber: cells.row.rowNumber,
    ledgerId,
    name,
    investor: cells.text('investor'),
    investment,
    investmentCny: investment?.currency === 'CNY' ? investment.value : null,
    signedOn,
    status,
    park,
    regionCode: region?.code ?? null,
    regionSource: region?.source ?? null,
    chain: cells.text('chain'),
    segment: cells.text('segment'),
    liaison: cells.text('liaison'),
    note: cells.text('note'),
  };
}
