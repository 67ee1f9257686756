import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itRefuses } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';
import { inRolledBackTransaction } from '../helpers/rolled-back.ts';

// chainGaps (api/modules/chain-gaps/). Read-only: the database is shared with other test files.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

// Answers worked out by hand from the fixture drawn in tests/fixtures/analytics-fixture.ts.
describe('chainGaps on the fixture', () => {
  it('ranks candidates nearest first, then by projects, and lists the pipeline', async () => {
    const { chainGaps } = await data(`{ chainGaps(chainId: "fixture-chain", regionCode: "990101") {
      gaps { segment { key } coverage candidates { firm { key } proximity projectCount investmentCny withInvestmentCount reason en: reason(language: EN) } pipeline { key } } } }`);
    const gaps = Object.fromEntries(chainGaps.gaps.map((g: any) => [g.segment.key, g]));
    expect(Object.keys(gaps)).toEqual(['fx-b', 'fx-c', 'fx-d']);
    // fx-f6 has no project: its investment is unknown (null), not 0.
    expect(gaps['fx-c'].candidates.map((c: any) => [c.firm.key, c.proximity, c.projectCount, c.investmentCny, c.withInvestmentCount])).toEqual([
      ['fx-f5', 'SAME_CITY', 1, 100_000_000, 1],
      ['fx-f6', 'SAME_PROVINCE', 0, null, 0],
      ['fx-f8', 'ELSEWHERE', 2, 1_000_000_000, 2],
    ]);
    expect(gaps['fx-c'].candidates[0].reason).toBe('生产该环节；同市；1 个项目，合计 1亿元；共生产 1 个环节。');
    expect(gaps['fx-c'].candidates[0].en).toBe('Makes this segment; in the same city; 1 project(s) worth 1亿元; makes 1 segment(s) in all.');
    expect(gaps['fx-c'].candidates[1].reason).toBe('生产该环节；同省；没有记录的项目；共生产 1 个环节。');
    expect(gaps['fx-d'].candidates.map((c: any) => [c.firm.key, c.proximity])).toEqual([['fx-f7', 'SAME_PROVINCE']]);
    expect(gaps['fx-d'].pipeline).toEqual([{ key: 'fx-p1' }]);
    // The place's own thin supplier is not its own candidate.
    expect(gaps['fx-b'].candidates).toEqual([]);
  });

  // fx-park (in 测试县甲, city 测试市甲) holds fx-f4 alone: 测试县甲’s fx-a makers are outside it, in its city.
  it('finds the park 测试园区’s gaps with candidates ranked from the park’s city and province, and no pipeline outside the park', async () => {
    const { chainGaps } = await data(`{ chainGaps(chainId: "fixture-chain", parkId: "Park:fx-park") {
      place { ... on Park { key } } gaps { segment { key } coverage firmCount candidates { firm { key } proximity } pipeline { key } } } }`);
    expect(chainGaps.place).toEqual({ key: 'fx-park' });
    expect(chainGaps.gaps.map((g: any) => [g.segment.key, g.coverage, g.firmCount])).toEqual([
      ['fx-a', 'MISSING', 0], ['fx-b', 'THIN', 1], ['fx-c', 'MISSING', 0], ['fx-d', 'MISSING', 0],
    ]);
    const candidates = Object.fromEntries(chainGaps.gaps.map((g: any) => [g.segment.key, g.candidates.map((c: any) => [c.firm.key, c.proximity])]));
    expect(candidates).toEqual({
      'fx-a': [['fx-f1', 'SAME_CITY'], ['fx-f2', 'SAME_CITY'], ['fx-f3', 'SAME_CITY']],
      'fx-b': [],
      'fx-c': [['fx-f5', 'SAME_CITY'], ['fx-f6', 'SAME_PROVINCE'], ['fx-f8', 'ELSEWHERE']],
      'fx-d': [['fx-f7', 'SAME_PROVINCE']],
    });
    // fx-p1 adds fx-d in 测试县甲, but not in the park.
    expect(chainGaps.gaps.flatMap((g: any) => g.pipeline)).toEqual([]);
  });
});

