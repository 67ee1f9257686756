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
  it('colours 测试县甲’s segments: 3 producers PRESENT, 1 THIN, a signed project COMING, and MISSING only what its complete roster lacks', async () => {
    const { chainMap } = await data(`{ chainMap(chainId: "fixture-chain", regionCode: "990101") {
      place { ... on Region { code } } thinThreshold presentCount thinCount comingCount missingCount unknownCount
      rosters { key scope } focuses { role }
      segments { segment { key } coverage firmCount producerCount pipelineCount firms { key } projectsByStatus { status count } }
      links { from { key } to { key } crossChain } } }`);
    expect(chainMap).toMatchObject({
      place: { code: '990101' }, thinThreshold: 3, presentCount: 1, thinCount: 1, comingCount: 1, missingCount: 1, unknownCount: 0,
      rosters: [{ key: 'fx-roster', scope: '规上工业企业' }], focuses: [],
    });
    expect(chainMap.segments.map((s: any) => [s.segment.key, s.coverage, s.firmCount, s.producerCount, s.pipelineCount])).toEqual([
      ['fx-a', 'PRESENT', 3, 3, 0], ['fx-b', 'THIN', 1, 1, 0], ['fx-c', 'MISSING', 0, 0, 0], ['fx-d', 'COMING', 0, 0, 1],
    ]);
    expect(chainMap.segments[3].projectsByStatus).toEqual([{ status: 'SIGNED', count: 1 }]);
    expect(chainMap.links).toContainEqual({ from: { key: 'fx-d' }, to: { key: 'fx-x' }, crossChain: true });
    expect(chainMap.links).toContainEqual({ from: { key: 'fx-a' }, to: { key: 'fx-b' }, crossChain: false });
  });

  it('includes a city’s counties, and a lower threshold turns THIN into PRESENT; a county’s roster does not make its city complete', async () => {
    const { chainMap } = await data(`{ chainMap(chainId: "fixture-chain", regionCode: "990100", thinThreshold: 1) {
      rosters { key } focuses { place { ... on Region { code } } }
      segments { segment { key } coverage firmCount } } }`);
    expect(chainMap.segments.map((s: any) => [s.segment.key, s.coverage, s.firmCount])).toEqual([
      ['fx-a', 'PRESENT', 3], ['fx-b', 'PRESENT', 1], ['fx-c', 'PRESENT', 1], ['fx-d', 'COMING', 0],
    ]);
    expect(chainMap.rosters).toEqual([]);
    // 测试县乙’s focus lies in the city, so it speaks for the city too.
    expect(chainMap.focuses).toEqual([{ place: { code: '990102' } }]);
  });

  it('calls UNKNOWN, not MISSING, what nothing speaks of where no complete roster covers the place, and shows the chain stated by a focus', async () => {
    const { chainMap } = await data(`{ chainMap(chainId: "fixture-chain", regionCode: "990102") {
      presentCount thinCount comingCount missingCount unknownCount rosters { key }
      focuses { role evidence place { ... on Region { code } } }
      segments { segment { key } coverage firmCount producerCount pipelineCount } } }`);
    // f5 makes fx-c, and its producing project p5 adds fx-c: one producer, counted once.
    expect(chainMap.segments.map((s: any) => [s.segment.key, s.coverage, s.firmCount, s.producerCount, s.pipelineCount])).toEqual([
      ['fx-a', 'UNKNOWN', 0, 0, 0], ['fx-b', 'UNKNOWN', 0, 0, 0], ['fx-c', 'THIN', 1, 1, 0], ['fx-d', 'UNKNOWN', 0, 0, 0],
    ]);
    expect(chainMap).toMatchObject({ presentCount: 0, thinCount: 1, comingCount: 0, missingCount: 0, unknownCount: 3, rosters: [] });
    expect(chainMap.focuses).toEqual([{ role: 'PILLAR', evidence: ['测试县乙以测试链为主导产业。（测试数据）'], place: { code: '990102' } }]);
  });

  it('counts a firm that makes a segment and its producing projects there as one producer', async () => {
    // fx-f8 lies in 980101 and makes fx-c there; its two producing projects are there too.
    const { chainMap } = await data('{ chainMap(chainId: "fixture-chain", regionCode: "980101") { segments { segment { key } producerCount coverage } } }');
    expect(chainMap.segments.find((s: any) => s.segment.key === 'fx-c')).toEqual({ segment: { key: 'fx-c' }, producerCount: 1, coverage: 'THIN' });
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
           COLLECT { MATCH (:Park {id: $id})<-[:IN]-(x:Project)-[:ADDS]->(s) RETURN DISTINCT x.id ORDER BY x.id } AS projects,
           COLLECT { MATCH (:Park {id: $id})<-[:IN]-(x:Project)-[:ADDS]->(s) WHERE x.status IN ['in_production', 'completed']
                     RETURN coalesce(COLLECT { MATCH (x)-[:BY]->(f:Firm) RETURN f.id }[0], 'project:' + x.id) } AS producingBy,
           COUNT { MATCH (:Park {id: $id})<-[:IN]-(x:Project)-[:ADDS]->(s) WHERE x.status IS NULL OR x.status IN ['negotiating', 'signed', 'under_construction'] } AS pipeline,
           EXISTS { MATCH (:Park {id: $id})-[:IN]->(:Region)-[:PART_OF*0..2]->(:Region)<-[:COVERS]-(:Roster {complete: true}) } AS complete
    ORDER BY segment`;
  // The rules of core/coverage.ts, applied to what the probes read.
  const coverage = (producers: number, pipeline: number, complete: boolean) =>
    producers >= 3 ? 'PRESENT' : producers > 0 ? 'THIN' : pipeline > 0 ? 'COMING' : complete ? 'MISSING' : 'UNKNOWN';

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
          const producers = new Set([...firms, ...(row.producingBy as string[])]).size;
          return {
            segment: row.segment, coverage: coverage(producers, row.pipeline as number, row.complete as boolean),
            firmCount: firms.length, projectCount: projects.length, firms, projects,
          };
        }));
        checked += expected.filter((row) => (row.firms as string[]).length > 0).length;
      }
    }
    // Not a check of empty maps: the seed's parks have firms in some segments.
    expect(checked).toBeGreaterThan(0);
  });
});

describe('chainMap of the seed’s stories', () => {
  // Probe: the projects placed in a region (directly, or through a park in it) that add a segment,
  // read from their own relationships.
  const projectsAdding = `
    MATCH (x:Project)-[:ADDS]->(:Segment {id: $segment})
    MATCH (x)-[:IN]->(place)
    OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
    WITH DISTINCT x, coalesce(parkRegion, place) AS region
    MATCH (region)-[:PART_OF*0..2]->(:Region {code: $code})
    RETURN x.id AS key, toUpper(x.status) AS status ORDER BY key`;
  const segmentOf = async (chain: string, code: string, segment: string) => {
    const { chainMap } = await data(`query($chain: ID!, $code: String!) { chainMap(chainId: $chain, regionCode: $code) {
      segments { segment { key } coverage producerCount pipelineCount projects { key status } } } }`, { chain, code });
    const found = chainMap.segments.find((s: any) => s.segment.key === segment);
    return { ...found, projects: [...found.projects].sort((a: any, b: any) => (a.key < b.key ? -1 : 1)) };
  };

  it('郴州市 lithium battery: 锂离子电芯 is coming, not missing, with the signed projects that add it as its evidence', async () => {
    const projects = await probe(db, projectsAdding, { segment: 'lithium-ion-cells', code: '4310' });
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.every((p) => p.status === 'SIGNED')).toBe(true);
    const cells = await segmentOf('lithium-battery', '4310', 'lithium-ion-cells');
    expect(cells).toMatchObject({ coverage: 'COMING', producerCount: 0, pipelineCount: projects.length, projects });
  });

  it('郴州市 non-ferrous metals: 铜基新材料 and 稀贵金属综合回收 are there, by their producing projects', async () => {
    for (const segment of ['copper-alloy-materials', 'rare-precious-metal-recycling']) {
      const projects = await probe(db, projectsAdding, { segment, code: '4310' });
      expect(projects.some((p) => p.status === 'IN_PRODUCTION' || p.status === 'COMPLETED'), segment).toBe(true);
      const found = await segmentOf('nonferrous-metals', '4310', segment);
      expect(found.producerCount, segment).toBeGreaterThan(0);
      expect(['PRESENT', 'THIN'], segment).toContain(found.coverage);
      expect(found.projects, segment).toEqual(projects);
    }
  });

  it('郴州市 non-ferrous metals: 稀贵金属冶炼提取 is made there by 金贵银业 and 金旺铋业, both placed in 郴州 by article 002', async () => {
    // 「與此同時,該市的金貴銀業擬全資收購寶山礦業,使之成為省屬國有企業;貴研鉑業正在積極推進金旺鉍業司法重組,……」
    const { chainMap } = await data(`{ chainMap(chainId: "nonferrous-metals", regionCode: "4310") {
      segments { segment { key } coverage producerCount firms { key } } } }`);
    const smelting = chainMap.segments.find((s: any) => s.segment.key === 'rare-precious-metal-smelting');
    expect({ ...smelting, firms: smelting.firms.map((f: any) => f.key).sort() }).toEqual({
      segment: { key: 'rare-precious-metal-smelting' }, coverage: 'THIN', producerCount: 2, firms: ['jingui-silver', 'jinwang-bismuth'],
    });
  });

  it('萍乡市 electrical porcelain: 百斯特’s renovated line makes 炼泥与坯体成型, 上釉与烧成 and 胶装 there, by its producing project', async () => {
    // Article 003: 「……萍乡百斯特电瓷有限公司通过技术改造,实现了粗炼、精炼、修坯、上釉、烧制到胶装整个流程的全自动化……」
    for (const segment of ['porcelain-body-forming', 'glazing-firing', 'insulator-cementing-assembly']) {
      const found = await segmentOf('electrical-porcelain', '3603', segment);
      expect(found, segment).toMatchObject({
        coverage: 'THIN', producerCount: 1, pipelineCount: 0, projects: [{ key: 'best-electric-porcelain-tech-renovation', status: 'IN_PRODUCTION' }],
      });
    }
  });

  it('新干县 salt chemistry: the chain is there by the article’s sentence, and its segments are unknown, not missing', async () => {
    const { chainMap } = await data(`{ chainMap(chainId: "salt-chemical", regionCode: "360824") {
      focuses { role evidence place { ... on Region { code } } } rosters { key } missingCount
      segments { coverage producerCount pipelineCount } } }`);
    // The four sentences of article 000 that name 盐化工 as 新干's (主导) industry, read from the article text,
    // in the order the seed stores a fact's evidence (by sentence, localeCompare).
    expect(chainMap.focuses).toEqual([{
      role: 'PILLAR', place: { code: '360824' },
      evidence: [
        '其中,以盐化工、机械机电为代表的新干重化工业,又是推动经济增长的重中之重。',
        '新干盛产岩盐,是发展盐化工产业的基础',
        '资料显示,新干县有四大主导产业,即盐化工、机械机电两大强县产业,箱包皮具和灯饰照明两大富民产业。',
        '近期,围绕盐化工和机械机电两大主导产业,新干主官走进重点企业和重点项目,加大对企业生产经营和在建项目的帮扶力度。',
      ],
    }]);
    expect(chainMap.rosters).toEqual([]);
    expect(chainMap.missingCount).toBe(0);
    for (const segment of chainMap.segments) {
      const nothing = segment.producerCount === 0 && segment.pipelineCount === 0;
      expect(segment.coverage).toBe(nothing ? 'UNKNOWN' : segment.producerCount === 0 ? 'COMING' : segment.producerCount < 3 ? 'THIN' : 'PRESENT');
    }
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
