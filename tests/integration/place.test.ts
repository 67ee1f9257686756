import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlData } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

// The place (api/modules/place/): Region and Park share the Locality interface and the Place union.
// Read-only: the database is shared with other test files.
const db = await testDatabase();

const data = graphqlData(db);

// Probes: written for the test. A region's firms are read upwards from each firm's place (the app reads downwards).
const regionFirmCount = `
  MATCH (f:Firm)-[:LOCATED_IN]->(place)
  OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
  WITH f, coalesce(parkRegion, place) AS region
  MATCH (region)-[:PART_OF*0..2]->(:Region {code: $code})
  RETURN count(DISTINCT f) AS n`;
const parkFirmCount = 'MATCH (f:Firm)-[:LOCATED_IN]->(:Park {id: $id}) RETURN count(f) AS n';

const locality = 'fragment Counts on Locality { __typename firmCount projectCount focuses { chain { key } } }';

describe('Locality', () => {
  it('answers `... on Locality { firmCount }` on a region and on a park, as their own fields do', async () => {
    // 郴州市 and 宜章氟化学工业园, which lies in it (002 郴州工業經濟高質量發展見聞).
    const { region, park } = await data(`{
      region(code: "4310") { firmCount projectCount focuses { chain { key } } ... on Locality { locality: firmCount } ...Counts }
      park(id: "yizhang-fluorochemical-industrial-park") { firmCount projectCount focuses { chain { key } } ... on Locality { locality: firmCount } ...Counts }
    } ${locality}`);
    const [regionFirms] = await probe(db, regionFirmCount, { code: '4310' });
    const [parkFirms] = await probe(db, parkFirmCount, { id: 'yizhang-fluorochemical-industrial-park' });
    expect(region.locality).toBe(regionFirms!.n);
    expect(park.locality).toBe(parkFirms!.n);
    expect(park.locality).toBeGreaterThan(0);
    expect(region.locality).toBeGreaterThan(park.locality);
    for (const [place, typename] of [[region, 'Region'], [park, 'Park']] as const) {
      expect(place.__typename).toBe(typename);
      expect(place.locality).toBe(place.firmCount);
    }
  });

  it('answers a Locality fragment through the Place union: a firm’s location, a focus’s place', async () => {
    const { inPark, inRegion, chain } = await data(`{
      inPark: firm(id: "hunan-beihong-new-materials") { location { ... on Locality { __typename firmCount } } }
      inRegion: firm(id: "jiangxi-ganzhong-transformer") { location { ... on Locality { __typename firmCount } } }
      chain(id: "lithium-battery") { focusedBy { place { ... on Region { code } ... on Park { key } ... on Locality { firmCount } } } }
    }`);
    // The two firms' places: 宜章氟化学工业园, and 新干县 (knowledge-graph.test.ts has both from the articles).
    const [parkFirms] = await probe(db, parkFirmCount, { id: 'yizhang-fluorochemical-industrial-park' });
    const [countyFirms] = await probe(db, regionFirmCount, { code: '360824' });
    expect(inPark.location).toEqual({ __typename: 'Park', firmCount: parkFirms!.n });
    expect(inRegion.location).toEqual({ __typename: 'Region', firmCount: countyFirms!.n });
    expect(chain.focusedBy.length).toBeGreaterThan(0);
    for (const { place } of chain.focusedBy) {
      const [expected] = place.code ? await probe(db, regionFirmCount, { code: place.code }) : await probe(db, parkFirmCount, { id: place.key });
      expect(place.firmCount, JSON.stringify(place)).toBe(expected!.n);
    }
  });
});

describe('a place’s figures', () => {
  const figures = `query($code: String!) { region(code: $code) { observations {
    key indicator indicatorName period value scope scopeZh chain { key name } segment { key } benchmark { code } sources { key } } } }`;

  // 002 郴州工業經濟高質量發展見聞, written in Traditional characters: 新增獲批30家省級專精特新“小巨人”企業,6家國家專精特新“小巨人”企業.
  it('names the subset a figure counts in Simplified characters for the Chinese interface, and its indicator without internals', async () => {
    const { region } = await data(figures, { code: '4310' });
    const firmCounts = region.observations.filter((o: any) => o.indicator === 'firms_count');
    const [scoped] = await probe(db, "MATCH (:Region {code: '4310'})-[:REPORTED]->(o:Observation {indicator: 'firms_count'}) RETURN count(o.scope) AS n");
    expect(firmCounts.filter((o: any) => o.scopeZh !== null)).toHaveLength(scoped!.n as number);
    expect(firmCounts.find((o: any) => o.value === 6)).toMatchObject({ scope: '國家專精特新“小巨人”企業', scopeZh: '国家专精特新“小巨人”企业', indicatorName: '企业数' });
    for (const o of region.observations) expect(o.indicatorName, o.indicator).not.toMatch(/[a-z]/);
  });

  // 003 吉安: 电子信息 is expected to reach 1,400亿元 of revenue in 2019 and 大健康 700亿元: one indicator, one period.
  it('tells apart two figures of one indicator and period by what the API gives of each (吉安市’s 2019 营业收入)', async () => {
    const { region } = await data(figures, { code: '3608' });
    const revenue = region.observations.filter((o: any) => o.indicator === 'operating_revenue' && o.period === '2019');
    expect(revenue.map((o: any) => [o.chain?.name, o.value]).sort()).toEqual([['大健康', 70_000_000_000], ['电子信息', 140_000_000_000]]);
    // Every figure of the place differs from each other of its indicator and period in something shown.
    const seen = new Map<string, unknown>();
    for (const o of region.observations) {
      const key = JSON.stringify([o.indicator, o.period, o.scopeZh, o.chain?.key, o.segment?.key, o.benchmark?.code, o.sources.map((s: any) => s.key)]);
      expect(seen.get(key), key).toBeUndefined();
      seen.set(key, o);
    }
  });
});
