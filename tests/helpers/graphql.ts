import { expect, it } from 'vitest';
import type { EditorAccess } from '../../core/config.ts';
import type { Database } from '../../db/database.ts';
import { createGraphQLServer } from '../../api/create-yoga.ts';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

/**
 * Sends a query through the real GraphQL server in process: no port, no HTTP client. With
 * `access` and `token`, the server takes editors and the client sends that token.
 */
export function graphqlClient(db: Database, options: { access?: EditorAccess; token?: string } = {}) {
  const yoga = createGraphQLServer(db, options.access);
  return async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await yoga.fetch('http://chain-atlas/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
}

/** Like graphqlClient, for queries that must succeed: fails the test on any error, returns the data. */
export function graphqlData(db: Database) {
  const query = graphqlClient(db);
  return async <T = any>(text: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { data, errors } = await query<T>(text, variables);
    expect(errors).toBeUndefined();
    return data!;
  };
}

/**
 * A module's table of refused arguments, one test a row: each query answers with its error code,
 * and its message says nothing of Neo4j, Cypher or a stack.
 */
export function itRefuses(query: ReturnType<typeof graphqlClient>, rows: [query: string, code: string][]) {
  it.each(rows)('%s → %s', async (text, code) => {
    const { errors } = await query(text);
    expect(errors?.[0]?.extensions?.code).toBe(code);
    expect(errors?.[0]?.message).not.toMatch(/Neo4j|Cypher|at \w+ \(/);
  });
}

/**
 * What every lookup by id (`firm(id:)`, `chain(id:)`…) answers besides what it finds: null for an
 * id that names nothing, bare or global, and BAD_ID naming another type's global id.
 */
export function itLooksUpById(query: ReturnType<typeof graphqlClient>, field: string, type: string, otherTypesId: string) {
  it(`is null for an id that names no ${field}, by id or global id`, async () => {
    const { data, errors } = await query(`{ bare: ${field}(id: "no-such-${field}") { key } global: ${field}(id: "${type}:no-such-${field}") { key } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ bare: null, global: null });
  });

  it('refuses the global id of another type with BAD_ID naming it', async () => {
    const { errors } = await query(`{ ${field}(id: "${otherTypesId}") { key } }`);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions?.code).toBe('BAD_ID');
    expect(errors![0]!.message).toContain(otherTypesId);
  });
}

/**
 * Looks one record up by its bare id and by its global id in one request; fails unless both
 * answer alike, and returns the answer.
 */
export async function lookUpBothWays(data: ReturnType<typeof graphqlData>, field: string, type: string, key: string, fields: string) {
  const { byId, byGlobalId } = await data(
    `query($key: ID!, $id: ID!) { byId: ${field}(id: $key) { ${fields} } byGlobalId: ${field}(id: $id) { ${fields} } }`,
    { key, id: `${type}:${key}` },
  );
  expect(byGlobalId, key).toEqual(byId);
  return byId;
}
