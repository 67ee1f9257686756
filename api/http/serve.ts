import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import {
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEVELOPMENT_EXPOSURE,
  projectRoot,
  READERS_ONLY,
  type EditorAccess,
  type Exposure,
} from '../../core/config.ts';
import type { Database } from '../../db/database.ts';
import { withReadBudget } from '../../db/read-budget.ts';
import { createGraphQLServer } from '../create-yoga.ts';
import { answerError, refuseUnparsed } from '../errors/answer-error.ts';
import { answeredHosts, isAllowedHost, refuseHost } from './allowed-hosts.ts';
import { clientKey, RateLimit, trustedProxies } from './rate-limit.ts';
import { readRequestBody, RequestBodyTooLargeError } from './read-request-body.ts';
import { receiveUpload } from './receive-upload.ts';
import { isJsonBody, refuseNonJson } from './refuse-non-json.ts';
import { APP_CSP, GRAPHIQL_CSP, setSecurityHeaders } from './security-headers.ts';
import { staticFiles } from './static-files.ts';

export const webDist = path.join(projectRoot, 'web', 'dist');

export interface Served {
  url: string;
  close(): Promise<void>;
}

type GraphQLServer = ReturnType<typeof createGraphQLServer>;

/** Answers a request body over the limit as GraphQL over HTTP answers any refused request: JSON with an error. */
function refuseTooLarge(res: ServerResponse, error: RequestBodyTooLargeError): void {
  answerError(res, 413, 'REQUEST_ENTITY_TOO_LARGE', error.message, { connection: 'close' });
}

/**
 * A GraphQL request: a POST body is read here (within its size limit) and handed to yoga already
 * read; only a JSON POST is executed, so a cross-site form cannot send a query.
 */
async function handleGraphQL(yoga: GraphQLServer, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'POST') {
    if (!isJsonBody(req)) return refuseNonJson(req, res);
    try {
      // yoga takes a body that is already read from `req.body`, as it does behind body-parser.
      (req as IncomingMessage & { body?: string }).body = await readRequestBody(req);
    } catch (error) {
      if (error instanceof RequestBodyTooLargeError) return refuseTooLarge(res, error);
      res.destroy();
      return;
    }
  }
  await yoga(req, res);
}

/** A browser opening GraphiQL: the one page that needs GraphiQL's own CSP. */
const asksForGraphiQL = (req: IncomingMessage) => req.method === 'GET' && req.url!.startsWith('/graphql') && (req.headers.accept ?? '').includes('text/html');

const compress = compression();

export interface ServeOptions {
  /**
   * How long Neo4j may spend on one GraphQL request's reads (REQUEST_TIMEOUT_MS).
   * @default DEFAULT_REQUEST_TIMEOUT_MS
   */
  requestTimeoutMs?: number;
  /**
   * Whether start-up (schema, seed, warm-up) is done, for /health/ready.
   * @default () => true
   */
  started?: () => boolean;
  /**
   * Requests one client may send a minute (RATE_LIMIT_PER_MINUTE); 0: no limit.
   * @default DEFAULT_RATE_LIMIT_PER_MINUTE
   */
  rateLimitPerMinute?: number;
  /**
   * How the server meets clients it does not know (NODE_ENV=production, CORS_ORIGINS, ALLOWED_HOSTS, GRAPHIQL).
   * @default DEVELOPMENT_EXPOSURE
   */
  exposure?: Exposure;
}

function answerJson(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** /health/ready: 200 when start-up is done and Neo4j answers a probe now; 503 with the reason otherwise. */
async function answerReady(db: Database, started: () => boolean, res: ServerResponse): Promise<void> {
  if (!started()) return answerJson(res, 503, { status: 'starting', reason: 'start-up (schema, seed, warm-up) is not done yet' });
  if (!(await db.health.answers())) return answerJson(res, 503, { status: 'unavailable', reason: 'Neo4j does not answer' });
  answerJson(res, 200, { status: 'ready' });
}

/**
 * Serves GraphQL at /graphql, editors' uploads at /uploads, health checks at /health/live (the
 * process answers) and /health/ready, and the built web app everywhere else.
 */
export async function serve(
  db: Database,
  host: string,
  port: number,
  access: EditorAccess = READERS_ONLY,
  { requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS, started = () => true, rateLimitPerMinute = DEFAULT_RATE_LIMIT_PER_MINUTE, exposure = DEVELOPMENT_EXPOSURE }: ServeOptions = {},
): Promise<Served> {
  const rateLimit = new RateLimit(rateLimitPerMinute);
  const yoga = createGraphQLServer(db, access, exposure);
  const web = staticFiles(webDist);
  const hosts = answeredHosts(exposure.allowedHosts, host);
  const proxies = trustedProxies(exposure.trustProxy);
  const server = http.createServer((req, res) => {
    setSecurityHeaders(res, exposure.graphiql && asksForGraphiQL(req) ? GRAPHIQL_CSP : APP_CSP);
    // A health check comes from a process manager or load balancer, by whatever name it uses.
    if (!req.url?.startsWith('/health/') && !isAllowedHost(req, hosts)) return refuseHost(req, res);
    compress(req as never, res as never, () => route(req, res));
  });
  const route = (req: IncomingMessage, res: ServerResponse) => {
    // Every request that reaches the graph counts against its client's rate limit; its reads, against its client's share of the pool.
    const client = clientKey(req, access, proxies);
    if ((req.url?.startsWith('/graphql') || req.url === '/uploads') && rateLimit.refused(client, res)) return;
    if (req.url?.startsWith('/graphql')) return void withReadBudget(requestTimeoutMs, () => handleGraphQL(yoga, req, res), { client });
    if (req.url === '/health/live') return answerJson(res, 200, { status: 'live' });
    if (req.url === '/health/ready') return void answerReady(db, started, res);
    if (req.url === '/uploads') return void receiveUpload(req, res, access).catch(() => res.destroy());
    if (web) return void web(req, res);
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The web app is not built: run `npm run build`, then reload.\n');
  };
  server.on('clientError', refuseUnparsed);
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
