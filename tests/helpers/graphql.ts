import { expect } from 'vitest';
import type { Database } from '../../db/database.ts';
import { createGraphQLServer } from '../../api/graphql/create-yoga.ts';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

/** Sends a query through the real GraphQL server in process: no port, no HTTP client. */
export function graphqlClient(db: Database) {
  const yoga = createGraphQLServer(db);
  return async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await yoga.fetch('http://chain-atlas/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
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
