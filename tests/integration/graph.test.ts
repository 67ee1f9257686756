import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';
import { profileAsSent } from '../helpers/plan.ts';
import { probe } from '../helpers/probe.ts';

// Read-only: the database is shared with test files that compare counts.
const db = await testDatabase();
const query = graphqlClient(db);

const LABELS = ['Region', 'Park', 'Firm', 'Chain', 'Segment', 'Project', 'Source', 'Observation', 'Statement'];
/** A node's global id, computed by the probes themselves rather than by the code under test. */
const gid = (v: string) => `head([l IN labels(${v}) WHERE l IN $labels]) + ':' + coalesce(${v}.code, ${v}.id)`;

/** 吉安市's 13 county-level divisions (GB/T 2260). */
const JIAN_COUNTIES = [
  '360802', '360803', '360821', '360822', '360823', '360824', '360825',
  '360826', '360827', '360828', '360829', '360830', '360881',
].map((code) => `Region:${code}`);

interface GraphNode { id: string; type: string; label: string; properties: Record<string, unknown> }
interface GraphEdge { id: string; source: string; target: string; type: string }
interface Subgraph { nodes: GraphNode[]; edges: GraphEdge[]; center: string | null; omitted: number; truncated: boolean }
interface GraphPath { nodes: GraphNode[]; edges: GraphEdge[]; length: number }

const SUBGRAPH = 'center omitted truncated nodes { id type label properties } edges { id source target type }';
const PATH = 'length nodes { id type label } edges { id source target type }';

async function neighborhood(args: string): Promise<Subgraph | null> {
  const { data, errors } = await query<{ neighborhood: Subgraph | null }>(`{ neighborhood(${args}) { ${SUBGRAPH} } }`);
  expect(errors).toBeUndefined();
  return data!.neighborhood;
}

async function paths(args: string): Promise<GraphPath[]> {
  const { data, errors } = await query<{ paths: GraphPath[] }>(`{ paths(${args}) { ${PATH} } }`);
  expect(errors).toBeUndefined();
  return data!.paths;
}

async function errorCode(text: string): Promise<string | undefined> {
  const { errors } = await query(text);
  expect(errors).toHaveLength(1);
  return errors![0]!.extensions?.code;
}

/** The global ids of the nodes within `depth` relationships of a region, itself left out. */
async function regionReach(code: string, depth: number): Promise<string[]> {
  // Only through nodes a global id names: the rules behind the graph (industry codes, rosters) are no neighbours.
  const [row] = await probe(
    db,
    `MATCH p = (c:Region {code: $code})-[*1..${depth}]-(m) WHERE m <> c AND all(n IN nodes(p) WHERE any(l IN labels(n) WHERE l IN $labels))
     RETURN collect(DISTINCT ${gid('m')}) AS ids`,
    { code, labels: LABELS },
  );
  return (row!.ids as string[]).sort();
}

/** Every relationship among the nodes within `depth` relationships of a region, as edge ids. */
async function regionReachEdges(code: string, depth: number): Promise<string[]> {
  const rows = await probe(
    db,
    `MATCH p = (c:Region {code: $code})-[*0..${depth}]-(m) WHERE all(n IN nodes(p) WHERE any(l IN labels(n) WHERE l IN $labels))
     WITH collect(DISTINCT m) AS inside
     UNWIND inside AS a MATCH (a)-[r]->(b) WHERE b IN inside
     RETURN DISTINCT type(r) + ':' + ${gid('a')} + '->' + ${gid('b')} AS id`,
    { code, labels: LABELS },
  );
  return rows.map((row) => row.id as string).sort();
}

const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

/** What a canvas needs: unique ids, and edges whose ends are among the nodes. */
function expectWellFormed(graph: { nodes: GraphNode[]; edges: GraphEdge[] }) {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  expect(nodeIds.size).toBe(graph.nodes.length);
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  for (const edge of graph.edges) {
    expect(nodeIds).toContain(edge.source);
    expect(nodeIds).toContain(edge.target);
    expect(edge.id).toBe(`${edge.type}:${edge.source}->${edge.target}`);
  }
  for (const node of graph.nodes) expect(node.properties).not.toHaveProperty('searchText');
}

