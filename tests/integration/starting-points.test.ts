import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

// startingPoints (api/modules/starting-points/). Read-only: the database is shared with other test files.
const db = await testDatabase();
const data = graphqlData(db);
const query = graphqlClient(db);

const FIELDS = `{
  placeCount
  places(first: 500) { __typename ... on Region { code } ... on Park { key } }
  chains { chain { key } placeCount firmCount projectCount }
  sources { key }
}`;

describe('startingPoints', () => {
  it('lists every place that focuses on a chain or reports a figure, each once, the most such facts first', async () => {
    const rows = await probe(db, `
      MATCH (place)-[:FOCUSES_ON|REPORTED]->(x) WHERE x:Chain OR x:Observation
      RETURN coalesce(place.code, 'park:' + place.id) AS key, count(*) AS facts`);
    const { startingPoints } = await data(`{ startingPoints ${FIELDS} }`);
    const keys = startingPoints.places.map((p: any) => (p.__typename === 'Region' ? p.code : `park:${p.key}`));
    expect([...keys].sort()).toEqual(rows.map((row) => row.key).sort());
    expect(startingPoints.placeCount).toBe(rows.length);
    const facts = new Map(rows.map((row) => [row.key, Number(row.facts)]));
    const counted = keys.map((key: string) => facts.get(key)!);
    expect(counted).toEqual([...counted].sort((a, b) => b - a));
    // The subjects of the seed's articles.
    expect(keys).toEqual(expect.arrayContaining(['360824', '360823', '4310', '3608', '3603', 'park:anyi-hi-tech-park']));
  });

  it('lists the first `first` places only, and counts them all', async () => {
    const { startingPoints: all } = await data(`{ startingPoints ${FIELDS} }`);
    const { startingPoints: two } = await data('{ startingPoints { placeCount places(first: 2) { __typename } } }');
    expect(two.placeCount).toBe(all.placeCount);
    expect(two.places).toHaveLength(2);
    const { startingPoints: byDefault } = await data('{ startingPoints { places { __typename } } }');
    expect(byDefault.places).toHaveLength(Math.min(40, all.placeCount));
    const refused = await query('{ startingPoints { places(first: 501) { __typename } } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_PAGE_SIZE');
  });

  it('counts each chain’s places, firms and projects once each, and leaves out chains with none', async () => {
    const { startingPoints } = await data(`{ startingPoints ${FIELDS} }`);
    const rows = await probe(db, `
      MATCH (c:Chain)
      RETURN c.id AS key,
        COUNT { MATCH (place)-[:FOCUSES_ON]->(c) RETURN DISTINCT place } AS placeCount,
        COUNT { MATCH (c)<-[:PART_OF]-(:Segment)<-[:MAKES]-(f:Firm) RETURN DISTINCT f } AS firmCount,
        COUNT { MATCH (c)<-[:PART_OF]-(:Segment)<-[:ADDS]-(p:Project) RETURN DISTINCT p } AS projectCount`);
    const expected = rows
      .filter((row) => Number(row.placeCount) + Number(row.firmCount) + Number(row.projectCount) > 0)
      .map((row) => ({ chain: { key: row.key }, placeCount: Number(row.placeCount), firmCount: Number(row.firmCount), projectCount: Number(row.projectCount) }));
    expect([...startingPoints.chains].sort((a: any, b: any) => a.chain.key.localeCompare(b.chain.key))).toEqual(
      expected.sort((a, b) => String(a.chain.key).localeCompare(String(b.chain.key))),
    );
    const order = startingPoints.chains.map((c: any) => [c.placeCount, c.firmCount]);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    const lithium = startingPoints.chains.find((c: any) => c.chain.key === 'lithium-battery');
    expect(lithium.placeCount).toBeGreaterThanOrEqual(1);
    expect(lithium.projectCount).toBeGreaterThan(0);
  });

  it('lists every source article by id', async () => {
    const rows = await probe(db, 'MATCH (s:Source) RETURN s.id AS key ORDER BY key');
    const { startingPoints } = await data(`{ startingPoints ${FIELDS} }`);
    expect(startingPoints.sources).toEqual(rows.map((row) => ({ key: row.key })));
  });
});
