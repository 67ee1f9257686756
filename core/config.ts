import path from 'node:path';
import { fileURLToPath } from 'node:url';
import proxyaddr from 'proxy-addr';
import { z } from 'zod';
import { UserFacingError } from './user-facing-error.ts';

/** The checkout's root folder, whatever the working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`)
    .default(fallback);

// Neo4j's own size syntax: a number with an optional k, m or g suffix.
const memorySize = (name: string, fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmg]?$/i, `${name} must be a size such as 512m or 4g`)
    .default(fallback);

/**
 * A GraphQL request's read budget. The slowest screen request measured is the whole country's
 * project list, about 0.5 s warm at 1,000,000 firms; on a freshly started Neo4j, before any
 * warm-up, its page took 6.2 s on the seed and 8.2 s at 1,000,000 firms, the browser's own 1.1 s
 * included (tests/bench/README.md, "Cold start"). 10 s lets the warm-up's cold requests finish
 * and still cancels a runaway query long before a user gives up.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/**
 * Requests one client (an address, or the editor's token) may send a minute, as a burst or spread
 * out. The warm-up sends 46 at start (on the seed), from the server's own address; a person clicking
 * through screens sends a few a second at most; an analyst's script sending 10 a second for a
 * minute stays within it; a client looping as fast as it can is answered 429 after its first 600.
 * A load test or benchmark sets RATE_LIMIT_PER_MINUTE=0.
 */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port('PORT', 4000),
  CHAIN_ATLAS_HOME: z.string().min(1).optional(),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'NEO4J_URI must look like bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_BOLT_PORT: port('NEO4J_BOLT_PORT', 7687),
  NEO4J_HTTP_PORT: port('NEO4J_HTTP_PORT', 7474),
  // A 2-core, 24 GB machine also runs Node, the browser and the tests: 4g + 4g leaves most of it free.
  NEO4J_HEAP_SIZE: memorySize('NEO4J_HEAP_SIZE', '4g'),
  NEO4J_PAGECACHE_SIZE: memorySize('NEO4J_PAGECACHE_SIZE', '4g'),
  // An editor sends it as `Authorization: Bearer …` to import, review and undo through the web app.
  CHAIN_ATLAS_EDITOR_TOKEN: z.string().min(16, 'CHAIN_ATLAS_EDITOR_TOKEN must be at least 16 characters (try: openssl rand -hex 16)').optional(),
  // When set, every GraphQL request must carry it (or the editor token) as `Authorization: Bearer …`.
  CHAIN_ATLAS_READ_TOKEN: z.string().min(16, 'CHAIN_ATLAS_READ_TOKEN must be at least 16 characters (try: openssl rand -hex 16)').optional(),
  UPLOAD_MAX_MB: z.coerce
    .number({ error: 'UPLOAD_MAX_MB must be a number of megabytes' })
    .positive('UPLOAD_MAX_MB must be a number of megabytes')
    .default(200),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'RATE_LIMIT_PER_MINUTE must be a number of requests (0: no limit)' })
    .int('RATE_LIMIT_PER_MINUTE must be a whole number of requests (0: no limit)')
    .min(0, 'RATE_LIMIT_PER_MINUTE must be a number of requests (0: no limit)')
    .default(DEFAULT_RATE_LIMIT_PER_MINUTE),
  REQUEST_TIMEOUT_MS: z.coerce
    .number({ error: 'REQUEST_TIMEOUT_MS must be a number of milliseconds' })
    .int('REQUEST_TIMEOUT_MS must be a whole number of milliseconds')
    .positive('REQUEST_TIMEOUT_MS must be a number of milliseconds')
    .default(DEFAULT_REQUEST_TIMEOUT_MS),
  NODE_ENV: z.string().optional(),
  CORS_ORIGINS: z.string().default('').transform((list, ctx) => {
    const origins = list.split(',').map((entry) => entry.trim()).filter(Boolean);
    for (const origin of origins) {
      if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
        ctx.addIssue({ code: 'custom', message: `'${origin}' is not an origin such as https://atlas.example.org (scheme, host and port only, no path or trailing slash)` });
      }
    }
    return origins;
  }),
  ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((list, ctx) => {
      if (list === undefined || list.trim() === '') return null;
      const hosts = list.split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean);
      for (const host of hosts) {
        if (!/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(host)) {
          ctx.addIssue({ code: 'custom', message: `'${host}' is not a host name such as atlas.example.org (no scheme or port)` });
        }
      }
      return hosts;
    }),
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((list, ctx) => {
      const proxies = list.split(',').map((entry) => entry.trim()).filter(Boolean);
      try {
        proxyaddr.compile(proxies);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `${(error as Error).message}: list addresses or ranges such as 127.0.0.1, 10.0.0.0/8 or loopback` });
      }
      return proxies;
    }),
  GRAPHIQL: z.enum(['0', '1'], { error: 'GRAPHIQL must be 1 (on) or 0 (off)' }).optional(),
  NEO4J_START_TIMEOUT: z.coerce
    .number({ error: 'NEO4J_START_TIMEOUT must be a number of seconds' })
    .positive('NEO4J_START_TIMEOUT must be a number of seconds')
    .default(120),
});