describe('neighborhood', () => {
  it('around 吉安市 at depth 1 has its 13 counties, its province 江西省, and every neighbour when the limit allows', async () => {
    const graph = (await neighborhood('id: "Region:3608", limit: 500'))!;
    const truth = await regionReach('3608', 1);
    expect(graph.center).toBe('Region:3608');
    expect(graph.nodes[0]).toMatchObject({ id: 'Region:3608', type: 'Region', label: '吉安市', properties: { code: '3608', name: '吉安市', level: 'city' } });
    expect(ids(graph.nodes)).toEqual([...truth, 'Region:3608'].sort());
    for (const county of JIAN_COUNTIES) expect(ids(graph.nodes)).toContain(county);
    expect(graph.nodes.find((n) => n.id === 'Region:36')).toMatchObject({ type: 'Region', label: '江西省' });
    expect(graph.edges).toContainEqual({ id: 'PART_OF:Region:360824->Region:3608', source: 'Region:360824', target: 'Region:3608', type: 'PART_OF' });
    expect(graph.edges).toContainEqual({ id: 'PART_OF:Region:3608->Region:36', source: 'Region:3608', target: 'Region:36', type: 'PART_OF' });
    expect({ omitted: graph.omitted, truncated: graph.truncated }).toEqual({ omitted: 0, truncated: false });
    expect(ids(graph.edges)).toEqual(await regionReachEdges('3608', 1));
    expectWellFormed(graph);
  });

  it('keeps at most `limit` neighbours and counts exactly the ones it leaves out', async () => {
    const truth = (await regionReach('3608', 1)).length;
    expect(truth).toBeGreaterThan(50);
    const five = (await neighborhood('id: "Region:3608", limit: 5'))!;
    expect(five.nodes).toHaveLength(1 + 5);
    expect({ omitted: five.omitted, truncated: five.truncated }).toEqual({ omitted: truth - 5, truncated: true });
    expectWellFormed(five);
    const byDefault = (await neighborhood('id: "Region:3608"'))!;
    expect(byDefault.nodes).toHaveLength(1 + 50);
    expect(byDefault.omitted).toBe(truth - 50);
  });

  it('gives the same page on every call', async () => {
    const [a, b] = await Promise.all([neighborhood('id: "Region:3608", limit: 7'), neighborhood('id: "Region:3608", limit: 7')]);
    expect(a).toEqual(b);
  });

  it('keeps only the kinds asked for', async () => {
    const regions = (await neighborhood('id: "Region:3608", limit: 500, types: [REGION]'))!;
    expect(ids(regions.nodes)).toEqual([...JIAN_COUNTIES, 'Region:36', 'Region:3608'].sort());
    expect(regions.omitted).toBe(0);

    const [row] = await probe(db, `MATCH (:Region {code: '3608'})--(m) WHERE m:Firm OR m:Park RETURN collect(DISTINCT ${gid('m')}) AS ids`, { labels: LABELS });
    const firmsAndParks = (await neighborhood('id: "Region:3608", limit: 500, types: [FIRM, PARK]'))!;
    expect((row!.ids as string[]).length).toBeGreaterThan(0);
    expect(ids(firmsAndParks.nodes)).toEqual([...(row!.ids as string[]), 'Region:3608'].sort());
    expect(new Set(firmsAndParks.nodes.slice(1).map((n) => n.type))).toEqual(new Set(['Firm', 'Park']));
    expectWellFormed(firmsAndParks);
  });

  it('at depth 2 and 3 has every node within reach and every relationship among them, in one query per level', async () => {
    for (const depth of [2, 3]) {
      const names: string[] = [];
      const stop = db.onQuery((q) => names.push(q.name));
      const graph = (await neighborhood(`id: "Region:3608", depth: ${depth}, limit: 500`))!;
      stop();
      const truth = await regionReach('3608', depth);
      expect(truth.length).toBeLessThanOrEqual(500);
      expect(ids(graph.nodes)).toEqual([...truth, 'Region:3608'].sort());
      expect(ids(graph.edges)).toEqual(await regionReachEdges('3608', depth));
      expect(graph.omitted).toBe(0);
      expect(names).toEqual(Array(depth).fill('graph/neighborhood'));
      expectWellFormed(graph);
    }
  });

  it('at depth 2 spends the limit level by level and counts every node it leaves out once', async () => {
    const within2 = (await regionReach('3608', 2)).length;
    const graph = (await neighborhood('id: "Region:3608", depth: 2, limit: 100'))!;
    expect(graph.nodes).toHaveLength(1 + 100);
    // All 65 neighbours fit, so only nodes two steps away are left out.
    expect(ids(graph.nodes)).toEqual(expect.arrayContaining(await regionReach('3608', 1)));
    expect(graph.omitted).toBe(within2 - 100);
    expect(graph.truncated).toBe(true);
    expectWellFormed(graph);
  });

  it('reaches figures and statements, with a caption for each', async () => {
    const city = (await neighborhood('id: "Region:3608", limit: 500'))!;
    const figure = city.nodes.find((n) => n.type === 'Observation' && n.properties.indicator === 'industrial_value_added_growth' && n.properties.period === '2019-01/2019-11')!;
    expect(figure).toMatchObject({ label: 'industrial_value_added_growth 2019-01/2019-11 9', properties: { value: 9, unit: 'percent' } });
    expect(figure.id).toBe(`Observation:${figure.properties.id}`);

    const [row] = await probe(db, `MATCH (s:Statement)-[:FROM]->(src:Source) RETURN s.id AS id, src.id AS source, src.title AS title ORDER BY s.id LIMIT 1`);
    const statement = (await neighborhood(`id: "Statement:${row!.id}"`))!;
    expect(statement.nodes.map((n) => n.type)).toEqual(['Statement', 'Source']);
    expect(statement.nodes[1]).toMatchObject({ id: `Source:${row!.source}`, label: row!.title });
    expect(statement.edges).toEqual([{ id: `FROM:Statement:${row!.id}->Source:${row!.source}`, source: `Statement:${row!.id}`, target: `Source:${row!.source}`, type: 'FROM' }]);
  });

  it('names an observation’s indicator in both languages, and no other node’s', async () => {
    const { data } = await query<{ neighborhood: { nodes: (GraphNode & { indicatorName: string | null; indicatorNameEn: string | null })[] } }>(
      '{ neighborhood(id: "Region:3608", limit: 500) { nodes { type properties indicatorName indicatorNameEn } } }',
    );
    const nodes = data!.neighborhood.nodes;
    const growth = nodes.find((n) => n.type === 'Observation' && n.properties.indicator === 'industrial_value_added_growth')!;
    // seed/indicators.yaml
    expect(growth).toMatchObject({ indicatorName: '规模以上工业增加值同比增速', indicatorNameEn: expect.stringMatching(/^Year-on-year growth/) });
    expect(nodes.filter((n) => n.type !== 'Observation').every((n) => n.indicatorName === null && n.indicatorNameEn === null)).toBe(true);
  });

  // 2612 无机碱制造 names caustic soda, soda ash and lithium hydroxide: the rule is no link between them.
  it('shows none of the rules behind the graph: no industry code next to a segment, none on a path between two it names', async () => {
    const [{ codes }] = (await probe(db, `MATCH (:IndustryCode)-[:NAMES]->(s:Segment {id: 'caustic-soda'}) RETURN count(*) AS codes`)) as [{ codes: number }];
    expect(codes).toBeGreaterThan(0);
    const graph = (await neighborhood('id: "Segment:caustic-soda", limit: 500'))!;
    expect(graph.nodes.length).toBeGreaterThan(1);
    for (const node of graph.nodes) expect(LABELS).toContain(node.type);
    const between = await paths('fromId: "Segment:soda-ash", toId: "Segment:lithium-hydroxide", maxHops: 2');
    for (const path of between) for (const node of path.nodes) expect(LABELS).toContain(node.type);
  });

  it('is null for an id that names nothing', async () => {
    expect(await neighborhood('id: "Region:999999"')).toBeNull();
    expect(await neighborhood('id: "Firm:no-such-firm"')).toBeNull();
    expect(await neighborhood('id: "Planet:earth"')).toBeNull();
  });

  it('refuses bad arguments with a code', async () => {
    expect(await errorCode('{ neighborhood(id: "Region:3608", depth: 0) { center } }')).toBe('BAD_DEPTH');
    expect(await errorCode('{ neighborhood(id: "Region:3608", depth: 4) { center } }')).toBe('BAD_DEPTH');
    expect(await errorCode('{ neighborhood(id: "Region:3608", limit: 0) { center } }')).toBe('BAD_PAGE_SIZE');
    expect(await errorCode('{ neighborhood(id: "Region:3608", limit: 501) { center } }')).toBe('BAD_PAGE_SIZE');
    expect(await errorCode('{ neighborhood(id: "3608") { center } }')).toBe('BAD_ID');
  });
});

