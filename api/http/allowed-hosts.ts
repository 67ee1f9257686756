import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerError } from '../errors/answer-error.ts';

/** The host name in a Host header, without its port: `atlas.example.org:443` → `atlas.example.org`, `[::1]:4000` → `[::1]`. */
function hostName(header: string): string {
  const name = header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.split(':')[0]!;
  return name.toLowerCase();
}

/**
 * The host names a server answers for: ALLOWED_HOSTS, and always the loopback names and the
 * address it listens on (`npm start`'s warm-up calls it so; a browser sends those only to whoever
 * typed them). null: any. What the check stops is a page on another site whose DNS name is
 * pointed at this server (DNS rebinding): its requests carry that site's name.
 */
export function answeredHosts(allowedHosts: readonly string[] | null, listenHost: string): string[] | null {
  if (allowedHosts === null) return null;
  const listening = listenHost.includes(':') ? `[${listenHost}]` : listenHost;
  return [...allowedHosts, 'localhost', '127.0.0.1', '[::1]', listening.toLowerCase()];
}

/** Whether a request's Host names one of `answered` (any host when null). */
export function isAllowedHost(req: IncomingMessage, answered: readonly string[] | null): boolean {
  if (answered === null) return true;
  const header = req.headers.host;
  return header !== undefined && answered.includes(hostName(header));
}

/** 421 Misdirected Request, with a GraphQL-shaped error as the API's other refusals. */
export function refuseHost(req: IncomingMessage, res: ServerResponse): void {
  const named = req.headers.host ? `'${req.headers.host.slice(0, 100)}'` : 'no host';
  answerError(res, 421, 'BAD_REQUEST', `This server does not answer for ${named}: the request's Host must be one of ALLOWED_HOSTS.`, { connection: 'close' });
}
