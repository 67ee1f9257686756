import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { deriveAfterImport, type TouchedPlaces } from '../../derive/derive-touched.ts';
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
  projectLabels: cypher('project/label-projects'),
  counts: cypher('import/write-import-counts'),
  entityPlaces: cypher('derive/find-entity-places'),
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

/** Where a written firm or project is, and whether it is a firm that runs projects (derive/find-entity-places). */
interface EntityPlace {
  region: string | null;
  park: string | null;
  runsProjects: boolean;
}

/** One batch of a file's plan. */
export interface ImportBatch {
  importId: string;
  /** Given with the first batch that writes anything: the import's Source, created in the batch's transaction. */
  source?: ImportSource;
  firms: FirmPlan[];
  projects: ProjectPlan[];
  placements: PlacementPlan;
  /** The file's firms already recorded as `linked` by an earlier batch; this batch adds its own. */
  linkedFirms: Set<string>;
  /** Added to: the places of what this batch wrote. */
  touched: TouchedPlaces;
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
function placedOnly(batch: ImportBatch): string[] {
  const plans: { id: string; op: string }[] = batch.placements.kind === 'makes' ? batch.firms : batch.projects;
  const unchanged = new Set(plans.filter((p) => p.op === 'unchanged').map((p) => p.id));
  return [...new Set(batch.placements.writes.map((w) => w.entity))].filter((id) => unchanged.has(id));
}

async function inBatches<T>(items: T[], run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await run(items.slice(i, i + BATCH));
}

/** The places an entity was in before the import moved it (a region's code or a park's id). */
function previousPlaces(plans: EntityPlan[], touched: TouchedPlaces): void {
  for (const plan of plans) {
    for (const rel of plan.previousRels) {
      if (rel.type === 'BY') continue;
      (rel.label === 'Park' ? touched.parks : touched.regions).add(rel.key);
    }
  }
}

/**
 * Writes one batch of an import in one managed write transaction — the Source with the first
 * batch, the batch's new and changed firms or projects (unchanged ones are not touched), their
 * placements, what the undo needs and the region paths — tagged with the import's id like
 * everything an import writes, so that undoing the import by its id removes every batch written.
 * Adds the places it wrote to `batch.touched`. Returns false, writing nothing, when the batch
 * changes nothing.
 */
export async function writeImportBatch(db: Database, batch: ImportBatch): Promise<boolean> {
  const { importId, touched } = batch;
  const firms = batch.firms.filter((p) => p.op !== 'unchanged');
  const projects = batch.projects.filter((p) => p.op !== 'unchanged');
  const linked = [...new Set(projects.filter((p) => p.firmChanged && p.firm && !batch.linkedFirms.has(p.firm)).map((p) => p.firm!))];
  const placed = placedOnly(batch);
  const changes = [
    ...firms.map((p) => changeOf(labelOf.firms, p)),
    ...projects.map((p) => changeOf(labelOf.projects, p)),
    ...linked.map((key) => ({ label: 'Firm', key, op: 'linked', row: null, previous: null, previousRels: null, relTypes: [] })),
    ...placed.map((key) => ({ label: batch.placements.kind === 'makes' ? 'Firm' : 'Project', key, op: 'placed', row: null, previous: null, previousRels: null, relTypes: [] })),
  ];
  if (changes.length === 0 && batch.placements.writes.length === 0) return false;
  const kind = batch.placements.kind === 'makes' ? 'firms' : 'projects';
  const written = [...new Set([...(kind === 'firms' ? firms : projects).map((p) => p.id), ...placed])];
  const places = await db.writeTransaction('import/write-import', async (tx) => {
    if (batch.source) await tx.run(statements.source, { source: batch.source });
    await inBatches(firms, (part) =>
      tx.run(statements.firms, {
        import: importId,
        firms: part.map((p) => ({ id: p.id, row: p.row, props: graphProps(p.props), placeChanged: p.placeChanged, park: p.park, region: p.region })),
      }),
    );
    await inBatches(projects, (part) =>
      tx.run(statements.projects, {
        import: importId,
        projects: part.map((p) => ({
          id: p.id, row: p.row, props: graphProps(p.props), placeChanged: p.placeChanged, park: p.park, region: p.region, firmChanged: p.firmChanged, firm: p.firm,
        })),
      }),
    );
    await inBatches(batch.placements.writes, (part) => tx.run(statements.placements, { import: importId, kind: batch.placements.kind, placements: part }));
    await inBatches(changes, (part) => tx.run(statements.changes, { import: importId, changes: part }));
    await inBatches(firms.filter((p) => p.placeChanged), (part) => tx.run(statements.firmRegionPaths, { ids: part.map((p) => p.id) }));
    await inBatches(projects.filter((p) => p.placeChanged), (part) => tx.run(statements.projectRegionPaths, { ids: part.map((p) => p.id) }));
    await inBatches(projects, (part) => tx.run(statements.projectLabels, { ids: part.map((p) => p.id) }));
    const found: EntityPlace[] = [];
    await inBatches(written, async (part) => found.push(...(await tx.run<EntityPlace>(statements.entityPlaces, { kind, ids: part }))));
    return found;
  });
  for (const { region, park, runsProjects } of places) {
    if (region) touched.regions.add(region);
    if (park) touched.parks.add(park);
    touched.projects ||= kind === 'projects' || runsProjects;
  }
  previousPlaces([...firms, ...projects], touched);
  touched.entities += written.length;
  for (const firm of linked) batch.linkedFirms.add(firm);
  return true;
}

/** The end of an import: its counts, its roster, and the derived rows of what it touched. */
export interface ImportFinish {
  /** The Source to create, when no batch wrote anything (a roster alone changed). */
  create: ImportSource | null;
  id: string;
  counts: Pick<ImportSource, 'rowCount' | 'newCount' | 'changedCount' | 'unchangedCount' | 'refusedCount' | 'rosterKey' | 'placedCount' | 'proposedCount'>;
  roster: RosterPlan | null;
  touched: TouchedPlaces;
}

/**
 * Finishes an import in one write transaction: its Source's counts (or the Source, when the
 * batches wrote nothing), its roster, and the presence and relatedness rows derived again for the
 * places it touched (derive/derive-touched.ts, which derives everything again when the import
 * touched most of the graph). Returns how long the derive took and which it was.
 */
export async function finishImport(db: Database, finish: ImportFinish): Promise<{ deriveMs: number; derive: 'touched' | 'whole' }> {
  const roster = finish.roster;
  return deriveAfterImport(db, finish.touched, async (tx) => {
    if (finish.create) await tx.run(statements.source, { source: finish.create });
    else await tx.run(statements.counts, { id: finish.id, counts: finish.counts });
    if (roster && roster.op !== 'unchanged') {
      await tx.run(statements.roster, {
        import: finish.id,
        roster: { id: roster.id, props: graphProps(roster.props), region: roster.region, park: roster.park, created: roster.op === 'new' },
      });
      await tx.run(statements.changes, { import: finish.id, changes: [changeOf('Roster', roster)] });
    }
  });
}