describe('paths', () => {
  it('joins 金贵银业 to 宝山矿业 by its acquisition, in one hop, shortest first', async () => {
    const found = await paths('fromId: "Firm:jingui-silver", toId: "Firm:baoshan-mining"');
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(3);
    expect(found[0]).toEqual({
      length: 1,
      nodes: [
        { id: 'Firm:jingui-silver', type: 'Firm', label: '金贵银业' },
        { id: 'Firm:baoshan-mining', type: 'Firm', label: '宝山矿业' },
      ],
      edges: [{ id: 'ACQUIRES:Firm:jingui-silver->Firm:baoshan-mining', source: 'Firm:jingui-silver', target: 'Firm:baoshan-mining', type: 'ACQUIRES' }],
    });
    const lengths = found.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of found) {
      expect(path.length).toBeLessThanOrEqual(4);
      expect(path.nodes).toHaveLength(path.length + 1);
      expect(path.edges).toHaveLength(path.length);
      path.edges.forEach((edge, i) => {
        expect([edge.source, edge.target].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
      });
    }
  });

  it('leads from 新干县 up to 江西省 through 吉安市, and not within one hop', async () => {
    const [shortest] = await paths('fromId: "Region:360824", toId: "Region:36"');
    expect(shortest).toEqual({
      length: 2,
      nodes: [
        { id: 'Region:360824', type: 'Region', label: '新干县' },
        { id: 'Region:3608', type: 'Region', label: '吉安市' },
        { id: 'Region:36', type: 'Region', label: '江西省' },
      ],
      edges: [
        { id: 'PART_OF:Region:360824->Region:3608', source: 'Region:360824', target: 'Region:3608', type: 'PART_OF' },
        { id: 'PART_OF:Region:3608->Region:36', source: 'Region:3608', target: 'Region:36', type: 'PART_OF' },
      ],
    });
    expect(await paths('fromId: "Region:360824", toId: "Region:36", maxHops: 1')).toEqual([]);
  });

  it('finds paths as short as Neo4j’s own shortestPath, and no more than `first`', async () => {
    const [row] = await probe(db, `MATCH (a:Firm {id: 'jingui-silver'}), (b:Region {code: '360824'}), p = shortestPath((a)-[*..6]-(b)) RETURN length(p) AS length`);
    const found = await paths('fromId: "Firm:jingui-silver", toId: "Region:360824", maxHops: 6, first: 10');
    expect(found[0]!.length).toBe(row!.length);
    expect(found.length).toBeLessThanOrEqual(10);
    expect((await paths('fromId: "Firm:jingui-silver", toId: "Region:360824", maxHops: 6, first: 1')).length).toBe(1);
  });

  it('from a node to itself is the node alone', async () => {
    expect(await paths('fromId: "Region:36", toId: "Region:36"')).toEqual([{ length: 0, nodes: [{ id: 'Region:36', type: 'Region', label: '江西省' }], edges: [] }]);
  });

  // A bound that only filtered the paths found would let SHORTEST 10 search 6 hops for ten paths:
  // at 1M firms, 1.4 s from a firm to itself and 6 s between two firms with maxHops 1.
  it('searches only as far as maxHops, and not at all from a node to itself', async () => {
    const searches = async (args: string) =>
      (await profileAsSent(db, 'graph/paths', () => paths(args)))
        .filter((step) => step.operator.startsWith('StatefulShortestPath'))
        .map((step) => ({ bound: /\{1, (\d)\}/.exec(step.details)?.[1], searched: step.dbHits! > 0 }));
    const bounds = ['1', '2', '3', '4', '5', '6'];
    expect(await searches('fromId: "Region:36", toId: "Region:36", maxHops: 6')).toEqual(bounds.map((bound) => ({ bound, searched: false })));
    expect(await searches('fromId: "Firm:jingui-silver", toId: "Region:36", maxHops: 2')).toEqual(
      bounds.map((bound) => ({ bound, searched: bound === '2' })),
    );
  });

  it('is empty when an id names nothing', async () => {
    expect(await paths('fromId: "Region:999999", toId: "Region:36"')).toEqual([]);
    expect(await paths('fromId: "Region:36", toId: "Firm:no-such-firm"')).toEqual([]);
    expect(await paths('fromId: "Planet:earth", toId: "Region:36"')).toEqual([]);
  });

  it('refuses bad arguments with a code', async () => {
    const ends = 'fromId: "Region:360824", toId: "Region:36"';
    expect(await errorCode(`{ paths(${ends}, maxHops: 0) { length } }`)).toBe('BAD_DEPTH');
    expect(await errorCode(`{ paths(${ends}, maxHops: 7) { length } }`)).toBe('BAD_DEPTH');
    expect(await errorCode(`{ paths(${ends}, first: 0) { length } }`)).toBe('BAD_PAGE_SIZE');
    expect(await errorCode(`{ paths(${ends}, first: 11) { length } }`)).toBe('BAD_PAGE_SIZE');
    expect(await errorCode('{ paths(fromId: "Region:36", toId: "not an id") { length } }')).toBe('BAD_ID');
    expect(await errorCode('{ paths(fromId: ":36", toId: "Region:36") { length } }')).toBe('BAD_ID');
  });
});
