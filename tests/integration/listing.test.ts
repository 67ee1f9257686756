import { describe, expect, it } from 'vitest';
import { cypher } from '../../db/cypher-files.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData } from '../helpers/graphql.ts';
import { planSteps, profileAsSent, type PlanStep } from '../helpers/plan.ts';
import { probe } from '../helpers/probe.ts';
import { inRolledBackTransaction } from '../helpers/rolled-back.ts';

// Read-only: the database is shared with other test files. Expected answers come from the
// articles' facts or from the test's own simple probes, never from the app's statements.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

async function errorOf(text: string, variables: Record<string, unknown> = {}) {
  const { data: answer, errors } = await query(text, variables);
  expect(answer ?? null).toBeNull();
  expect(errors).toHaveLength(1);
  return errors![0]!;
}

const projectFields = 'key name status investmentCny signedOn chain { key } adds { chain { key } }';
const projectPage = `query($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int, $after: String) {
  projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${projectFields} } }
    aggregate { count totalInvestmentCny withInvestmentCount byStatus { status count investmentCny withInvestmentCount }
      byChain { chain { key name } count investmentCny withInvestmentCount } }
  } }`;
const firmPage = `query($filter: FirmFilter, $orderBy: FirmOrder, $first: Int, $after: String) {
  firms(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key name projects { investmentCny } makes { chain { key } } } }
    aggregate { count byChain { chain { key } count } }
  } }`;

/** Every page of a list, `first` at a time, checking that each page agrees on the totals. */
async function allPages(field: 'projects' | 'firms', variables: Record<string, unknown>, first: number) {
  const text = field === 'projects' ? projectPage : firmPage;
  const pages: any[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (await data(text, { ...variables, first, after }))[field];
    pages.push(page);
    expect(page.edges.length).toBeLessThanOrEqual(first);
    expect(page.totalCount).toBe(pages[0].totalCount);
    expect(page.aggregate).toEqual(pages[0].aggregate);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(first);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
    after = page.pageInfo.endCursor;
    expect(pages.length).toBeLessThan(200);
  }
  const nodes = pages.flatMap((page) => page.edges.map((edge: any) => edge.node));
  return { nodes, keys: nodes.map((node: any) => node.key as string), totalCount: pages[0].totalCount as number, aggregate: pages[0].aggregate };
}

/** The chains a project counts for: those of the segments it adds and the one its article names. */
function projectChains(project: any): string[] {
  return [...new Set([...project.adds.map((s: any) => s.chain.key), ...(project.chain ? [project.chain.key] : [])])];
}

const STATUS_ORDER = ['NEGOTIATING', 'SIGNED', 'UNDER_CONSTRUCTION', 'IN_PRODUCTION', 'COMPLETED', null];

/**
 * The sum of the projects' amounts and how many have one, worked out in the test: null when none
 * has one (an unknown amount is not 0).
 */
function investmentOf(items: any[]) {
  const amounts = items.map((p) => p.investmentCny).filter((amount) => amount !== null);
  return { investmentCny: amounts.length ? amounts.reduce((total, amount) => total + amount, 0) : null, withInvestmentCount: amounts.length };
}

/** The aggregates of a set of projects, summed in the test from the projects themselves. */
function projectAggregate(nodes: any[]) {
  const statuses = STATUS_ORDER.filter((status) => nodes.some((p) => p.status === status));
  const chains = [...new Set(nodes.flatMap(projectChains))];
  const total = investmentOf(nodes);
  return {
    count: nodes.length,
    totalInvestmentCny: total.investmentCny,
    withInvestmentCount: total.withInvestmentCount,
    byStatus: statuses.map((status) => {
      const group = nodes.filter((p) => p.status === status);
      return { status, count: group.length, ...investmentOf(group) };
    }),
    byChain: chains.map((key) => {
      const group = nodes.filter((p) => projectChains(p).includes(key));
      return { key, count: group.length, ...investmentOf(group) };
    }),
  };
}

// Probes: written for the test, reading each project's place upwards (the app reads downwards).
const projectsUnder = `
  MATCH (p:Project)-[:IN]->(place)
  OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
  WITH p, coalesce(parkRegion, place) AS region
  MATCH (region)-[:PART_OF*0..2]->(:Region {code: $code})
  RETURN p.id AS id, p.status AS status, p.investmentCny AS investmentCny ORDER BY id`;
