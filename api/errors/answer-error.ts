import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../core/error-codes.ts';

/**
 * An error answered before yoga sees the request (a body over its limit, a refused host), in the
 * shape yoga's answers have: JSON with the code from the closed set and a request id, which the
 * X-Request-Id header repeats.
 */
export function answerError(res: ServerResponse, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): void {
  const requestId = randomUUID();
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId, ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, requestId } }] }));
}
