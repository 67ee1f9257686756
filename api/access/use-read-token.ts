import type { Plugin } from 'graphql-yoga';
import type { EditorAccess } from '../../core/config.ts';
import type { ErrorCode } from '../../core/error-codes.ts';
import { currentRequestId } from '../errors/request-id.ts';
import { mayRead, READ_TOKEN_MESSAGE } from './viewer.ts';

/** GraphiQL's page (GET from a browser) holds no data; the requests it sends need the token like any other. */
const asksForPage = (request: Request) => request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');

/**
 * With CHAIN_ATLAS_READ_TOKEN set, a GraphQL request without the read or the editor token is
 * answered 401 UNAUTHENTICATED before it is parsed: nothing of the graph, its schema included, reaches it.
 */
export function useReadToken(access: EditorAccess): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (asksForPage(request) || mayRead(request.headers.get('authorization'), access)) return;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message: READ_TOKEN_MESSAGE, extensions: { code: 'UNAUTHENTICATED' satisfies ErrorCode, requestId: currentRequestId() } }] }), {
          status: 401,
          headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
