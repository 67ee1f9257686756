import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import type { RowPlacement } from '../classify/place-records.ts';

const matchPlacements = cypher('import/match-placements');

export type PlacementKind = 'makes' | 'adds';

/** One MAKES or ADDS (accepted) or Proposal (to review) the import writes. */
export interface PlacementWrite {
  /** The review item's id, one per entity and segment: proposal-makes-<firm>-<segment>. */
  id: string;
  entity: string;
  segment: string;
  method: string;
  matched: string;
  confidence: number;
  row: number;
  accept: boolean;
}

export interface PlacementPlan {
  kind: PlacementKind;
  writes: PlacementWrite[];
  /** Proposals left out because the graph already holds that placement or proposal. */
  known: number;
}

const BATCH = 1_000;

export const proposalId = (kind: PlacementKind, entity: string, segment: string) => `proposal-${kind}-${entity}-${segment}`;

/**
 * What an import writes of its rows' placements: every proposal whose firm (or project) and segment
 * the graph does not already join — by a MAKES or ADDS of any method, a person's included, or by a
 * Proposal, whatever its status — so a re-import proposes nothing new and never overrides a decision.
 * A person's decision (import/review/) keeps its Proposal, -[:TO]-> the segment proposed, and places a
 * moved one by a MAKES or ADDS on the other: neither pair is proposed again, rejected ones included.
 * Undoing the import that proposed a pair removes the decisions on it too (the graph is as before
 * that import), so the same file imported after its undo is proposed, and reviewed, afresh.
 * `created`: the entity is new to the graph, written by this import.
 */
export async function planPlacements(
  db: Database,
  kind: PlacementKind,
  placements: { entity: string; created: boolean; placement: RowPlacement }[],
): Promise<PlacementPlan> {
  const known = new Map<string, Set<string>>();
  // An entity the import creates has no placement or proposal yet: only the others are looked up.
  const ids = [...new Set(placements.filter((p) => !p.created && p.placement.proposals.length > 0).map((p) => p.entity))];
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = await db.read<{ id: string; placed: string[]; proposed: string[] }>(matchPlacements, { kind, ids: ids.slice(i, i + BATCH) });
    for (const row of rows) known.set(row.id, new Set([...row.placed, ...row.proposed]));
  }
  const writes: PlacementWrite[] = [];
  let skipped = 0;
  for (const { entity, placement } of placements) {
    for (const p of placement.proposals) {
      if (known.get(entity)?.has(p.segment)) {
        skipped++;
        continue;
      }
      writes.push({
        id: proposalId(kind, entity, p.segment), entity, segment: p.segment, method: p.method, matched: p.matched,
        confidence: p.confidence, row: placement.row, accept: p.decision === 'accept',
      });
    }
  }
  return { kind, writes, known: skipped };
}