const firmsUnder = `
  MATCH (f:Firm)-[:LOCATED_IN]->(place)
  OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
  WITH f, coalesce(parkRegion, place) AS region
  MATCH (region)-[:PART_OF*0..2]->(:Region {code: $code})
  RETURN f.id AS id ORDER BY id`;

const ids = (rows: Record<string, unknown>[]) => rows.map((row) => row.id as string);
const sorted = (keys: string[]) => [...keys].sort();

describe('projects: the signed projects of 郴州市 (4310)', () => {
  // 002 郴州工業經濟高質量發展見聞: 上海安能 406億元, 大中礦業 160億元, 科力遠 198億元, 鞍重股份 260億元.
  it('are the four lithium-battery projects of 1,024亿元, whichever form of the code is given', async () => {
    const signedWithAmount = await probe(db, `${projectsUnder.replace('ORDER BY id', '')}`, { code: '4310' });
    const signed = signedWithAmount.filter((row) => row.status === 'signed');
    expect(signed.every((row) => row.investmentCny !== null)).toBe(true);
    expect(signed.reduce((total, row) => total + (row.investmentCny as number), 0)).toBe(102_400_000_000);

    for (const regionCode of ['4310', '431000']) {
      const { projects } = await data(projectPage, { filter: { regionCode, status: ['SIGNED'] } });
      expect(projects.totalCount).toBe(signed.length);
      expect(projects.aggregate).toEqual({
        count: 4,
        totalInvestmentCny: 102_400_000_000,
        withInvestmentCount: 4,
        byStatus: [{ status: 'SIGNED', count: 4, investmentCny: 102_400_000_000, withInvestmentCount: 4 }],
        byChain: [{ chain: { key: 'lithium-battery', name: '锂电池' }, count: 4, investmentCny: 102_400_000_000, withInvestmentCount: 4 }],
      });
      // By investment, largest first, when no order is given.
      expect(projects.edges.map((e: any) => e.node.investmentCny)).toEqual([40_600_000_000, 26_000_000_000, 19_800_000_000, 16_000_000_000]);
      expect(sorted(projects.edges.map((e: any) => e.node.key))).toEqual(sorted(ids(signed)));
    }
  });
});

describe('projects: an amount the sources do not give is unknown, not 0', () => {
  // Worked out by hand from tests/fixtures/analytics-fixture.ts: 测试县甲 (990101) has fx-p1 (signed,
  // no amount); its city 测试市甲 (9901) also has fx-p5 (in production, 1亿元) in 测试县乙.
  it('totals a place whose projects give no amount as null, covering none of them', async () => {
    const { projects } = await data(projectPage, { filter: { regionCode: '990101' } });
    expect(projects.aggregate).toEqual({
      count: 1,
      totalInvestmentCny: null,
      withInvestmentCount: 0,
      byStatus: [{ status: 'SIGNED', count: 1, investmentCny: null, withInvestmentCount: 0 }],
      byChain: [{ chain: { key: 'fixture-chain', name: '测试链' }, count: 1, investmentCny: null, withInvestmentCount: 0 }],
    });
  });

  it('sums the projects with an amount and says how many they are of all', async () => {
    const { projects } = await data(projectPage, { filter: { regionCode: '9901' } });
    expect(projects.aggregate).toEqual({
      count: 2,
      totalInvestmentCny: 100_000_000,
      withInvestmentCount: 1,
      byStatus: [
        { status: 'SIGNED', count: 1, investmentCny: null, withInvestmentCount: 0 },
        { status: 'IN_PRODUCTION', count: 1, investmentCny: 100_000_000, withInvestmentCount: 1 },
      ],
      byChain: [{ chain: { key: 'fixture-chain', name: '测试链' }, count: 2, investmentCny: 100_000_000, withInvestmentCount: 1 }],
    });
  });

  // 吉安市 showed a 项目总投资 of 0 亿元: its projects' amounts are not in the articles.
  it('totals 吉安市’s projects over those with an amount only, as the probe counts them', async () => {
    const rows = await probe(db, projectsUnder, { code: '3608' });
    const amounts = rows.map((row) => row.investmentCny).filter((amount): amount is number => amount !== null);
    expect(rows.length).toBeGreaterThan(amounts.length);
    const { projects } = await data(projectPage, { filter: { regionCode: '3608' } });
    expect(projects.aggregate.count).toBe(rows.length);
    expect(projects.aggregate.withInvestmentCount).toBe(amounts.length);
    expect(projects.aggregate.totalInvestmentCny).toBe(amounts.length ? amounts.reduce((total, amount) => total + amount, 0) : null);
  });
});

