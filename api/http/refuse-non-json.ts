import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerError } from '../errors/answer-error.ts';

/**
 * Whether a POST to /graphql is JSON, the only body the API executes. A form on any site can
 * send application/x-www-form-urlencoded, multipart/form-data or text/plain to us without a
 * CORS preflight, with the visitor's cookies or network position; it cannot send
 * application/json. (yoga would execute the first three.)
 */
export function isJsonBody(req: IncomingMessage): boolean {
  const mediaType = req.headers['content-type']?.split(';')[0]!.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** 415 with a GraphQL error, before the body is read. */
export function refuseNonJson(req: IncomingMessage, res: ServerResponse): void {
  const sent = req.headers['content-type'] ? `this one was ${req.headers['content-type'].slice(0, 100)}` : 'this one had no content-type';
  answerError(res, 415, 'BAD_REQUEST', `A GraphQL POST must be sent as application/json (${sent}); a query can also be sent by GET.`, {
    'accept-post': 'application/json',
    connection: 'close',
  });
}
