import { cypher } from '../../db/cypher-files.ts';
import type { Database, Transaction } from '../../db/database.ts';
import { deriveAnalytics } from '../../derive/derive-analytics.ts';
import type { EntityPlan } from '../plan/entity-plan.ts';
import type { FirmPlan } from '../plan/plan-firms.ts';
import type { PlacementPlan } from '../plan/plan-placements.ts';
import type { ProjectPlan } from '../plan/plan-projects.ts';
import type { RosterPlan } from '../plan/plan-roster.ts';
import { graphProps } from './graph-props.ts';

const statements = {
  source: cypher('import/create-import-source'),
  firms: cypher('import/write-firms'),
  projects: cypher('import/write-projects'),
  roster: cypher('import/write-roster'),
  changes: cypher('import/record-changes'),
  placements: cypher('import/write-placements'),
  firmRegionPaths: cypher('firm/set-firm-region-paths'),
  projectRegionPaths: cypher('project/set-project-region-paths'),
};

/** The import's Source: its file, and what it did. */
export interface ImportSource {
  id: string;
  title: string;
  file: string;
  sha256: string;
  fileKind: 'firms' | 'projects';
  importedAt: string;
  importedBy: string;
  rowCount: number;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  refusedCount: number;
  rosterKey: string | null;
  /** MAKES or ADDS written, and Proposals left for review. */
  placedCount: number;
  proposedCount: number;
}

export interface ImportWrite {
  source: ImportSource;
  firms: FirmPlan[];
  projects: ProjectPlan[];
  roster: RosterPlan | null;
  placements: PlacementPlan;
}

const BATCH = 1_000;

const labelOf = { firms: 'Firm', projects: 'Project' } as const;

/** What the undo needs of each written entity (record-changes.cypher). */
function changeOf(label: string, plan: EntityPlan) {
  return {
    label,
    key: plan.id,
    op: plan.op === 'new' ? 'created' : 'changed',
    row: plan.row || null,
    previous: plan.previous && JSON.stringify(plan.previous),
    previousRels: plan.op === 'changed' ? JSON.stringify(plan.previousRels) : null,
    relTypes: plan.relTypes,
  };
}

/**
 * Entities the import placed on segments but otherwise left alone: recorded (`placed`) so that an
 * earlier import's undo, which would delete them, is refused while this one stands.
 */
function placedOnly(write: ImportWrite): string[] {
  const plans: { id: string; op: string }[] = write.placements.kind === 'makes' ? write.firms : write.projects;
  const unchanged = new Set(plans.filter((p) => p.op === 'unchanged').map((p) => p.id));
  return [...new Set(write.placements.writes.map((w) => w.entity))].filter((id) => unchanged.has(id));
}

async function inBatches<T>(tx: Transaction, items: T[], run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await run(items.slice(i, i + BATCH));
}

/**
 * Writes an import in one managed write transaction — its Source, the new and changed firms or
 * projects (unchanged ones are not touched), the roster, what the undo needs, the region paths,
 * and the derived presence and relatedness rows, derived again whole — so that a failed import
 * leaves the graph as it was. Returns how long the derive took.
 */
export async function writeImport(db: Database, write: ImportWrite): Promise<{ deriveMs: number }> {
  const importId = write.source.id;
  const firms = write.firms.filter((p) => p.op !== 'unchanged');
  const projects = write.projects.filter((p) => p.op !== 'unchanged');
  const linked = [...new Set(projects.filter((p) => p.firmChanged && p.firm).map((p) => p.firm!))];
  const changes = [
    ...firms.map((p) => changeOf(labelOf.firms, p)),
    ...projects.map((p) => changeOf(labelOf.projects, p)),
    ...linked.map((key) => ({ label: 'Firm', key, op: 'linked', row: null, previous: null, previousRels: null, relTypes: [] })),
    ...placedOnly(write).map((key) => ({ label: write.placements.kind === 'makes' ? 'Firm' : 'Project', key, op: 'placed', row: null, previous: null, previousRels: null, relTypes: [] })),
    ...(write.roster && write.roster.op !== 'unchanged' ? [changeOf('Roster', write.roster)] : []),
  ];
  return db.writeTransaction('import/write-import', async (tx) => {
    await tx.run(statements.source, { source: write.source });
    await inBatches(tx, firms, (batch) =>
      tx.run(statements.firms, {
        import: importId,
        firms: batch.map((p) => ({ id: p.id, row: p.row, props: graphProps(p.props), placeChanged: p.placeChanged, park: p.park, region: p.region })),
      }),
    );
    await inBatches(tx, projects, (batch) =>
      tx.run(statements.projects, {
        import: importId,
        projects: batch.map((p) => ({
          id: p.id, row: p.row, props: graphProps(p.props), placeChanged: p.placeChanged, park: p.park, region: p.region, firmChanged: p.firmChanged, firm: p.firm,
        })),
      }),
    );
    await inBatches(tx, write.placements.writes, (batch) => tx.run(statements.placements, { import: importId, kind: write.placements.kind, placements: batch }));
    const roster = write.roster;
    if (roster && roster.op !== 'unchanged') {
      await tx.run(statements.roster, {
        import: importId,
        roster: { id: roster.id, props: graphProps(roster.props), region: roster.region, park: roster.park, created: roster.op === 'new' },
      });
    }
    await inBatches(tx, changes, (batch) => tx.run(statements.changes, { import: importId, changes: batch }));
    await inBatches(tx, firms, (batch) => tx.run(statements.firmRegionPaths, { ids: batch.map((p) => p.id) }));
    await inBatches(tx, projects, (batch) => tx.run(statements.projectRegionPaths, { ids: batch.map((p) => p.id) }));
    const started = performance.now();
    await deriveAnalytics({ read: tx.run, write: tx.run });
    return { deriveMs: Math.round(performance.now() - started) };
  });
}