describe('projects: places include what lies below them', () => {
  it.each(['4310', '3608', '36', '43', '360823'])('region %s lists exactly the projects in it, its counties and their parks', async (code) => {
    const expected = ids(await probe(db, projectsUnder, { code }));
    const { keys, totalCount } = await allPages('projects', { filter: { regionCode: code } }, 7);
    expect(totalCount).toBe(expected.length);
    expect(sorted(keys)).toEqual(expected);
  });

  it('counts a county park’s projects (宜章氟化学工业园 in 宜章县) and a county’s (临武) in 郴州市', async () => {
    const { keys } = await allPages('projects', { filter: { regionCode: '431000' } }, 100);
    expect(keys).toEqual(expect.arrayContaining(['yizhang-lipf6-30000t', 'hunan-beihong-new-materials-yizhang', 'hongchen-technology-linwu', 'shanghai-anneng-chenzhou']));
    const { keys: county } = await allPages('projects', { filter: { regionCode: '431022' } }, 100);
    expect(county).toContain('yizhang-lipf6-30000t');
    expect(county).not.toContain('hongchen-technology-linwu');
  });

  it('lists a park’s projects, by id or global id, and the park only when it lies in the region also given', async () => {
    const expected = ids(await probe(db, 'MATCH (p:Project)-[:IN]->(:Park {id: $id}) RETURN p.id AS id ORDER BY id', { id: 'yizhang-fluorochemical-industrial-park' }));
    expect(expected.length).toBeGreaterThan(0);
    for (const filter of [
      { parkId: 'yizhang-fluorochemical-industrial-park' },
      { parkId: 'Park:yizhang-fluorochemical-industrial-park' },
      { parkId: 'yizhang-fluorochemical-industrial-park', regionCode: '4310' },
    ]) {
      const { keys } = await allPages('projects', { filter }, 100);
      expect(sorted(keys)).toEqual(expected);
    }
    const elsewhere = await data(projectPage, { filter: { parkId: 'yizhang-fluorochemical-industrial-park', regionCode: '36' } });
    expect(elsewhere.projects.totalCount).toBe(0);
  });
});

