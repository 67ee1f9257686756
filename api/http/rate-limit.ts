import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { EditorAccess } from '../../core/config.ts';
import { bearerToken, isEditorToken } from '../access/viewer.ts';
import { answerError } from '../errors/answer-error.ts';

/** Which peers are reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY). */
export type TrustedProxies = (address: string, hop: number) => boolean;

export const trustedProxies = (proxies: string[]): TrustedProxies => proxyaddr.compile(proxies);

/**
 * Who sends a request, for its rate limit and its share of the connection pool: the editor, when
 * it carries the editor token (a digest of it, so that the token itself is kept nowhere else), so
 * that an editor keeps one allowance wherever they work from; else its address. The read token
 * tells no one apart (every reader holds the same one), and a made-up token gives a client no
 * fresh allowance. Behind a trusted reverse proxy the address is the last one X-Forwarded-For
 * gives that is not itself a trusted proxy; from any other peer the header is ignored, as anyone
 * can send it.
 */
export function clientKey(req: IncomingMessage, access: EditorAccess, trusted: TrustedProxies): string {
  const token = bearerToken(req.headers.authorization ?? null);
  if (token !== undefined && isEditorToken(token, access)) return `editor:${createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
  return req.socket.remoteAddress === undefined ? 'ip:unknown' : `ip:${proxyaddr(req, trusted)}`;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client: it holds a minute's allowance, spent one per request and refilled
 * evenly over the minute, so a client may send a burst of a whole minute's requests and then one
 * every 60/perMinute seconds. 0 turns the limit off.
 */
export class RateLimit {
  readonly perMinute: number;
  readonly #buckets = new Map<string, Bucket>();
  #sweptAt = Date.now();

  constructor(perMinute: number) {
    this.perMinute = perMinute;
  }

  /** Takes one request from `client`'s bucket: 0 when it may go, else how many seconds until it may. */
  take(client: string, now = Date.now()): number {
    if (this.perMinute === 0) return 0;
    const perMs = this.perMinute / 60_000;
    this.#sweep(now);
    const bucket = this.#buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.#buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perMs / 1000);
  }

  /** Answers 429 and returns true when `client` is over its limit; returns false, answering nothing, when the request may go. */
  refused(client: string, res: ServerResponse): boolean {
    const retryAfter = this.take(client);
    if (retryAfter === 0) return false;
    const message = `Too many requests: this server takes ${this.perMinute} a minute from one client (RATE_LIMIT_PER_MINUTE). Try again in ${retryAfter} s.`;
    answerError(res, 429, 'RATE_LIMITED', message, { 'retry-after': String(retryAfter), 'cache-control': 'no-store' });
    return true;
  }

  /** Once a minute, forgets the clients whose buckets are full again: they are as if never seen. */
  #sweep(now: number): void {
    if (now - this.#sweptAt < 60_000) return;
    this.#sweptAt = now;
    for (const [client, bucket] of this.#buckets) if (now - bucket.at >= 60_000) this.#buckets.delete(client);
  }
}
