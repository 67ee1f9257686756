/**
 * The HTTP floor of the benchmark: the least a server in front of Neo4j can do for a request.
 * It replays the statements our API sent for a sample (loaded once over POST /statements), one
 * after another in auto-commit read sessions as raw does, turns the rows into JSON with our
 * toJson and answers them: one more process and one more HTTP round trip than raw, and none of
 * GraphQL. Our API's p50 over this one is what GraphQL and our resolvers add.
 *
 * Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, HOST, PORT.
 * POST /statements {"<workload>": [[{name, text, params}, …] per sample]}: what to replay.
 * POST /replay {"workload": name, "k": k}: replays sample k mod the sample count → {"data": [rows]}.
 * Prints `ready http://HOST:PORT` once it listens.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { toJson } from '../../../db/to-json.ts';
import { toNeo4j } from '../../../db/to-neo4j.ts';

interface Statement {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

const env = (name: string) => process.env[name] || undefined;
const driver = neo4j.driver(env('NEO4J_URI') ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic(env('NEO4J_USER') ?? 'neo4j', env('NEO4J_PASSWORD') ?? ''));
const database = env('NEO4J_DATABASE');
let sequences = new Map<string, Statement[][]>();

async function replay(statements: Statement[]): Promise<unknown[]> {
  const rows: unknown[] = [];
  for (const statement of statements) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(statement.text, statement.params, { metadata: { app: 'chain-atlas-bench-floor', query: statement.name } });
      for (const record of result.records) rows.push(toJson(record.toObject()));
    } finally {
      await session.close();
    }
  }
  return rows;
}

function answer(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function handle(url: string | undefined, body: string): Promise<[number, unknown]> {
  if (url === '/statements') {
    const loaded = JSON.parse(body) as Record<string, Statement[][]>;
    sequences = new Map(
      Object.entries(loaded).map(([name, list]) => [name, list.map((sequence) => sequence.map((s) => ({ ...s, params: toNeo4j(s.params) as Record<string, unknown> })))]),
    );
    return [200, { data: { workloads: sequences.size } }];
  }
  if (url === '/replay') {
    const { workload, k } = JSON.parse(body) as { workload: string; k: number };
    const list = sequences.get(workload);
    if (!list?.length) return [404, { errors: [{ message: `No statements loaded for workload ${workload}` }] }];
    return [200, { data: await replay(list[k % list.length]!) }];
  }
  return [404, { errors: [{ message: `No such path: ${url}` }] }];
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    handle(req.url, Buffer.concat(chunks).toString('utf8')).then(
      ([status, body]) => answer(res, status, body),
      (error: unknown) => answer(res, 500, { errors: [{ message: String((error as Error).message ?? error) }] }),
    );
  });
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close();
    void driver.close().then(() => process.exit(0));
  });
}

const host = env('HOST') ?? '127.0.0.1';
server.listen(Number(env('PORT') ?? 0), host, () => {
  console.log(`ready http://${host}:${(server.address() as AddressInfo).port}`);
});
