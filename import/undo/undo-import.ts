import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { deriveAnalytics } from '../../derive/derive-analytics.ts';
import { ImportError } from '../import-error.ts';
import type { PreviousRel, Props } from '../plan/entity-plan.ts';
import { graphProps } from '../write/graph-props.ts';

const statements = {
  find: cypher('import/find-import'),
  later: cypher('import/find-later-imports'),
  changed: cypher('import/undo-changed'),
  created: cypher('import/undo-created'),
  delete: cypher('import/delete-import'),
  placements: cypher('import/undo-placements'),
  firmRegionPaths: cypher('firm/set-firm-region-paths'),
  projectRegionPaths: cypher('project/set-project-region-paths'),
  projectLabels: cypher('project/label-projects'),
};

interface Change {
  label: 'Firm' | 'Project' | 'Roster';
  key: string;
  op: 'created' | 'changed' | 'linked' | 'placed';
  previous: string | null;
  previousRels: string | null;
  relTypes: string[] | null;
}

export interface UndoResult {
  id: string;
  file: string;
  deleted: number;
  restored: number;
  /** MAKES and ADDS removed (the import's, and those a person made by deciding its Proposals), and Proposals. */
  placements: number;
  proposals: number;
  deriveMs: number;
}

const BATCH = 1_000;

/**
 * Undoes one import, leaving the graph exactly as before it: what it created is deleted, what it
 * changed gets its properties and replaced relationships back, its placements and Proposals go with
 * the placements a person made by deciding those Proposals, its roster goes, and the derived
 * rows are derived again — in one write transaction. Refused while a later import touched an
 * entity it touched (created, changed, or pointed a project at): those must be undone first.
 */
export async function undoImport(db: Database, id: string): Promise<UndoResult> {
  const [found] = await db.read<{ import: { id: string; file: string }; changes: Change[] }>(statements.find, { id });
  if (!found) throw new ImportError('unknownImport', { id });
  const later = await db.read<{ id: string; file: string; keys: { label: string; key: string }[] }>(statements.later, { id });
  if (later.length > 0) {
    throw new ImportError('laterImports', {
      id,
      later: later.map((l) => `${l.id} ${l.file}: ${l.keys.map((k) => `${k.label} ${k.key}`).join(', ')}`).join('; '),
    });
  }
  const created = found.changes.filter((c) => c.op === 'created').map(({ label, key }) => ({ label, key }));
  const changed = found.changes
    .filter((c) => c.op === 'changed')
    .map((c) => ({
      label: c.label,
      key: c.key,
      previous: graphProps(JSON.parse(c.previous ?? '{}') as Props),
      relTypes: c.relTypes ?? [],
      previousRels: JSON.parse(c.previousRels ?? '[]') as PreviousRel[],
    }));
  const idsOf = (label: Change['label']) => changed.filter((c) => c.label === label).map((c) => c.key);
  return db.writeTransaction('import/undo-import', async (tx) => {
    let restored = 0;
    let deleted = 0;
    const [placed] = await tx.run<{ placements: number; proposals: number }>(statements.placements, { id });
    for (let i = 0; i < changed.length; i += BATCH) {
      const [row] = await tx.run<{ restored: number }>(statements.changed, { changed: changed.slice(i, i + BATCH) });
      restored += row?.restored ?? 0;
    }
    for (let i = 0; i < created.length; i += BATCH) {
      const [row] = await tx.run<{ deleted: number }>(statements.created, { created: created.slice(i, i + BATCH) });
      deleted += row?.deleted ?? 0;
    }
    await tx.run(statements.firmRegionPaths, { ids: idsOf('Firm') });
    await tx.run(statements.projectRegionPaths, { ids: idsOf('Project') });
    await tx.run(statements.projectLabels, { ids: idsOf('Project') });
    await tx.run(statements.delete, { id });
    const started = performance.now();
    await deriveAnalytics({ read: tx.run, write: tx.run });
    return { id, file: found.import.file, deleted, restored, placements: placed?.placements ?? 0, proposals: placed?.proposals ?? 0, deriveMs: Math.round(performance.now() - started) };
  });
}
