import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itRefuses } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

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
      segment { key } density densityMeasured leads { from { key } direction crossChain proximity } explanation(language: EN) } }`);
    expect(extensionOpportunities.map((o: any) => [o.segment.key, o.density])).toEqual([['fx-c', 1], ['fx-x', 0]]);
    expect(extensionOpportunities[0].leads).toEqual([
      { from: { key: 'fx-d' }, direction: 'UPSTREAM', crossChain: false, proximity: 1 / 3 },
      { from: { key: 'fx-b' }, direction: 'DOWNSTREAM', crossChain: false, proximity: 0 },
    ]);
    expect(extensionOpportunities[1].leads).toEqual([{ from: { key: 'fx-d' }, direction: 'DOWNSTREAM', crossChain: true, proximity: 0 }]);
    // A density is written into the sentence only where it is a measurement (see below).
    expect(extensionOpportunities[0].explanation).toContain(extensionOpportunities[0].densityMeasured ? 'density 1.00' : 'no density is measured');
    expect(extensionOpportunities[0].explanation).toMatch(/^fx-c: it supplies the place's fx-d; the place's fx-b supplies it; /);
  });

  // The park fx-park has fx-b alone (fx-f4). Its neighbours: fx-a (feeds fx-b) and fx-c (fed by fx-b).
  // N(a) = 1, N(b) = 1, N(a and b) = 1: φ(a, b) = 1; N(d) = 2, N(a and d) = 1: φ(a, d) = 1/2; φ(a, c) = 0.
  // The park's density for a = φ(a, b) / (φ(a, b) + φ(a, d)) = 1 / 1.5; for c = φ(c, b) / φ(c, d) = 0 / (1/3) = 0.
  it('ranks the segments next to what the park 测试园区 has, by its own density, whether its id or its global id is given', async () => {
    const fields = 'segment { key } density densityMeasured leads { from { key } direction crossChain proximity } explanation(language: EN)';
    const { byId, byGlobalId } = await data(`{ byId: extensionOpportunities(parkId: "fx-park") { ${fields} }
      byGlobalId: extensionOpportunities(parkId: "Park:fx-park") { ${fields} } }`);
    expect(byId.map((o: any) => [o.segment.key, o.density])).toEqual([['fx-a', 1 / (1 + 1 / 2)], ['fx-c', 0]]);
    expect(byId[0].leads).toEqual([{ from: { key: 'fx-b' }, direction: 'UPSTREAM', crossChain: false, proximity: 1 }]);
    expect(byId[1].leads).toEqual([{ from: { key: 'fx-b' }, direction: 'DOWNSTREAM', crossChain: false, proximity: 0 }]);
    expect(byId[0].explanation).toContain(byId[0].densityMeasured ? 'density 0.67' : 'no density is measured');
    expect(byGlobalId).toEqual(byId);
  });
});

describe('extensionOpportunities of one chain, as its map shows them', () => {
  // 测试县甲 has fx-a, fx-b (firms) and fx-d (a signed project) of fixture-chain. fx-c is fed by fx-b
  // and feeds fx-d: two local links lead there; fx-x is fed by fx-d alone, across chains.
  it('ranks by how many of the chain’s local segments lead there, and differs from chain to chain', async () => {
    const { chain, other } = await data(`{
      chain: extensionOpportunities(regionCode: "990101", chainId: "fixture-chain") {
        segment { key } rankedBy leads { from { key } direction strength } }
      other: extensionOpportunities(regionCode: "990101", chainId: "Chain:fixture-other") { segment { key } } }`);
    expect(chain.map((o: any) => [o.segment.key, o.rankedBy, o.leads.length])).toEqual([['fx-c', 'SUPPLY_LINKS', 2], ['fx-x', 'SUPPLY_LINKS', 1]]);
    // fx-b: one firm; fx-d: one project.
    expect(chain[0].leads.map((l: any) => [l.from.key, l.direction, l.strength]).sort()).toEqual([['fx-b', 'DOWNSTREAM', 1], ['fx-d', 'UPSTREAM', 1]]);
    // 测试县甲 has nothing of fixture-other, so nothing leads from it.
    expect(other).toEqual([]);
  });

  it('says whether a density is a measurement: only where at least 30 regions have firms or projects', async () => {
    // Probe: the regions that hold a firm or a project, each at its most precise level (a park's region).
    const [{ regions }] = (await probe(db, `
      MATCH (x)-[:LOCATED_IN|IN]->(place) WHERE x:Firm OR x:Project
      OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
      RETURN count(DISTINCT coalesce(parkRegion, place)) AS regions`)) as [{ regions: number }];
    const { extensionOpportunities } = await data('{ extensionOpportunities(regionCode: "990101") { densityMeasured regionsWithData densityFloor rankedBy } }');
    expect(extensionOpportunities.length).toBeGreaterThan(0);
    for (const o of extensionOpportunities) {
      expect(o).toEqual({ densityMeasured: regions >= 30, regionsWithData: regions, densityFloor: 30, rankedBy: 'PRODUCT_SPACE' });
    }
  });
});

describe('extensionOpportunities on the seed', () => {
  it('answers 郴州市’s extension opportunities, explained in Chinese by default and in English on request', async () => {
    const { extensionOpportunities } = await data(`{
      extensionOpportunities(regionCode: "4310", chainId: "lithium-battery", first: 5) {
        segment { name nameEn } densityMeasured leads { from { name } } explanation zh: explanation(language: ZH) en: explanation(language: EN) } }`);
    expect(extensionOpportunities.length).toBeGreaterThan(0);
    for (const o of extensionOpportunities) {
      expect(o.explanation).toBe(o.zh);
      expect(o.zh.startsWith(`「${o.segment.name}」：`)).toBe(true);
      for (const lead of o.leads) expect(o.zh).toContain(`「${lead.from.name}」`);
      expect(o.zh).not.toMatch(/[A-Za-z]{3,}/);
      expect(o.en.startsWith(`${o.segment.nameEn}: `)).toBe(true);
      // The seed has fewer than 30 regions with data: no density is written as if measured.
      if (!o.densityMeasured) expect(o.zh).not.toContain('关联密度 0');
    }
  });

  it('gives 郴州市 other opportunities on its lithium-battery map than on its non-ferrous one', async () => {
    const { lithium, nonferrous } = await data(`{
      lithium: extensionOpportunities(regionCode: "4310", chainId: "lithium-battery") { segment { key } leads { from { chain { key } } } }
      nonferrous: extensionOpportunities(regionCode: "4310", chainId: "nonferrous-metals") { segment { key } leads { from { chain { key } } } } }`);
    expect(lithium.length).toBeGreaterThan(0);
    expect(nonferrous.length).toBeGreaterThan(0);
    expect(lithium.map((o: any) => o.segment.key)).not.toEqual(nonferrous.map((o: any) => o.segment.key));
    // Every lead is a segment of the chain asked for.
    expect(lithium.flatMap((o: any) => o.leads.map((l: any) => l.from.chain.key))).toEqual(expect.arrayContaining(['lithium-battery']));
    expect(new Set(lithium.flatMap((o: any) => o.leads.map((l: any) => l.from.chain.key)))).toEqual(new Set(['lithium-battery']));
    expect(new Set(nonferrous.flatMap((o: any) => o.leads.map((l: any) => l.from.chain.key)))).toEqual(new Set(['nonferrous-metals']));
  });
});

describe('bad arguments', () => {
  itRefuses(query, [
    ['{ extensionOpportunities(regionCode: "4310", first: 1000) { density } }', 'BAD_PAGE_SIZE'],
    ['{ extensionOpportunities(regionCode: "4310", chainId: "no-such-chain") { density } }', 'UNKNOWN_CHAIN'],
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
