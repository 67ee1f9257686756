import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itRefuses } from '../helpers/graphql.ts';

// extensionOpportunities (api/modules/extension-opportunities/). Read-only: the database is shared with other test files.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

// Answers worked out by hand from the fixture drawn in tests/fixtures/analytics-fixture.ts.
describe('extensionOpportunities on the fixture', () => {
  // Regions' segments: 990101 {a, b, d}, 990102 {c}, 990201 {c, d}, 980101 {c}; N(c) = 3, N(d) = 2, N(c and d) = 1.
  // φ(c, d) = 1 / max(3, 2) = 1/3; c is related to nothing else, so 990101's density for c = (1/3) / (1/3) = 1.
  // fx-x is present nowhere: density 0.
  it('ranks the segments next to what 测试县甲 has by product-space density, with the leads', async () => {
    const { extensionOpportunities } = await data(`{ extensionOpportunities(regionCode: "990101") {
      segment { key } density leads { from { key } direction crossChain proximity } explanation } }`);
    expect(extensionOpportunities.map((o: any) => [o.segment.key, o.density])).toEqual([['fx-c', 1], ['fx-x', 0]]);
    expect(extensionOpportunities[0].leads).toEqual([
      { from: { key: 'fx-d' }, direction: 'UPSTREAM', crossChain: false, proximity: 1 / 3 },
      { from: { key: 'fx-b' }, direction: 'DOWNSTREAM', crossChain: false, proximity: 0 },
    ]);
    expect(extensionOpportunities[1].leads).toEqual([{ from: { key: 'fx-d' }, direction: 'DOWNSTREAM', crossChain: true, proximity: 0 }]);
    expect(extensionOpportunities[0].explanation).toContain('density 1.00');
  });

  // The park fx-park has fx-b alone (fx-f4). Its neighbours: fx-a (feeds fx-b) and fx-c (fed by fx-b).
  // N(a) = 1, N(b) = 1, N(a and b) = 1: φ(a, b) = 1; N(d) = 2, N(a and d) = 1: φ(a, d) = 1/2; φ(a, c) = 0.
  // The park's density for a = φ(a, b) / (φ(a, b) + φ(a, d)) = 1 / 1.5; for c = φ(c, b) / φ(c, d) = 0 / (1/3) = 0.
  it('ranks the segments next to what the park 测试园区 has, by its own density, whether its id or its global id is given', async () => {
    const fields = 'segment { key } density leads { from { key } direction crossChain proximity } explanation';
    const { byId, byGlobalId } = await data(`{ byId: extensionOpportunities(parkId: "fx-park") { ${fields} }
      byGlobalId: extensionOpportunities(parkId: "Park:fx-park") { ${fields} } }`);
    expect(byId.map((o: any) => [o.segment.key, o.density])).toEqual([['fx-a', 1 / (1 + 1 / 2)], ['fx-c', 0]]);
    expect(byId[0].leads).toEqual([{ from: { key: 'fx-b' }, direction: 'UPSTREAM', crossChain: false, proximity: 1 }]);
    expect(byId[1].leads).toEqual([{ from: { key: 'fx-b' }, direction: 'DOWNSTREAM', crossChain: false, proximity: 0 }]);
    expect(byId[0].explanation).toContain('density 0.67');
    expect(byGlobalId).toEqual(byId);
  });
});

describe('extensionOpportunities on the seed', () => {
  it('answers 郴州市’s extension opportunities', async () => {
    const { extensionOpportunities } = await data(`{
      extensionOpportunities(regionCode: "4310", first: 5) { segment { key } density explanation } }`);
    expect(extensionOpportunities.length).toBeGreaterThan(0);
  });
});

describe('bad arguments', () => {
  itRefuses(query, [
    ['{ extensionOpportunities(regionCode: "4310", first: 1000) { density } }', 'BAD_PAGE_SIZE'],
  ]);

  it.each([
    ['{ extensionOpportunities(regionCode: "990101", parkId: "fx-park") { density } }', 'BAD_PLACE', ['regionCode', 'parkId']],
    ['{ extensionOpportunities(parkId: "no-such-park") { density } }', 'BAD_PLACE', ['no-such-park']],
    ['{ extensionOpportunities(parkId: "Firm:fx-f4") { density } }', 'BAD_ID', ['Firm:fx-f4']],
  ])('%s → %s naming %j', async (text, code, named) => {
    const { data: answer, errors } = await query(text);
    expect(answer).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions?.code).toBe(code);
    for (const name of named) expect(errors![0]!.message).toContain(name);
  });
});
