import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isErrorCode, type ErrorCode } from '../../core/error-codes.ts';
import { UNEXPECTED_MESSAGE } from './mask-errors.ts';
import { currentRequestId, withRequestId } from './request-id.ts';
import { shortEcho } from './short-echo.ts';

/** yoga's name for what we call INTERNAL. */
const YOGA_INTERNAL = 'INTERNAL_SERVER_ERROR';

/**
 * graphql-js's errors about the request that neither it nor yoga gives a code: variables that do
 * not coerce (before execution) and arguments whose variable was not given (during it), and an
 * operation it cannot choose or run (a subscription: the schema has none). Known by their messages, which graphql-js 16 keeps stable.
 */
function graphqlJsCode(error: GraphQLError): ErrorCode | undefined {
  if (error.originalError && !(error.originalError instanceof GraphQLError)) return undefined;
  // The last of many such errors (graphql-js stops at 50): "Too many errors processing variables, error limit reached."
  if (/^(?:Variable "\$|Argument "[^"]+" of (?:required|non-null) type|Too many errors processing variables)/.test(error.message)) return 'BAD_USER_INPUT';
  if (/^(?:Must provide operation name|Unknown operation named|Must provide an operation|Schema is not configured to execute)/.test(error.message)) return 'OPERATION_RESOLUTION_FAILURE';
  return undefined;
}

/**
 * An error as it leaves the server: a code from the closed set (core/error-codes.ts), the request
 * id, and a message that repeats only a short piece of what the client sent.
 */
function shaped(error: GraphQLError, requestId: string): GraphQLError {
  const given = error.extensions.code ?? graphqlJsCode(error);
  const known = isErrorCode(given);
  // A code outside the set is something we did not plan for: reported as INTERNAL, and yoga's
  // message (or a library's) with it, which may describe the server.
  const code: ErrorCode = known ? given : 'INTERNAL';
  if (!known && given !== YOGA_INTERNAL) console.error(`[request ${requestId}] an error with code ${String(given)} answered as INTERNAL:`, error);
  return new GraphQLError(known ? shortEcho(error.message) : UNEXPECTED_MESSAGE, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, ...(known ? {} : { unexpected: true }), code, requestId },
  });
}

function shapeResult(result: ExecutionResult, requestId: string): ExecutionResult {
  return result.errors?.length ? { ...result, errors: result.errors.map((error) => shaped(error, requestId)) } : result;
}

/**
 * One error shape for every answer: each request gets an id (also sent as X-Request-Id, and in
 * front of every line yoga logs while handling it), and each error a code from the closed set,
 * that id and a short echo.
 */
export function useErrorShape(): Plugin {
  const ids = new WeakMap<Request, string>();
  return {
    instrumentation: {
      request: ({ request }, handle) =>
        withRequestId(() => {
          ids.set(request, currentRequestId()!);
          return handle();
        }),
    },
    onResultProcess({ request, result, setResult }) {
      const id = ids.get(request);
      if (!id) return;
      if (Array.isArray(result)) setResult(result.map((one: ExecutionResult) => shapeResult(one, id)));
      else if (!(Symbol.asyncIterator in result)) setResult(shapeResult(result as ExecutionResult, id));
    },
    onResponse({ request, response }) {
      const id = ids.get(request);
      if (id) response.headers.set('x-request-id', id);
    },
  };
}
