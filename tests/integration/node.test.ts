import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlClient, graphqlData } from '../helpers/graphql.ts';
import { probe } from '../helpers/probe.ts';

// node(id:) (api/modules/node/). Read-only: the database is shared with other test files.
const db = await testDatabase();
const query = graphqlClient(db);

const data = graphqlData(db);

/** Every type that implements Node, and the property its key is stored in. */
const NODE_TYPES = [
  ['Region', 'code'],
  ['Source', 'id'],
  ['Park', 'id'],
  ['Firm', 'id'],
  ['Chain', 'id'],
  ['Segment', 'id'],
  ['Project', 'id'],
] as const;

describe('node(id:)', () => {
  it('fetches a region by its global id', async () => {
    const { data } = await query('{ node(id: "Region:3608") { id ... on Region { name level } } }');
    expect(data).toEqual({ node: { id: 'Region:3608', name: '吉安市', level: 'CITY' } });
  });

  it('refuses an id that is not Type:key', async () => {
    const { errors } = await query('{ node(id: "3608") { id } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_ID');
  });

  it.each(NODE_TYPES)('fetches a %s (its key in %s) by its global id, typed as what it is', async (type, property) => {
    // The graph's first node of the type, read by the test itself; its name (or a source's title) is checked too.
    const [row] = await probe(db, `MATCH (n:${type}) RETURN n.${property} AS key, coalesce(n.name, n.title) AS name ORDER BY key LIMIT 1`);
    expect(row).toBeDefined();
    const id = `${type}:${row!.key}`;
    const nameField = type === 'Source' ? 'name: title' : 'name';
    const { node } = await data(`query($id: ID!) { node(id: $id) { __typename id ... on ${type} { ${nameField} } } }`, { id });
    expect(node).toEqual({ __typename: type, id, name: row!.name });
  });

  it.each(NODE_TYPES)('is null for a %s key that names nothing', async (type) => {
    const { node } = await data(`{ node(id: "${type}:no-such-${type.toLowerCase()}") { __typename id } }`);
    expect(node).toBeNull();
  });

  it('is null for a type that is not a Node, even when a node of that label has the key', async () => {
    const [observation] = await probe(db, 'MATCH (o:Observation) RETURN o.id AS id ORDER BY id LIMIT 1');
    const [statement] = await probe(db, 'MATCH (s:Statement) RETURN s.id AS id ORDER BY id LIMIT 1');
    for (const id of [`Observation:${observation!.id}`, `Statement:${statement!.id}`, 'Planet:earth']) {
      const { node } = await data('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(node, id).toBeNull();
    }
  });
});
