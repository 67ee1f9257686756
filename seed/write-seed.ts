import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import type { SeedSet } from './seed-set.ts';
import { deriveAnalytics } from '../derive/derive-analytics.ts';
import { loadRegionsIn } from './regions/load-regions.ts';
import { seedRows, TEMPLATE_BASIS } from './seed-rows.ts';

const statements = {
  sources: cypher('source/merge-sources'),
  chains: cypher('chain/merge-chains'),
  feeds: cypher('chain/merge-feeds'),
  industryCodes: cypher('classify/merge-industry-codes'),
  staleIndustryCodes: cypher('classify/delete-stale-industry-codes'),
  parks: cypher('park/merge-parks'),
  firms: cypher('firm/merge-firms'),
  makes: cypher('firm/merge-makes'),
  relations: cypher('firm/merge-firm-relations'),
  focuses: cypher('focus/merge-focuses'),
  projects: cypher('project/merge-projects'),
  observations: cypher('observation/merge-observations'),
  indicators: cypher('observation/merge-indicators'),
  unmodelled: cypher('source/merge-statements'),
  firmRegionPaths: cypher('firm/set-firm-region-paths'),
  projectRegionPaths: cypher('project/set-project-region-paths'),
  projectLabels: cypher('project/label-projects'),
};

/**
 * Writes the whole checked seed in one transaction, with the presence and relatedness derived
 * from it: it all lands, or (on any error) none of it, and the database stays as it was. Every statement MERGEs on ids, so a second run changes nothing.
 */
export async function writeSeed(db: Database, seed: SeedSet): Promise<void> {
  const rows = seedRows(seed);
  await db.writeTransaction('seed/write-seed', async (tx) => {
    await loadRegionsIn(tx, seed.regions);
    await tx.run(statements.sources, { sources: rows.sources });
    await tx.run(statements.chains, { chains: rows.chains });
    await tx.run(statements.feeds, { feeds: rows.feeds, basis: TEMPLATE_BASIS });
    await tx.run(statements.industryCodes, { codes: rows.industryCodes });
    await tx.run(statements.staleIndustryCodes, { codes: rows.industryCodes });
    await tx.run(statements.parks, { parks: rows.parks });
    await tx.run(statements.firms, { firms: rows.firms });
    await tx.run(statements.makes, { makes: rows.makes });
    await tx.run(statements.relations, { relations: rows.relations });
    await tx.run(statements.focuses, { focuses: rows.focuses });
    await tx.run(statements.projects, { projects: rows.projects });
    await tx.run(statements.indicators, { indicators: seed.indicators });
    await tx.run(statements.observations, { observations: rows.observations });
    await tx.run(statements.unmodelled, { statements: rows.statements });
    await tx.run(statements.firmRegionPaths, { ids: rows.firms.map((f) => f.id) });
    await tx.run(statements.projectRegionPaths, { ids: rows.projects.map((p) => p.id) });
    await tx.run(statements.projectLabels, { ids: rows.projects.map((p) => p.id) });
    await deriveAnalytics({ read: tx.run, write: tx.run });
  });
}
