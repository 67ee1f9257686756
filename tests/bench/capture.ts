import type { Database, Params } from '../../db/database.ts';
import { createGraphQLServer } from '../../api/create-yoga.ts';

/** One statement our API sent to Neo4j, as it sent it (parameters before toNeo4j). */
export interface RecordedStatement {
  name: string;
  text: string;
  params: Params;
}

/**
 * Runs GraphQL requests through our real server in process and records, per request, the Cypher
 * statements it sends, in order. Each request runs twice and the second run is recorded: anything
 * the server computes once and keeps (a cache) is then left out, as it is for the API under load.
 * Requests run one at a time, so every statement belongs to the request that is running.
 */
export async function captureStatements(db: Database, bodies: readonly string[]): Promise<RecordedStatement[][]> {
  const yoga = createGraphQLServer(db);
  let recording: RecordedStatement[] | null = null;
  const unsubscribe = db.onQuery((query, params) => {
    // A copy: a resolver may reuse or change its parameter object after sending it.
    recording?.push({ name: query.name, text: query.text, params: structuredClone(params) });
  });
  const execute = async (body: string) => {
    const response = await yoga.fetch('http://chain-atlas/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const result = (await response.json()) as { errors?: { message: string }[] };
    if (result.errors?.length) throw new Error(`GraphQL error in process: ${result.errors[0]!.message}; request ${body}`);
  };
  try {
    const sequences: RecordedStatement[][] = [];
    for (const body of bodies) {
      await execute(body);
      recording = [];
      await execute(body);
      sequences.push(recording);
      recording = null;
    }
    return sequences;
  } finally {
    unsubscribe();
  }
}
