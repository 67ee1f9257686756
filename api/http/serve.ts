import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { projectRoot } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createGraphQLServer } from '../graphql/create-yoga.ts';

export const webDist = path.join(projectRoot, 'web', 'dist');

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves GraphQL at /graphql and the built web app everywhere else. */
export async function serve(db: Database, host: string, port: number): Promise<Served> {
  const yoga = createGraphQLServer(db);
  const web = existsSync(webDist) ? sirv(webDist, { single: true, etag: true }) : null;
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/graphql')) return void yoga(req, res);
    if (web) return void web(req, res);
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The web app is not built: run `npm run build`, then reload.\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as { port: number };
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
