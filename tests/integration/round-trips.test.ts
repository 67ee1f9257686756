import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

const db = await testDatabase();
const query = graphqlClient(db);

/** The answer to one GraphQL request and the named queries it sent to Neo4j. */
async function traced(text: string): Promise<{ data: any; names: string[] }> {
  const names: string[] = [];
  const stop = db.onQuery((q) => names.push(q.name));
  try {
    const { data, errors } = await query(text);
    expect(errors).toBeUndefined();
    return { data, names };
  } finally {
    stop();
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
    expect(names.filter((name) => name === 'chain-map/chain-coverage')).toHaveLength(1);
    expect(mostRepeated(names)).toBeLessThanOrEqual(2);
    expect(names.length).toBeLessThan(items);
  });

  it('a province’s firms with their products, places and projects take a few batched statements, not one per firm', async () => {
    const { data, names } = await traced(`{ region(code: "43") { firms { name makes { name chain { name } } park { name } region { name } projects { adds { name } } } } }`);
    expect(data.region.firms.length).toBeGreaterThan(5);
    expect(mostRepeated(names)).toBeLessThanOrEqual(3);
    expect(names.length).toBeLessThanOrEqual(12);
  });
});
