import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
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

/**
 * A request Node could not parse (a URL or headers over its 16 KB, malformed HTTP), refused before
 * any handler runs: answered in the same shape, where Node would answer a bare 431 or 400.
 */
export function refuseUnparsed(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const message = tooLarge ? 'The URL or headers are larger than 16 KB: send the query in a POST body.' : 'The request is not valid HTTP.';
  const requestId = randomUUID();
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' satisfies ErrorCode, requestId } }] });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\nconnection: close\r\n\r\n${body}`,
  );
}
