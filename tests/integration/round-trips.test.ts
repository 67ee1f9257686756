import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData } from '../helpers/graphql.ts';

const db = await testDatabase();
const query = graphqlClient(db);
const data = graphqlData(db);

/**
 * The answer to one GraphQL request, the named queries it sent to Neo4j, and how many statements
 * were under way as each one started (both of two sent at once start before either ends: 1, 2).
 */
async function traced(text: string): Promise<{ data: any; names: string[]; inFlight: number[] }> {
  const names: string[] = [];
  const inFlight: number[] = [];
  let running = 0;
  const read = db.read.bind(db);
  db.read = async (...args: Parameters<typeof read>) => {
    names.push(args[0].name);
    inFlight.push(++running);
    try {
      return await read(...args);
    } finally {
      running--;
    }
  };
  try {
    const { data, errors } = await query(text);
    expect(errors).toBeUndefined();
    return { data, names, inFlight };
  } finally {
    db.read = read;
  }
}

/** How often the most repeated statement ran: with N+1 it grows with the number of items. */
const mostRepeated = (names: string[]) => Math.max(...[...new Set(names)].map((n) => names.filter((m) => m === n).length));

describe('round trips', () => {
  it('chainMap sends one statement for the map, then batches per entity type and level', async () => {
    const { data, names } = await traced(`{ chainMap(chainId: "fixture-chain", regionCode: "99", thinThreshold: 1) {
      chain { name segments { name } }
      segments { segment { name chain { name } users { name } } firms { name makes { name } region { name } } projects { name firm { name } } }
      links { from { name } to { name } } } }`);
    const items = data.chainMap.segments.flatMap((s: any) => [...s.firms, ...s.projects]).length;
    expect(items).toBeGreaterThan(8);
    expect(names.filter((name) => name === 'chain-map/chain-map')).toHaveLength(1);
    expect(mostRepeated(names)).toBeLessThanOrEqual(2);
    expect(names.length).toBeLessThan(items);
  });

  it('a province’s firms with their products, places and projects take a few batched statements, not one per firm', async () => {
    const { data, names } = await traced(`{ region(code: "43") { firms { name makes { name chain { name } } park { name } region { name } projects { adds { name } } } } }`);
    expect(data.region.firms.length).toBeGreaterThan(5);
    expect(mostRepeated(names)).toBeLessThanOrEqual(3);
    expect(names.length).toBeLessThanOrEqual(12);
  });

  it('a firm looked up by id comes with its region, park and segments (with their chains) in one round trip', async () => {
    const { data, names, inFlight } = await traced(
      `{ firm(id: "Firm:hunan-beihong-new-materials") { name region { name parent { name } } park { name } makes { name chain { name } } } }`,
    );
    expect(data.firm).toMatchObject({ name: '湖南贝泓新材料', region: { name: '宜章县', parent: { name: '郴州市' } }, park: { name: '宜章氟化学工业园' } });
    expect(data.firm.makes.length).toBeGreaterThan(0);
    expect(data.firm.makes.every((segment: any) => segment.chain.name)).toBe(true);
    expect(names.slice(0, 2).sort()).toEqual(['chain/find-segments-by-id', 'firm/find-firms-by-id']);
    expect(inFlight.slice(0, 2)).toEqual([1, 2]);
    // The region's parent is a level further down the query: the one statement that may follow.
    expect(names.slice(2)).toEqual(['region/find-regions-by-code']);
  });

  it('an analysis of a place reads its derived rows while the place is looked up, not after', async () => {
    const cases = [
      ['{ extensionOpportunities(regionCode: "4310", first: 3) { density } }', 'extension-opportunities/extension-opportunities'],
      ['{ chainMap(chainId: "lithium-battery", regionCode: "4310") { presentCount } }', 'chain-map/chain-map'],
      ['{ chainGaps(chainId: "lithium-battery", regionCode: "4310") { gaps { firmCount } } }', 'chain-map/chain-map'],
    ];
    for (const [text, analysis] of cases) {
      const { names, inFlight } = await traced(text!);
      expect(names.slice(0, 2).sort(), text).toEqual([analysis, 'region/find-regions-by-code'].sort());
      expect(inFlight.slice(0, 2), text).toEqual([1, 2]);
    }
  });

  it('an unknown place is still the error told first when the chain is unknown too', async () => {
    for (const text of ['{ chainMap(chainId: "no-such-chain", regionCode: "999999") { presentCount } }', '{ chainGaps(chainId: "no-such-chain", parkId: "Park:nowhere") { gaps { firmCount } } }']) {
      const { errors } = await query(text);
      expect(errors?.map((e) => e.extensions?.code), text).toEqual(['BAD_PLACE']);
    }
  });

  it('answers a three-level nested query with one query per level, not per item', async () => {
    const names: string[] = [];
    const stop = db.onQuery((q) => names.push(q.name));
    try {
      await data(`{ region(code: "4310") { firms { name makes { name chain { name } } projects { adds { name } } } } }`);
    } finally {
      stop();
    }
    const perQuery = Object.fromEntries([...new Set(names)].map((name) => [name, names.filter((n) => n === name).length]));
    expect(Math.max(...Object.values(perQuery))).toBeLessThanOrEqual(2);
    expect(names.length).toBeLessThanOrEqual(8);
  });

  it('nested children take one statement per level, not one per parent (the issue\'s fan-out)', async () => {
    const { data, names } = await traced(`{ region(code: "36") { children(first: 20) { edges { node { name parent { name }
      children(first: 30) { totalCount edges { node { name parent { name } children(first: 5) { totalCount } } } } } } } } }`);
    const cities = data.region.children.edges;
    const counties = cities.flatMap((city: any) => city.node.children.edges);
    expect(cities.length).toBeGreaterThan(5);
    expect(counties.length).toBeGreaterThan(cities.length);
    // The province, then one statement per level of children and one per level of parents (cached after the first).
    expect(names.filter((name) => name === 'region/list-region-children')).toHaveLength(3);
    expect(names.length).toBeLessThanOrEqual(6);
  });
});