export interface Neo4jCredentials {
  uri: string;
  user: string;
  password: string;
  /** Absent: the server's default database. */
  database?: string;
}

export interface BundledNeo4jSettings {
  /** Everything the bundled server writes lives under here. */
  home: string;
  boltPort: number;
  httpPort: number;
  heapSize: string;
  pageCacheSize: string;
  startTimeoutMs: number;
  /** NEO4J_PASSWORD, when the user chose the password. */
  password?: string;
  user: string;
}

/** Who may change the graph through the server, and where the files they upload go; and who may read it. */
export interface EditorAccess {
  /** CHAIN_ATLAS_EDITOR_TOKEN; null: the server takes no editor (imports only from the CLI). */
  token: string | null;
  /** CHAIN_ATLAS_READ_TOKEN; absent or null: anyone may read. */
  readToken?: string | null;
  uploadsDir: string;
  uploadMaxBytes: number;
}

/** A server no editor can write through: the default where none is configured (tests, benchmarks). */
export const READERS_ONLY: EditorAccess = { token: null, uploadsDir: '', uploadMaxBytes: 0 };

/** How the server meets clients it does not know: what NODE_ENV=production, CORS_ORIGINS, ALLOWED_HOSTS and GRAPHIQL set. */
export interface Exposure {
  /** NODE_ENV=production: no introspection, no field suggestions, no GraphiQL unless asked for. */
  production: boolean;
  /** Web origins whose pages may call the API from the browser; empty: no CORS headers at all. */
  corsOrigins: string[];
  /** Host names a request's Host header must name (DNS rebinding, a proxy's mistakes); null: any. */
  allowedHosts: string[] | null;
  /** Whether GET /graphql from a browser answers with GraphiQL. */
  graphiql: boolean;
  /** Reverse proxies whose X-Forwarded-For names the client (TRUST_PROXY); empty: the peer is the client. */
  trustProxy: string[];
}

/** A development server on loopback: what tests and scripts get when they say nothing. */
export const DEVELOPMENT_EXPOSURE: Exposure = { production: false, corsOrigins: [], allowedHosts: null, graphiql: true, trustProxy: [] };

export interface Config {
  host: string;
  port: number;
  /** How long Neo4j may spend on one GraphQL request's reads before it cancels them (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** Requests one client may send a minute (RATE_LIMIT_PER_MINUTE); 0: no limit. */
  rateLimitPerMinute: number;
  chainAtlasHome: string;
  editors: EditorAccess;
  /** Set when NEO4J_URI names an existing database: then no server is started. */
  external?: Neo4jCredentials;
  bundled: BundledNeo4jSettings;
  database?: string;
  exposure: Exposure;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserFacingError(`Invalid environment variable ${String(issue.path[0])}: ${issue.message}.`);
  }
  const e = parsed.data;
  const chainAtlasHome = path.resolve(e.CHAIN_ATLAS_HOME ?? path.join(projectRoot, '.chain-atlas'));
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new UserFacingError('NEO4J_URI is set but NEO4J_PASSWORD is not: set the password of NEO4J_USER for that database.');
  }
  const production = e.NODE_ENV === 'production';
  return {
    host: e.HOST,
    port: e.PORT,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    chainAtlasHome,
    editors: { token: e.CHAIN_ATLAS_EDITOR_TOKEN ?? null, readToken: e.CHAIN_ATLAS_READ_TOKEN ?? null, uploadsDir: path.join(chainAtlasHome, 'uploads'), uploadMaxBytes: e.UPLOAD_MAX_MB * 1024 * 1024 },
    database: e.NEO4J_DATABASE,
    exposure: {
      production,
      corsOrigins: e.CORS_ORIGINS,
      allowedHosts: e.ALLOWED_HOSTS,
      graphiql: e.GRAPHIQL === undefined ? !production : e.GRAPHIQL === '1',
      trustProxy: e.TRUST_PROXY,
    },
    external: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD!, database: e.NEO4J_DATABASE }
      : undefined,
    bundled: {
      home: path.join(chainAtlasHome, 'neo4j'),
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      heapSize: e.NEO4J_HEAP_SIZE,
      pageCacheSize: e.NEO4J_PAGECACHE_SIZE,
      startTimeoutMs: e.NEO4J_START_TIMEOUT * 1000,
      password: e.NEO4J_PASSWORD,
      user: e.NEO4J_USER,
    },
  };
}
