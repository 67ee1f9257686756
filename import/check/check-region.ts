import type { RegionIndex } from './region-index.ts';
import { resolveRegion, type RegionClues, type RegionSource } from './resolve-region.ts';
import type { RowCells } from './row-cells.ts';

/** Resolves a row's region and notes why, where it cannot be. */
export function checkRegion(cells: RowCells, regions: RegionIndex, clues: RegionClues): { code: string; source: RegionSource } | null {
  const result = resolveRegion(regions, clues);
  if (result.ok) return { code: result.code, source: result.source };
  if (result.problem === 'regionNotFound') {
    cells.problem('regionNotFound', result.field, { name: result.value, within: result.within ?? '' });
  } else {
    cells.problem('regionUnresolved', null, { candidates: result.candidates.join('、') });
  }
  return null;
}
