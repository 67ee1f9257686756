import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itRefuses } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

// chainMap (api/modules/chain-map/). Read-only: the database is shared with other test files.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

// Answers worked out by hand from the fixture drawn in tests/fixtures/analytics-fixture.ts.
describe('chainMap on the fixture', () => {
  it('colours 测试县甲’s segments: 3 firms PRESENT, 1 THIN, the rest MISSING, with the pipeline by status', async () => {
    const { chainMap } = await data(`{ chainMap(chainId: "fixture-chain", regionCode: "990101") {
      place { ... on Region { code } } thinThreshold presentCount thinCount missingCount
      segments { segment { key } coverage firmCount firms { key } projectsByStatus { status count } }
      links { from { key } to { key } crossChain } } }`);
    expect(chainMap).toMatchObject({ place: { code: '990101' }, thinThreshold: 3, presentCount: 1, thinCount: 1, missingCount: 2 });
    expect(chainMap.segments.map((s: any) => [s.segment.key, s.coverage, s.firmCount])).toEqual([
      ['fx-a', 'PRESENT', 3], ['fx-b', 'THIN', 1], ['fx-c', 'MISSING', 0], ['fx-d', 'MISSING', 0],
    ]);
    expect(chainMap.segments[3].projectsByStatus).toEqual([{ status: 'SIGNED', count: 1 }]);
    expect(chainMap.links).toContainEqual({ from: { key: 'fx-d' }, to: { key: 'fx-x' }, crossChain: true });
    expect(chainMap.links).toContainEqual({ from: { key: 'fx-a' }, to: { key: 'fx-b' }, crossChain: false });
  });

  it('includes a city’s counties, and a lower threshold turns THIN into PRESENT', async () => {
    const { chainMap } = await data(`{ chainMap(chainId: "fixture-chain", regionCode: "990100", thinThreshold: 1) {
      segments { segment { key } coverage firmCount } } }`);
    expect(chainMap.segments.map((s: any) => [s.segment.key, s.coverage, s.firmCount])).toEqual([
      ['fx-a', 'PRESENT', 3], ['fx-b', 'PRESENT', 1], ['fx-c', 'PRESENT', 1], ['fx-d', 'MISSING', 0],
    ]);
  });

  // fx-park lies in 测试县甲 and holds only fx-f4, which makes fx-b; 测试县甲’s other firms and its project are outside it.
  it('colours the park 测试园区 by its own firm alone, whether its id or its global id is given', async () => {
    const fields = `place { __typename ... on Park { key } } thinThreshold presentCount thinCount missingCount
      segments { segment { key } coverage firmCount firms { key } projectCount } }`;
    const { byId, byGlobalId, lower } = await data(`{
      byId: chainMap(chainId: "fixture-chain", parkId: "fx-park") { ${fields}
      byGlobalId: chainMap(chainId: "Chain:fixture-chain", parkId: "Park:fx-park") { ${fields}
      lower: chainMap(chainId: "fixture-chain", parkId: "fx-park", thinThreshold: 1) { segments { segment { key } coverage } } }`);
    expect(byId).toMatchObject({ place: { __typename: 'Park', key: 'fx-park' }, thinThreshold: 3, presentCount: 0, thinCount: 1, missingCount: 3 });
    expect(byId.segments.map((s: any) => [s.segment.key, s.coverage, s.firmCount, s.firms.map((f: any) => f.key), s.projectCount])).toEqual([
      ['fx-a', 'MISSING', 0, [], 0], ['fx-b', 'THIN', 1, ['fx-f4'], 0], ['fx-c', 'MISSING', 0, [], 0], ['fx-d', 'MISSING', 0, [], 0],
    ]);
    expect(byGlobalId).toEqual(byId);
    expect(lower.segments.map((s: any) => [s.segment.key, s.coverage])).toEqual([['fx-a', 'MISSING'], ['fx-b', 'PRESENT'], ['fx-c', 'MISSING'], ['fx-d', 'MISSING']]);
  });
});

