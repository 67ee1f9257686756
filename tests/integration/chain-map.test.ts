import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData } from '../helpers/graphql.ts';

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
});

describe('chainGaps on the fixture', () => {
  it('ranks candidates nearest first, then by projects, and lists the pipeline', async () => {
    const { chainGaps } = await data(`{ chainGaps(chainId: "fixture-chain", regionCode: "990101") {
      gaps { segment { key } coverage candidates { firm { key } proximity projectCount investmentCny reason } pipeline { key } } } }`);
    const gaps = Object.fromEntries(chainGaps.gaps.map((g: any) => [g.segment.key, g]));
    expect(Object.keys(gaps)).toEqual(['fx-b', 'fx-c', 'fx-d']);
    expect(gaps['fx-c'].candidates.map((c: any) => [c.firm.key, c.proximity, c.projectCount, c.investmentCny])).toEqual([
      ['fx-f5', 'SAME_CITY', 1, 100_000_000],
      ['fx-f6', 'SAME_PROVINCE', 0, 0],
      ['fx-f8', 'ELSEWHERE', 2, 1_000_000_000],
    ]);
    expect(gaps['fx-c'].candidates[0].reason).toBe('Makes this segment; in the same city (同市); 1 project worth 1亿元; makes 1 segment in all.');
    expect(gaps['fx-d'].candidates.map((c: any) => [c.firm.key, c.proximity])).toEqual([['fx-f7', 'SAME_PROVINCE']]);
    expect(gaps['fx-d'].pipeline).toEqual([{ key: 'fx-p1' }]);
    // The place's own thin supplier is not its own candidate.
    expect(gaps['fx-b'].candidates).toEqual([]);
  });
});

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
});

describe('compareRegions on the fixture', () => {
  it('puts two counties side by side with firms, projects and investment', async () => {
    const { compareRegions } = await data(`{ compareRegions(codes: ["990101", "990102"]) {
      places { region { code } firmCount projectCount investmentCny projectsByStatus { status count } } } }`);
    expect(compareRegions.places).toEqual([
      { region: { code: '990101' }, firmCount: 4, projectCount: 1, investmentCny: 0, projectsByStatus: [{ status: 'SIGNED', count: 1 }] },
      { region: { code: '990102' }, firmCount: 1, projectCount: 1, investmentCny: 100_000_000, projectsByStatus: [{ status: 'IN_PRODUCTION', count: 1 }] },
    ]);
  });
});

describe('the seed', () => {
  it('answers 新干县’s salt-chemical gaps and 郴州市’s extension opportunities', async () => {
    const { chainGaps, extensionOpportunities } = await data(`{
      chainGaps(chainId: "salt-chemical", regionCode: "360824") { gaps { segment { key } coverage } }
      extensionOpportunities(regionCode: "4310", first: 5) { segment { key } density explanation } }`);
    expect(chainGaps.gaps.length).toBeGreaterThan(0);
    expect(extensionOpportunities.length).toBeGreaterThan(0);
  });

  it('finds 新干县 by pinyin and by initials', async () => {
    const { full, initials } = await data(`{ full: search(text: "xingan", first: 3) { node { id } }
      initials: search(text: "xg", first: 3) { node { id } } }`);
    expect(full[0]).toEqual({ node: { id: 'Region:360824' } });
    expect(initials[0]).toEqual({ node: { id: 'Region:360824' } });
  });
});

describe('bad arguments', () => {
  it.each([
    ['{ chainMap(chainId: "no-such-chain") { thinCount } }', 'UNKNOWN_CHAIN'],
    ['{ chainMap(chainId: "salt-chemical", regionCode: "36-08") { thinCount } }', 'BAD_REGION_CODE'],
    ['{ chainMap(chainId: "salt-chemical", regionCode: "990999") { thinCount } }', 'BAD_PLACE'],
    ['{ chainMap(chainId: "salt-chemical", regionCode: "36", parkId: "anyi-hi-tech-park") { thinCount } }', 'BAD_PLACE'],
    ['{ chainMap(chainId: "salt-chemical", thinThreshold: 0) { thinCount } }', 'BAD_THRESHOLD'],
    ['{ chainGaps(chainId: "salt-chemical", candidatesPerGap: 500) { thinThreshold } }', 'BAD_PAGE_SIZE'],
    ['{ extensionOpportunities(regionCode: "4310", first: 1000) { density } }', 'BAD_PAGE_SIZE'],
    ['{ compareRegions(codes: ["36"]) { places { firmCount } } }', 'BAD_PLACE'],
    ['{ search(text: "  ") { name } }', 'BAD_SEARCH'],
  ])('%s → %s', async (text, code) => {
    const { errors } = await query(text);
    expect(errors?.[0]?.extensions?.code).toBe(code);
    expect(errors?.[0]?.message).not.toMatch(/Neo4j|Cypher|at \w+ \(/);
  });
});