// 测试县丙 (990201) lacks fx-a, which fx-f1, fx-f2 and fx-f3 make in its province, none with a
// project: equals in distance and strength. A roster import gives them a status and tags here,
// in a transaction rolled back afterwards.
describe('chainGaps: registry statuses and tags of imported firms', () => {
  it('never offers a deregistered firm, and ranks a firm with a distinction (专精特新, 小巨人 …) first among equals in distance', async () => {
    const gapsQuery = `{ chainGaps(chainId: "fixture-chain", regionCode: "990201") {
      gaps { segment { key } candidates { firm { key } proximity rankingTags reason } } } }`;
    const candidatesOf = (answer: any) =>
      answer.chainGaps.gaps.find((gap: any) => gap.segment.key === 'fx-a').candidates.map((c: any) => [c.firm.key, c.proximity, c.rankingTags]);
    expect(candidatesOf(await data(gapsQuery))).toEqual([
      ['fx-f1', 'SAME_PROVINCE', []], ['fx-f2', 'SAME_PROVINCE', []], ['fx-f3', 'SAME_PROVINCE', []],
    ]);
    const answer = await inRolledBackTransaction(async (txDb, tx) => {
      await tx.run({ name: 'test/set-registry', text: `
        MATCH (f1:Firm {id: 'fx-f1'}), (f2:Firm {id: 'fx-f2'}), (f3:Firm {id: 'fx-f3'})
        SET f1.status = 'deregistered', f1.tags = ['高新技术企业'], f2.status = 'active', f2.tags = ['规上企业'],
            f3.status = 'active', f3.tags = ['专精特新"小巨人"企业']` });
      return graphqlData(txDb)(gapsQuery);
    });
    const candidates = answer.chainGaps.gaps.find((gap: any) => gap.segment.key === 'fx-a').candidates;
    expect(candidatesOf(answer)).toEqual([['fx-f3', 'SAME_PROVINCE', ['专精特新"小巨人"企业']], ['fx-f2', 'SAME_PROVINCE', []]]);
    expect(candidates[0].reason).toBe('生产该环节；同省（专精特新"小巨人"企业）；没有记录的项目；共生产 1 个环节。');
  });
});

describe('chainGaps: bridging gaps and the paths that justify candidates', () => {
  // 测试市甲 (9901) has fx-a (3 producers) and fx-b (1) and fx-c (1, fx-f5 in 测试县乙); fx-d is coming.
  it('puts a bridging gap first: 测试市甲 has fx-b’s supplier fx-a and its user fx-c', async () => {
    const { chainGaps } = await data('{ chainGaps(chainId: "fixture-chain", regionCode: "9901") { gaps { segment { key } coverage bridging } } }');
    expect(chainGaps.gaps).toEqual([
      { segment: { key: 'fx-b' }, coverage: 'THIN', bridging: true },
      { segment: { key: 'fx-c' }, coverage: 'THIN', bridging: false },
      { segment: { key: 'fx-d' }, coverage: 'COMING', bridging: false },
    ]);
  });

  it('justifies 测试县甲’s candidate for fx-c by the path to its local supplier: fx-f5 makes fx-c, which fx-b feeds, which fx-f4 makes', async () => {
    const { chainGaps } = await data(`{ chainGaps(chainId: "fixture-chain", regionCode: "990101") {
      gaps { segment { key } bridging candidates { firm { key } path { nodes { __typename ... on Firm { key } ... on Segment { key } } edges { id source target type } } } } } }`);
    const fxc = chainGaps.gaps.find((g: any) => g.segment.key === 'fx-c');
    expect(fxc.bridging).toBe(false);
    expect(fxc.candidates[0].path).toEqual({
      nodes: [{ __typename: 'Firm', key: 'fx-f5' }, { __typename: 'Segment', key: 'fx-c' }, { __typename: 'Segment', key: 'fx-b' }, { __typename: 'Firm', key: 'fx-f4' }],
      edges: [
        { id: 'MAKES:Firm:fx-f5->Segment:fx-c', source: 'Firm:fx-f5', target: 'Segment:fx-c', type: 'MAKES' },
        { id: 'FEEDS:Segment:fx-b->Segment:fx-c', source: 'Segment:fx-b', target: 'Segment:fx-c', type: 'FEEDS' },
        { id: 'MAKES:Firm:fx-f4->Segment:fx-b', source: 'Firm:fx-f4', target: 'Segment:fx-b', type: 'MAKES' },
      ],
    });
    // fx-d’s neighbours (fx-c, fx-x) are not in 测试县甲: its candidates’ paths stop at the segment.
    const fxd = chainGaps.gaps.find((g: any) => g.segment.key === 'fx-d');
    expect(fxd.candidates[0].path.edges.map((e: any) => e.id)).toEqual(['MAKES:Firm:fx-f7->Segment:fx-d']);
  });
});