describe('projects: paging and aggregates', () => {
  it('pages through every project once, by investment (largest first, unknown last, then id), with aggregates equal to the sum of the pages', async () => {
    const all = await probe(db, 'MATCH (p:Project) RETURN p.id AS id, p.investmentCny AS investmentCny');
    const expected = [...all]
      .sort((a, b) => (a.investmentCny === null ? 1 : 0) - (b.investmentCny === null ? 1 : 0) ||
        ((b.investmentCny as number) ?? 0) - ((a.investmentCny as number) ?? 0) || ((a.id as string) < (b.id as string) ? -1 : 1))
      .map((row) => row.id);
    const { nodes, keys, totalCount, aggregate } = await allPages('projects', {}, 5);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expected);
    expect(totalCount).toBe(all.length);
    const summed = projectAggregate(nodes);
    expect(aggregate.count).toBe(summed.count);
    expect(aggregate.totalInvestmentCny).toBe(summed.totalInvestmentCny);
    expect(aggregate.withInvestmentCount).toBe(summed.withInvestmentCount);
    expect(aggregate.byStatus).toEqual(summed.byStatus);
    const group = (g: any) => JSON.stringify([g.key ?? g.chain.key, g.count, g.investmentCny, g.withInvestmentCount]);
    expect(sorted(aggregate.byChain.map(group))).toEqual(sorted(summed.byChain.map(group)));
    // Not a check of complete data: some projects have no amount, and the total covers the others only.
    expect(aggregate.withInvestmentCount).toBeLessThan(aggregate.count);
    const counts = aggregate.byChain.map((g: any) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it.each([
    ['SIGNED_ON', 'ASC', 'signedOn'],
    ['SIGNED_ON', 'DESC', 'signedOn'],
    ['NAME', 'ASC', 'name'],
    ['NAME', 'DESC', 'name'],
    ['INVESTMENT', 'ASC', 'investmentCny'],
  ])('orders by %s %s, unknown values last and ties by id, stable across pages', async (field, direction, property) => {
    const { nodes, keys, totalCount } = await allPages('projects', { orderBy: { field, direction } }, 4);
    expect(keys).toHaveLength(totalCount);
    expect(new Set(keys).size).toBe(totalCount);
    const sign = direction === 'ASC' ? 1 : -1;
    for (let i = 1; i < nodes.length; i += 1) {
      const [a, b] = [nodes[i - 1], nodes[i]];
      const [x, y] = [a[property], b[property]];
      if (x === null) expect(y).toBeNull();
      if (x === null || y === null || x === y) {
        if ((x === null) === (y === null)) expect(a.key < b.key).toBe(true);
        continue;
      }
      expect(sign * (x < y ? -1 : 1)).toBe(-1);
    }
  });

  it('returns an empty page past the end and first: 0 with the totals only', async () => {
    const { projects } = await data(projectPage, { first: 0 });
    expect(projects.edges).toEqual([]);
    expect(projects.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
    expect(projects.totalCount).toBeGreaterThan(0);
    const last = (await data(projectPage, { first: 100 })).projects;
    expect(last.pageInfo.hasNextPage).toBe(false);
    const past = (await data(projectPage, { after: last.pageInfo.endCursor })).projects;
    expect(past.edges).toEqual([]);
    expect(past.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});

describe('projects: filters', () => {
  it('finds a chain’s projects by the segments they add or the chain their article names', async () => {
    for (const chain of ['lithium-battery', 'fluorochemical', 'biomedicine']) {
      const expected = ids(await probe(db, `
        MATCH (p:Project) WHERE p.chain = $chain OR EXISTS { (p)-[:ADDS]->(:Segment)-[:PART_OF]->(:Chain {id: $chain}) }
        RETURN p.id AS id ORDER BY id`, { chain }));
      const { keys, aggregate } = await allPages('projects', { filter: { chainId: chain } }, 100);
      expect(sorted(keys)).toEqual(expected);
      expect(aggregate.byChain.find((g: any) => g.chain.key === chain).count).toBe(expected.length);
    }
    // 氟资源综合利用项目 is put in the fluorochemical chain by its article.
    const { keys } = await allPages('projects', { filter: { chainId: 'Chain:fluorochemical' } }, 100);
    expect(keys).toContain('yizhang-fluorine-resource-utilization');
  });

  it('finds a segment’s projects, and none when the segment is not in the chain also given', async () => {
    const expected = ids(await probe(db, 'MATCH (p:Project)-[:ADDS]->(:Segment {id: $id}) RETURN p.id AS id ORDER BY id', { id: 'lithium-ion-cells' }));
    expect(expected).toEqual(['anzhong-chenzhou', 'keliyuan-chenzhou', 'shanghai-anneng-chenzhou']);
    const { keys } = await allPages('projects', { filter: { segmentId: 'Segment:lithium-ion-cells', chainId: 'lithium-battery' } }, 100);
    expect(sorted(keys)).toEqual(expected);
    const { projects } = await data(projectPage, { filter: { segmentId: 'lithium-ion-cells', chainId: 'biomedicine' } });
    expect(projects.totalCount).toBe(0);
  });

  it('filters by signing date, bounds included', async () => {
    // 000 新干: the capsule and veterinary projects were signed in 峡江县 on 27 February 2024.
    const day = await data(projectPage, { filter: { signedFrom: '2024-02-27', signedTo: '2024-02-27' } });
    expect(sorted(day.projects.edges.map((e: any) => e.node.key))).toEqual(['cizhou-veterinary-tcm-additives-xiajiang', 'gannan-pharma-capsules-xiajiang']);
    const after = await data(projectPage, { filter: { signedFrom: '2024-02-28' } });
    const expected = ids(await probe(db, 'MATCH (p:Project) WHERE p.signedOn >= date("2024-02-28") RETURN p.id AS id'));
    expect(after.projects.totalCount).toBe(expected.length);
  });

  it('filters by investment, bounds included, leaving out projects without an amount', async () => {
    const { projects } = await data(projectPage, { filter: { minInvestmentCny: 19_800_000_000, maxInvestmentCny: 40_600_000_000 }, orderBy: { field: 'INVESTMENT', direction: 'ASC' } });
    expect(projects.edges.map((e: any) => e.node.key)).toEqual(['keliyuan-chenzhou', 'anzhong-chenzhou', 'shanghai-anneng-chenzhou']);
    expect(projects.aggregate.totalInvestmentCny).toBe(86_400_000_000);
  });

  it('filters by several statuses, and combines every filter given', async () => {
    const expected = ids(await probe(db, "MATCH (p:Project) WHERE p.status IN ['under_construction', 'in_production'] RETURN p.id AS id ORDER BY id"));
    const { keys, aggregate } = await allPages('projects', { filter: { status: ['UNDER_CONSTRUCTION', 'IN_PRODUCTION'] } }, 100);
    expect(sorted(keys)).toEqual(expected);
    expect(aggregate.byStatus.map((g: any) => g.status)).toEqual(['UNDER_CONSTRUCTION', 'IN_PRODUCTION']);
    const inChenzhou = new Set(ids(await probe(db, projectsUnder, { code: '4310' })));
    const fluorochemicalBuilding = ids(await probe(db, `
      MATCH (p:Project) WHERE p.status = 'under_construction'
        AND (p.chain = 'fluorochemical' OR EXISTS { (p)-[:ADDS]->(:Segment)-[:PART_OF]->(:Chain {id: 'fluorochemical'}) })
      RETURN p.id AS id ORDER BY id`)).filter((id) => inChenzhou.has(id));
    expect(fluorochemicalBuilding).toContain('yizhang-lipf6-30000t');
    const combined = await allPages('projects', { filter: { regionCode: '4310', status: ['UNDER_CONSTRUCTION'], chainId: 'fluorochemical' } }, 100);
    expect(sorted(combined.keys)).toEqual(fluorochemicalBuilding);
  });

  it('finds the same projects by text in Traditional and Simplified characters', async () => {
    const simplified = await allPages('projects', { filter: { text: '科力远' } }, 100);
    const traditional = await allPages('projects', { filter: { text: '科力遠' } }, 100);
    expect(simplified.keys).toEqual(['keliyuan-chenzhou']);
    expect(traditional.keys).toEqual(simplified.keys);
    // 六氟磷酸锂 / 六氟磷酸鋰: part of a name.
    const lipf6 = await allPages('projects', { filter: { text: '六氟磷酸鋰' } }, 100);
    expect(lipf6.keys).toEqual(['yizhang-lipf6-30000t']);
  });
});

describe('firms', () => {
  it.each(['4310', '3608', '36', '360824'])('region %s lists exactly the firms located in it, its counties and their parks', async (code) => {
    const expected = ids(await probe(db, firmsUnder, { code }));
    const { keys, totalCount } = await allPages('firms', { filter: { regionCode: code } }, 3);
    expect(totalCount).toBe(expected.length);
    expect(sorted(keys)).toEqual(expected);
  });

  it('counts 湖南贝泓新材料 (宜章氟化学工业园, 宜章县) among 郴州市’s firms', async () => {
    const { keys } = await allPages('firms', { filter: { regionCode: '431000' } }, 100);
    expect(keys).toEqual(expect.arrayContaining(['hunan-beihong-new-materials', 'jingui-silver', 'hongchen-technology']));
  });

  it('pages through every firm once by name, and counts the chains they make over all pages', async () => {
    // Every firm of the seed and the fixture has a place, a segment or a project, so no place means all of them.
    const all = await probe(db, 'MATCH (f:Firm) RETURN f.id AS id, f.name AS name');
    const expected = [...all].sort((a, b) => ((a.name as string) < (b.name as string) ? -1 : (a.name as string) > (b.name as string) ? 1 : (a.id as string) < (b.id as string) ? -1 : 1)).map((r) => r.id);
    const { nodes, keys, totalCount, aggregate } = await allPages('firms', { orderBy: { field: 'NAME', direction: 'ASC' } }, 9);
    expect(totalCount).toBe(all.length);
    expect(keys).toEqual(expected);
    const chainCounts = new Map<string, number>();
    for (const firm of nodes) for (const key of new Set<string>(firm.makes.map((s: any) => s.chain.key))) chainCounts.set(key, (chainCounts.get(key) ?? 0) + 1);
    expect(aggregate.count).toBe(totalCount);
    expect(sorted(aggregate.byChain.map((g: any) => `${g.chain.key}:${g.count}`))).toEqual(sorted([...chainCounts].map(([key, count]) => `${key}:${count}`)));
  });

  it('orders by project count and by investment, largest first, firms without investment last', async () => {
    const byCount = await allPages('firms', { orderBy: { field: 'PROJECT_COUNT' } }, 20);
    const counts = byCount.nodes.map((f: any) => f.projects.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const byInvestment = await allPages('firms', { filter: { regionCode: '43' }, orderBy: { field: 'INVESTMENT', direction: 'DESC' } }, 20);
    const totals = byInvestment.nodes.map((f: any) => {
      const amounts = f.projects.map((p: any) => p.investmentCny).filter((v: number | null) => v !== null);
      return amounts.length ? amounts.reduce((a: number, b: number) => a + b, 0) : null;
    });
    const known = totals.filter((t: number | null) => t !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(totals.slice(known.length).every((t: number | null) => t === null)).toBe(true);
  });

  it('finds a chain’s makers wherever they are, those with no known place included', async () => {
    const expected = ids(await probe(db, 'MATCH (f:Firm)-[:MAKES]->(:Segment)-[:PART_OF]->(:Chain {id: $chain}) RETURN DISTINCT f.id AS id ORDER BY id', { chain: 'lithium-battery' }));
    expect(expected).toEqual(['anzhong', 'dazhong-mining', 'keliyuan', 'shanghai-anneng']);
    const { keys, aggregate } = await allPages('firms', { filter: { chainId: 'lithium-battery' } }, 100);
    expect(sorted(keys)).toEqual(expected);
    expect(aggregate.byChain).toEqual([{ chain: { key: 'lithium-battery' }, count: 4 }]);
    const inChenzhou = await data(firmPage, { filter: { chainId: 'lithium-battery', regionCode: '4310' } });
    expect(inChenzhou.firms.totalCount).toBe(0);
  });

  it('finds a segment’s makers in a park', async () => {
    const { keys } = await allPages('firms', { filter: { segmentId: 'fluoropolymers', parkId: 'yizhang-fluorochemical-industrial-park' } }, 100);
    expect(keys).toEqual(['hunan-beihong-new-materials']);
    const everywhere = ids(await probe(db, 'MATCH (f:Firm)-[:MAKES]->(:Segment {id: "fluoropolymers"}) RETURN f.id AS id ORDER BY id'));
    const { keys: all } = await allPages('firms', { filter: { segmentId: 'fluoropolymers' } }, 100);
    expect(sorted(all)).toEqual(everywhere);
  });

  it('finds 金贵银业 by its name in Traditional or Simplified characters', async () => {
    const simplified = await allPages('firms', { filter: { text: '金贵银业' } }, 100);
    const traditional = await allPages('firms', { filter: { text: ' 金貴銀業 ' } }, 100);
    expect(simplified.keys).toEqual(['jingui-silver']);
    expect(traditional.keys).toEqual(simplified.keys);
  });
});

// A roster import gives the fixture's fx-f1, fx-f2 and fx-f3 (测试县甲, province 99) a registration
// status and tags, in a transaction rolled back afterwards.
describe('firms: registration status and tags from a roster import', () => {
  const statusPage = `query($filter: FirmFilter) { firms(filter: $filter, first: 100) { totalCount edges { node { key registryStatus tags } } } }`;

  it('filters by any of the statuses given and by a part of a tag, case-insensitive; unknown status and blank tag as told', async () => {
    const answers = await inRolledBackTransaction(async (txDb, tx) => {
      await tx.run({ name: 'test/set-registry', text: `
        MATCH (f1:Firm {id: 'fx-f1'}), (f2:Firm {id: 'fx-f2'}), (f3:Firm {id: 'fx-f3'})
        SET f1.status = 'deregistered', f1.tags = ['高新技术企业'], f2.status = 'active', f2.tags = ['专精特新中小企业'],
            f3.status = 'active', f3.tags = ['专精特新"小巨人"企业', 'A股上市']` });
      const ask = graphqlData(txDb);
      const keysOf = async (filter: Record<string, unknown>) => (await ask(statusPage, { filter })).firms.edges.map((e: any) => e.node.key).sort();
      return {
        deregistered: (await ask(statusPage, { filter: { regionCode: '99', registryStatus: ['DEREGISTERED'] } })).firms.edges.map((e: any) => e.node),
        active: await keysOf({ regionCode: '99', registryStatus: ['ACTIVE'] }),
        either: await keysOf({ regionCode: '99', registryStatus: ['ACTIVE', 'DEREGISTERED'] }),
        anyStatus: await keysOf({ regionCode: '99', registryStatus: [] }),
        all: await keysOf({ regionCode: '99' }),
        specialised: await keysOf({ regionCode: '99', tag: '专精特新' }),
        giant: await keysOf({ regionCode: '99', tag: ' 小巨人 ', registryStatus: ['ACTIVE'] }),
        listed: await keysOf({ tag: 'a股上市' }),
        blank: await keysOf({ regionCode: '99', tag: '  ' }),
      };
    });
    expect(answers.deregistered).toEqual([{ key: 'fx-f1', registryStatus: 'DEREGISTERED', tags: ['高新技术企业'] }]);
    expect(answers.active).toEqual(['fx-f2', 'fx-f3']);
    expect(answers.either).toEqual(['fx-f1', 'fx-f2', 'fx-f3']);
    // Firms of unknown status (every other firm of 99) match only without a status filter.
    expect(answers.anyStatus).toEqual(answers.all);
    expect(answers.all.length).toBeGreaterThan(3);
    expect(answers.specialised).toEqual(['fx-f2', 'fx-f3']);
    expect(answers.giant).toEqual(['fx-f3']);
    expect(answers.listed).toEqual(['fx-f3']);
    expect(answers.blank).toEqual(answers.all);
  });
});

describe('bad arguments', () => {
  const projectsTotal = 'query($filter: ProjectFilter, $first: Int, $after: String) { projects(filter: $filter, first: $first, after: $after) { totalCount } }';
  const firmsTotal = 'query($filter: FirmFilter) { firms(filter: $filter) { totalCount } }';

  it.each([
    [{ regionCode: '43-10' }, 'BAD_REGION_CODE', '43-10'],
    [{ regionCode: '970000' }, 'BAD_FILTER', '97'],
    [{ regionCode: '431099' }, 'BAD_FILTER', '431099'],
    [{ chainId: 'no-such-chain' }, 'BAD_FILTER', 'no-such-chain'],
    [{ segmentId: 'no-such-segment' }, 'BAD_FILTER', 'no-such-segment'],
    [{ parkId: 'no-such-park' }, 'BAD_FILTER', 'no-such-park'],
    [{ chainId: 'Firm:jingui-silver' }, 'BAD_ID', 'Firm:jingui-silver'],
    [{ signedFrom: '2024-03-01', signedTo: '2024-02-01' }, 'BAD_FILTER', '2024-03-01'],
    [{ signedFrom: '2024-02-30' }, 'BAD_FILTER', '2024-02-30'],
    [{ signedTo: '2024/02/01' }, 'BAD_FILTER', '2024/02/01'],
    [{ minInvestmentCny: 2e10, maxInvestmentCny: 1e10 }, 'BAD_FILTER', 'minInvestmentCny'],
  ])('projects(filter: %j) → %s naming %s', async (filter, code, named) => {
    const error = await errorOf(projectsTotal, { filter });
    expect(error.extensions?.code).toBe(code);
    expect(error.message).toContain(named);
  });

  it('accepts a region that exists only in the fixture provinces (98) as known', async () => {
    const { projects } = await data(projectsTotal, { filter: { regionCode: '98' } });
    expect(projects.totalCount).toBe(ids(await probe(db, projectsUnder, { code: '98' })).length);
  });

  it.each([
    [{ regionCode: 'x' }, 'BAD_REGION_CODE'],
    [{ chainId: 'no-such-chain' }, 'BAD_FILTER'],
    [{ segmentId: 'Segment:no-such-segment' }, 'BAD_FILTER'],
    [{ parkId: 'Park:no-such-park' }, 'BAD_FILTER'],
  ])('firms(filter: %j) → %s', async (filter, code) => {
    expect((await errorOf(firmsTotal, { filter })).extensions?.code).toBe(code);
  });

  it('refuses pages above 100 or below 0 with BAD_PAGE_SIZE', async () => {
    expect((await errorOf(projectsTotal, { first: 101 })).extensions?.code).toBe('BAD_PAGE_SIZE');
    expect((await errorOf(projectsTotal, { first: -1 })).extensions?.code).toBe('BAD_PAGE_SIZE');
    expect((await errorOf('{ firms(first: 500) { totalCount } }')).extensions?.code).toBe('BAD_PAGE_SIZE');
  });

  it('refuses a cursor it did not make, including another list’s, with BAD_CURSOR', async () => {
    const { region } = await data('{ region(code: "36") { children(first: 1) { pageInfo { endCursor } } } }');
    for (const after of ['not-a-cursor', region.children.pageInfo.endCursor, Buffer.from('cursor:offset:-1').toString('base64url')]) {
      expect((await errorOf(projectsTotal, { after })).extensions?.code).toBe('BAD_CURSOR');
    }
  });
});

describe('one round trip per list', () => {
  it('answers the page, total and aggregates in one statement, then loads the page’s nodes in one batch', async () => {
    for (const [text, list, nodes] of [
      [projectPage, 'listing/list-projects', 'project/find-projects-by-id'],
      [firmPage, 'listing/list-firms', 'firm/find-firms-by-id'],
    ] as const) {
      const names: string[] = [];
      const stop = db.onQuery((q) => names.push(q.name));
      try {
        await data(text, { filter: { regionCode: '4310' }, first: 10 });
      } finally {
        stop();
      }
      expect(names.filter((name) => name === list)).toHaveLength(1);
      expect(names.filter((name) => name === nodes)).toHaveLength(1);
    }
  });

  it('sends nothing but the list statement for totals and figures of a place', async () => {
    const names: string[] = [];
    const stop = db.onQuery((q) => names.push(q.name));
    try {
      await data('{ projects(filter: {regionCode: "36"}) { totalCount aggregate { count totalInvestmentCny byStatus { status count } } } }');
    } finally {
      stop();
    }
    expect(names).toEqual(['listing/list-projects']);
  });
});

describe('query plans', () => {
  /** The rows of every step whose details match: how much of the graph that part of the plan read. */
  const rowsOf = (steps: PlanStep[], details: RegExp) => steps.filter((step) => details.test(step.details)).reduce((sum, step) => sum + step.rows!, 0);
  const scansOfFirmOrProject = (steps: PlanStep[]) => steps.filter((step) => /Scan/.test(step.operator) && /:(Firm|Project)\b/.test(step.details));

  it.each([
    ['listing/list-projects', projectPage],
    ['listing/list-firms', firmPage],
  ])('%s anchors on Region and Park by index; only a whole-country listing reads the :Firm or :Project label', async (name, text) => {
    const plan = await planSteps(cypher(name).text);
    const seeks = plan.filter((step) => step.operator.startsWith('NodeUniqueIndexSeek')).map((step) => step.details);
    expect(seeks).toContainEqual(expect.stringContaining(':Region(code)'));
    expect(seeks).toContainEqual(expect.stringContaining(':Park(id)'));
    // The plan has the scan (the whole country's branch), but a place's listing never runs it.
    expect(scansOfFirmOrProject(plan)).toHaveLength(1);
    for (const filter of [{ regionCode: '3608' }, { parkId: 'Park:yizhang-fluorochemical-industrial-park' }]) {
      const steps = await profileAsSent(db, name, () => data(text, { filter, first: 5 }));
      expect(scansOfFirmOrProject(steps).map((step) => step.rows), JSON.stringify(filter)).toEqual([0]);
    }
    const everywhere = await profileAsSent(db, name, () => data(text, { first: 5 }));
    expect(scansOfFirmOrProject(everywhere)[0]!.rows).toBeGreaterThan(0);
    // …and the whole country is that scan alone, not also a walk down from every province.
    expect(rowsOf(everywhere, /:Region\(code\)/)).toBe(0);
  });

  it.each([
    ['listing/list-projects', '{ projects(first: 5) { totalCount aggregate { count byStatus { status count } } } }', projectPage],
    ['listing/list-firms', '{ firms(first: 5) { totalCount aggregate { count } } }', firmPage],
  ])('%s reads the chains of the matches only when byChain is asked for', async (name, without, withByChain) => {
    const chainsRead = async (text: string) =>
      rowsOf((await profileAsSent(db, name, () => data(text, { first: 5 }))).filter((step) => /Expand/.test(step.operator)), /:PART_OF\]->/);
    expect(await chainsRead(without)).toBe(0);
    expect(await chainsRead(withByChain)).toBeGreaterThan(0);
  });

  it('reads the firms’ projects for the page only when the order needs them', async () => {
    const profile = (field: string) => profileAsSent(db, 'listing/list-firms', () => data(firmPage, { filter: { regionCode: '43' }, orderBy: { field }, first: 5 }));
    // The sort key is one expression: by name it reads one property per firm, by projects more.
    const sortKey = (steps: PlanStep[]) => steps.find((step) => /AS sortKey$/.test(step.details))!;
    const byName = await profile('NAME');
    expect(rowsOf(byName.filter((step) => /Expand/.test(step.operator)), /:BY\]/)).toBe(0);
    expect(sortKey(byName).dbHits).toBe(sortKey(byName).rows);
    for (const field of ['PROJECT_COUNT', 'INVESTMENT']) {
      const steps = await profile(field);
      expect(sortKey(steps).dbHits, field).toBeGreaterThan(sortKey(steps).rows!);
    }
  });
});
