import { GraphQLError } from 'graphql';
import { InputError } from '../../core/input-error.ts';
import { DatabaseUnavailableError, RequestTimeoutError } from '../../db/database-errors.ts';
import { StatementLimitError } from '../../db/read-budget.ts';

/** An error made as a GraphQLError, and only wrapped in GraphQLErrors since. */
function isGraphQLErrorThroughout(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && (!error.originalError || isGraphQLErrorThroughout(error.originalError));
}

export const UNEXPECTED_MESSAGE = 'Unexpected error: the server log has the details under this request id.';

/**
 * The one place domain errors become GraphQL errors: a bad argument (InputError) reaches the
 * client with its message and code, an outage as such; anything else as INTERNAL, with nothing of
 * the error itself: yoga logs it (api/errors/error-log.ts, under the request id) because what is
 * returned differs from it. In every mode, development too: yoga's own masking put the stack,
 * file paths and Lucene's message in the answer there.
 */
export function maskUnexpected(error: unknown): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  // graphql-js copies an original error's `extensions` onto the GraphQLError that wraps it, so a
  // wrapped InputError already reads as it should; returned as is, yoga does not log it either.
  if (original instanceof InputError) {
    return error instanceof GraphQLError ? error : new GraphQLError(original.message, { extensions: original.extensions });
  }
  // An outage or a spent time budget: the wrapping error already carries its code and message; returned
  // as is, so that yoga logs nothing per request (the health monitor logs an outage once).
  if ((original instanceof DatabaseUnavailableError || original instanceof RequestTimeoutError || original instanceof StatementLimitError) && error instanceof GraphQLError) return error;
  // GraphQL errors all the way down: graphql-js's and yoga's own (parse, validation, variables),
  // the limits' refusals, requireEditor's. Shaped as they are (api/errors/use-error-shape.ts).
  if (isGraphQLErrorThroughout(error)) return error;
  const at = error instanceof GraphQLError ? error : undefined;
  // `unexpected` (which yoga strips from the answer) makes an answer without data a 500.
  return new GraphQLError(UNEXPECTED_MESSAGE, {
    nodes: at?.nodes,
    source: at?.source,
    positions: at?.positions,
    path: at?.path,
    extensions: { code: 'INTERNAL', unexpected: true },
  });
}
