import { describe, expect, it } from 'vitest';
import { applySchema, schemaStatements } from '../../db/apply-schema.ts';
import { census, loadSeed } from '../../seed/load-seed.ts';
import { testDatabase } from '../helpers/database.ts';
import { probe } from '../helpers/probe.ts';

const db = await testDatabase();

describe('the schema', () => {
  it('is in place: region codes unique, a fulltext index on names with the cjk analyzer', async () => {
    const constraints = await probe(db, 'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints[0]!.names).toContain('region_code');
    const [fulltext] = await probe(
      db,
      "SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, options WHERE name = 'entity_search' RETURN state, labelsOrTypes, options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    expect(fulltext).toMatchObject({ state: 'ONLINE', analyzer: 'cjk' });
    expect(fulltext!.labelsOrTypes).toEqual(expect.arrayContaining(['Region', 'Firm', 'Park']));
  });

  it('applies again without changing anything', async () => {
    const count = 'SHOW INDEXES YIELD name RETURN count(*) AS n';
    const before = await probe(db, count);
    expect(await applySchema(db)).toBe(schemaStatements().length);
    expect(await probe(db, count)).toEqual(before);
  });
});

describe('the seed', () => {
  const regionCensus =
    "MATCH (r:Region) WHERE r.dataset STARTS WITH 'GB/T' OPTIONAL MATCH (r)-[p:PART_OF]->() RETURN count(DISTINCT r) AS regions, count(p) AS links, " +
    'count(DISTINCT CASE WHEN r:Province THEN r END) AS provinces, count(DISTINCT CASE WHEN r:City THEN r END) AS cities, ' +
    'count(DISTINCT CASE WHEN r:County THEN r END) AS counties';

  it('holds the whole division tree, each region but the provinces linked to its parent', async () => {
    const [row] = await probe(db, regionCensus);
    expect(row).toEqual({ regions: 3351, links: 3320, provinces: 31, cities: 342, counties: 2978 });
  });

  it('loads a second time without changing the count of any label or relationship type', async () => {
    const before = await census(db);
    expect(before.nodes).toMatchObject({ Source: 5, Chain: expect.any(Number), Firm: expect.any(Number), Project: expect.any(Number) });
    await loadSeed(db, () => undefined);
    expect(await census(db)).toEqual(before);
  });
});
