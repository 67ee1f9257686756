import { cypher } from '../db/cypher-files.ts';
import type { NamedQuery } from '../db/cypher-files.ts';
import type { Database, Params, Row } from '../db/database.ts';
import { relatedness } from '../core/product-space.ts';
import { presenceRows, segmentsByRegion, type FirmFacts, type PresenceRow, type ProjectFacts } from '../core/presence.ts';
import { strengthKey } from './firm-strength.ts';

const statements = {
  firmFacts: cypher('derive/page-firm-facts'),
  projectFacts: cypher('derive/page-project-facts'),
  deleteDerived: cypher('derive/delete-derived'),
  createPresence: cypher('derive/create-presence'),
  createRelatedness: cypher('derive/create-relatedness'),
  markDerived: cypher('derive/mark-derived'),
  findDerivedVersion: cypher('derive/find-derived-version'),
  openNegotiations: cypher('project/find-open-negotiations'),
  projectLabels: cypher('project/label-projects'),
};

/**
 * The version of what derive writes: raised whenever the derived rows change shape or meaning
 * (2: presence rows count producers, relatedness rows their regions; 3: deregistered firms are
 * left out, neither producers nor candidates; 4: presence rows keep their firms' strength keys, which
 * an import's incremental derive merges; 5: projects in negotiation are :ConfidentialProject, so
 * neither presence nor relatedness counts them), so that a store derived by an older version is derived
 * again at start (deriveIfStale).
 */
export const DERIVED_VERSION = 5;

/** Where derive reads and writes: one transaction (the seed's), or a database in batches (a bulk load). */
export interface DeriveTarget {
  read<R extends Row>(query: NamedQuery, params: Params): Promise<R[]>;
  write<R extends Row>(query: NamedQuery, params: Params): Promise<R[]>;
}

const PAGE = 50_000;
export const BATCH = 5_000;

/** Presence rows as stored: each listed firm's strength key beside its id. */
export function withFirmKeys(rows: PresenceRow[], firms: FirmFacts[]): (PresenceRow & { firmKeys: string[] })[] {
  const keyOf = new Map(firms.map((f) => [f.id, strengthKey(f)]));
  return rows.map((row) => ({ ...row, firmKeys: row.firmIds.map((id) => keyOf.get(id)!) }));
}

export async function readAll<T extends { id: string }>(target: DeriveTarget, query: NamedQuery): Promise<T[]> {
  const all: T[] = [];
  let after = '';
  for (;;) {
    const page = await target.read<T>(query, { after, limit: PAGE });
    all.push(...page);
    if (page.length < PAGE) return all;
    after = page[page.length - 1]!.id;
  }
}

/**
 * Rebuilds what analytics read instead of walking the graph on every request: presence per
 * place and segment, and the product-space proximity of segments. Both depend on every firm
 * and project (a proximity's denominator is a count over all regions), so they are recomputed
 * whole after each load rather than maintained per write; loads are batch jobs, reads are many.
 */
export async function deriveAnalytics(target: DeriveTarget, log: (line: string) => void = () => undefined): Promise<{ presence: number; segments: number }> {
  const firms = await readAll<FirmFacts>(target, statements.firmFacts);
  const projects = await readAll<ProjectFacts>(target, statements.projectFacts);
  const presence = withFirmKeys(presenceRows(firms, projects), firms);
  const related = relatedness(segmentsByRegion(firms, projects).values());
  log(`  derived ${presence.length.toLocaleString('en')} presence rows and ${related.length} segments' relatedness from ${firms.length.toLocaleString('en')} firms and ${projects.length.toLocaleString('en')} projects`);
  for (;;) {
    const [row] = await target.write<{ deleted: number }>(statements.deleteDerived, { limit: 50_000 });
    if (!row || row.deleted === 0) break;
  }
  for (let i = 0; i < presence.length; i += BATCH) await target.write(statements.createPresence, { rows: presence.slice(i, i + BATCH) });
  await target.write(statements.createRelatedness, { rows: related });
  await target.write(statements.markDerived, { version: DERIVED_VERSION });
  return { presence: presence.length, segments: related.length };
}

/**
 * Derives again when the store's derived rows were written by an older version of derive: a
 * database seeded before an upgrade would otherwise answer by rows of the old meaning. In batches,
 * as a bulk load does; a failure leaves the old version recorded, so the next start tries again.
 * Projects in negotiation written before version 5 are first kept from readers as they are now.
 */
export async function deriveIfStale(db: Database, log: (line: string) => void = console.log): Promise<boolean> {
  const [row] = await db.read<{ version: number | null }>(statements.findDerivedVersion);
  if (row?.version === DERIVED_VERSION) return false;
  log(`The derived rows are from ${row?.version == null ? 'an older version' : `version ${row.version}`}; deriving them again (version ${DERIVED_VERSION})…`);
  const open = await db.read<{ id: string }>(statements.openNegotiations);
  if (open.length > 0) {
    log(`  ${open.length} projects in negotiation (在谈) are kept from readers from now on (editors see them on the import page).`);
    await db.write(statements.projectLabels, { ids: open.map((p) => p.id) });
  }
  await deriveAnalytics({ read: (q, p) => db.read(q, p), write: (q, p) => db.write(q, p) }, log);
  return true;
}