describe('chainMap of a park in the seed', () => {
  // Probes: written for the test, from each firm's and project's own relationships, not from the derived rows the app reads.
  const parkChains = `
    MATCH (p:Park {id: $id})
    RETURN COLLECT { MATCH (p)<-[:LOCATED_IN]-(:Firm)-[:MAKES]->(:Segment)-[:PART_OF]->(c:Chain) RETURN c.id } +
           COLLECT { MATCH (p)<-[:IN]-(:Project)-[:ADDS]->(:Segment)-[:PART_OF]->(c:Chain) RETURN c.id } AS chains`;
  const segmentsInPark = `
    MATCH (:Chain {id: $chain})<-[:PART_OF]-(s:Segment)
    RETURN s.id AS segment,
           COLLECT { MATCH (:Park {id: $id})<-[:LOCATED_IN]-(f:Firm)-[:MAKES]->(s) RETURN DISTINCT f.id ORDER BY f.id } AS firms,
           COLLECT { MATCH (:Park {id: $id})<-[:IN]-(x:Project)-[:ADDS]->(s) RETURN DISTINCT x.id ORDER BY x.id } AS projects
    ORDER BY segment`;
  const coverage = (firms: number) => (firms === 0 ? 'MISSING' : firms < 3 ? 'THIN' : 'PRESENT');

  it('counts, for every park and every chain its firms make or its projects add, the firms and projects of the park alone', async () => {
    const parks = (await probe(db, "MATCH (p:Park) WHERE NOT p.id STARTS WITH 'fx-' RETURN p.id AS id ORDER BY id")).map((row) => row.id as string);
    let checked = 0;
    for (const id of parks) {
      const [{ chains }] = (await probe(db, parkChains, { id })) as [{ chains: string[] }];
      for (const chain of new Set(chains)) {
        const expected = await probe(db, segmentsInPark, { id, chain });
        // Every list fits in the map's 20, so the lists below are whole.
        for (const row of expected) expect([(row.firms as string[]).length, (row.projects as string[]).length].every((n) => n <= 20)).toBe(true);
        const { chainMap } = await data(`query($chain: ID!, $id: ID!) { chainMap(chainId: $chain, parkId: $id) {
          place { ... on Park { key } } segments { segment { key } coverage firmCount firms { key } projectCount projects { key } } } }`, { chain, id });
        expect(chainMap.place, `${id} ${chain}`).toEqual({ key: id });
        const answer = [...chainMap.segments]
          .sort((a: any, b: any) => (a.segment.key < b.segment.key ? -1 : 1))
          .map((s: any) => ({
            segment: s.segment.key, coverage: s.coverage, firmCount: s.firmCount, projectCount: s.projectCount,
            firms: s.firms.map((f: any) => f.key).sort(), projects: s.projects.map((p: any) => p.key).sort(),
          }));
        expect(answer, `${id} ${chain}`).toEqual(expected.map((row) => {
          const [firms, projects] = [row.firms as string[], row.projects as string[]];
          return { segment: row.segment, coverage: coverage(firms.length), firmCount: firms.length, projectCount: projects.length, firms, projects };
        }));
        checked += expected.filter((row) => (row.firms as string[]).length > 0).length;
      }
    }
    // Not a check of empty maps: the seed's parks have firms in some segments.
    expect(checked).toBeGreaterThan(0);
  });
});

describe('bad arguments', () => {
  itRefuses(query, [
    ['{ chainMap(chainId: "no-such-chain") { thinCount } }', 'UNKNOWN_CHAIN'],
    ['{ chainMap(chainId: "salt-chemical", regionCode: "36-08") { thinCount } }', 'BAD_REGION_CODE'],
    ['{ chainMap(chainId: "salt-chemical", regionCode: "990999") { thinCount } }', 'BAD_PLACE'],
    ['{ chainMap(chainId: "salt-chemical", regionCode: "36", parkId: "anyi-hi-tech-park") { thinCount } }', 'BAD_PLACE'],
    ['{ chainMap(chainId: "salt-chemical", thinThreshold: 0) { thinCount } }', 'BAD_THRESHOLD'],
  ]);

  it('refuses a threshold above 50 with BAD_THRESHOLD naming thinThreshold and 50, and accepts 50', async () => {
    const { data: answer, errors } = await query('{ chainMap(chainId: "fixture-chain", regionCode: "990101", thinThreshold: 51) { thinCount } }');
    expect(answer?.chainMap ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions?.code).toBe('BAD_THRESHOLD');
    expect(errors![0]!.message).toContain('thinThreshold');
    expect(errors![0]!.message).toContain('50');
    // At 50 every segment of 测试县甲 with a firm is THIN: none has 50 firms.
    const { chainMap } = await data('{ chainMap(chainId: "fixture-chain", regionCode: "990101", thinThreshold: 50) { thinThreshold presentCount thinCount } }');
    expect(chainMap).toEqual({ thinThreshold: 50, presentCount: 0, thinCount: 2 });
  });

  it('refuses a region and a park given together with BAD_PLACE naming both, even when the park lies in the region', async () => {
    const [{ region }] = (await probe(db, "MATCH (:Park {id: 'fx-park'})-[:IN]->(r:Region) RETURN r.code AS region")) as [{ region: string }];
    for (const parkId of ['fx-park', 'Park:fx-park']) {
      const { data: answer, errors } = await query('query($region: String, $park: ID) { chainMap(chainId: "fixture-chain", regionCode: $region, parkId: $park) { thinCount } }', {
        region,
        park: parkId,
      });
      expect(answer?.chainMap ?? null).toBeNull();
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions?.code).toBe('BAD_PLACE');
      expect(errors![0]!.message).toContain('regionCode');
      expect(errors![0]!.message).toContain('parkId');
    }
  });

  it('refuses a park that does not exist with BAD_PLACE naming it', async () => {
    const { errors } = await query('{ chainMap(chainId: "fixture-chain", parkId: "no-such-park") { thinCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_PLACE');
    expect(errors?.[0]?.message).toContain('no-such-park');
  });
});