describe('chainGaps of the seed’s stories', () => {
  const gapsOf = async (chain: string, code: string) =>
    (await data(`query($chain: ID!, $code: String!) { chainGaps(chainId: $chain, regionCode: $code, candidatesPerGap: 50) {
      gaps { segment { key } candidates { firm { key } proximity } pipeline { key firm { key } } } } }`, { chain, code })).chainGaps.gaps;

  it('郴州市 lithium battery: no firm with a project in 郴州 is a candidate; their projects are its pipeline', async () => {
    // Probe: the firms with a project in 郴州市 (directly or through a park in it).
    const [{ ids }] = (await probe(db, `
      MATCH (f:Firm)<-[:BY]-(x:Project)-[:IN]->(place)
      OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
      WITH f, coalesce(parkRegion, place) AS region
      MATCH (region)-[:PART_OF*0..2]->(:Region {code: '4310'})
      RETURN collect(DISTINCT f.id) AS ids`)) as [{ ids: string[] }];
    expect(ids).toEqual(expect.arrayContaining(['shanghai-anneng', 'keliyuan', 'anzhong']));
    const gaps = await gapsOf('lithium-battery', '4310');
    expect(gaps.flatMap((g: any) => g.candidates).filter((c: any) => ids.includes(c.firm.key))).toEqual([]);
    const cells = gaps.find((g: any) => g.segment.key === 'lithium-ion-cells');
    expect(cells.pipeline.map((p: any) => p.firm?.key).sort()).toEqual(['anzhong', 'keliyuan', 'shanghai-anneng']);
  });

  it('新干县 lithium battery: a candidate whose location no source gives is said to be of unknown location, never 省外', async () => {
    const [{ ids }] = (await probe(db, 'MATCH (f:Firm) WHERE NOT (f)-[:LOCATED_IN]->() RETURN collect(f.id) AS ids')) as [{ ids: string[] }];
    const candidates = (await gapsOf('lithium-battery', '360824')).flatMap((g: any) => g.candidates);
    expect(candidates.some((c: any) => c.proximity === 'LOCATION_UNKNOWN')).toBe(true);
    for (const c of candidates) expect(c.proximity === 'LOCATION_UNKNOWN', c.firm.key).toBe(ids.includes(c.firm.key));
  });
});

describe('chainGaps on the seed: a candidate’s investment', () => {
  it('sums each candidate’s projects with an amount, and counts them, as the probe reads them (新干县 and 郴州市 lithium battery)', async () => {
    const candidates = [];
    for (const code of ['360824', '4310']) {
      const { chainGaps } = await data(`query($code: String!) { chainGaps(chainId: "lithium-battery", regionCode: $code, candidatesPerGap: 50) {
        gaps { candidates { firm { key } projectCount investmentCny withInvestmentCount } } } }`, { code });
      candidates.push(...chainGaps.gaps.flatMap((g: any) => g.candidates));
    }
    for (const c of candidates) {
      const rows = await probe(db, 'MATCH (:Firm {id: $id})<-[:BY]-(p:Project) RETURN p.investmentCny AS amount', { id: c.firm.key });
      const amounts = rows.map((row) => row.amount).filter((amount): amount is number => amount !== null);
      expect([c.projectCount, c.withInvestmentCount, c.investmentCny], c.firm.key)
        .toEqual([rows.length, amounts.length, amounts.length ? amounts.reduce((total, amount) => total + amount, 0) : null]);
    }
    // Not a check of empty sums: some candidates have amounts (the fixture's fx-f6 has none, above).
    expect(candidates.some((c: any) => c.withInvestmentCount > 0)).toBe(true);
  });
});

describe('chainGaps on the seed', () => {
  it('answers 新干县’s salt-chemical gaps', async () => {
    const { chainGaps } = await data(`{
      chainGaps(chainId: "salt-chemical", regionCode: "360824") { gaps { segment { key } coverage } } }`);
    expect(chainGaps.gaps.length).toBeGreaterThan(0);
  });
});

describe('bad arguments', () => {
  itRefuses(query, [
    ['{ chainGaps(chainId: "salt-chemical", candidatesPerGap: 500) { thinThreshold } }', 'BAD_PAGE_SIZE'],
  ]);
});
