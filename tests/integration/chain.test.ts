import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData, itLooksUpById, lookUpBothWays } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

// chain(id:) and segment(id:) (api/modules/chain/). Read-only: the database is shared with other test files.
// What a segment lists (its firms and projects) is checked in bounded-lists.test.ts.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];
const chainFields = 'id key name nameEn basis note segments { key stage }';

describe('chain(id:)', () => {
  it('answers every chain by its id and by its global id, with its segments upstream first', async () => {
    const chains = await probe(db, `
      MATCH (c:Chain)
      RETURN c.id AS key, c.name AS name, c.nameEn AS nameEn, c.basis AS basis, c.note AS note,
             COLLECT { MATCH (s:Segment)-[:PART_OF]->(c) RETURN s.id ORDER BY s.id } AS segments
      ORDER BY key`);
    expect(chains.length).toBeGreaterThan(15);
    for (const row of chains) {
      const key = row.key as string;
      const byId = await lookUpBothWays(data, 'chain', 'Chain', key, chainFields);
      expect(byId, key).toMatchObject({ id: `Chain:${key}`, key, name: row.name, nameEn: row.nameEn, basis: row.basis, note: row.note });
      expect(byId.segments.map((s: any) => s.key).sort(), key).toEqual(row.segments);
      const stages = byId.segments.map((s: any) => STAGES.indexOf(s.stage));
      expect(stages, key).toEqual([...stages].sort((a, b) => a - b));
    }
  });

  it('lists the fixture chain’s segments upstream first: fx-a, then fx-b and fx-c (midstream), then fx-d', async () => {
    // From tests/fixtures/analytics-fixture.ts.
    const { chain } = await data(`{ chain(id: "fixture-chain") { name segments { key stage } } }`);
    expect(chain).toEqual({
      name: '测试链',
      segments: [
        { key: 'fx-a', stage: 'UPSTREAM' }, { key: 'fx-b', stage: 'MIDSTREAM' }, { key: 'fx-c', stage: 'MIDSTREAM' }, { key: 'fx-d', stage: 'DOWNSTREAM' },
      ],
    });
  });

  itLooksUpById(query, 'chain', 'Chain', 'Segment:fx-a');
});

describe('segment(id:)', () => {
  it('answers a segment by its id and by its global id, with its chain and its FEEDS neighbours', async () => {
    const fields = 'id key stage chain { key } suppliers { key } users { key }';
    const { byId, byGlobalId } = await data(`{ byId: segment(id: "fx-b") { ${fields} } byGlobalId: segment(id: "Segment:fx-b") { ${fields} } }`);
    // From tests/fixtures/analytics-fixture.ts: fx-a → fx-b → fx-c.
    expect(byId).toEqual({ id: 'Segment:fx-b', key: 'fx-b', stage: 'MIDSTREAM', chain: { key: 'fixture-chain' }, suppliers: [{ key: 'fx-a' }], users: [{ key: 'fx-c' }] });
    expect(byGlobalId).toEqual(byId);
  });

  it('is null for an id that names no segment, and refuses the global id of another type', async () => {
    expect((await data('{ segment(id: "Segment:no-such-segment") { key } }')).segment).toBeNull();
    const { errors } = await query('{ segment(id: "Chain:fixture-chain") { key } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_ID');
  });
});
