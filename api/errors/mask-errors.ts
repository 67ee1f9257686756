import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { InputError } from '../../core/input-error.ts';
import { DatabaseUnavailableError, RequestTimeoutError } from '../../db/database-errors.ts';

/**
 * The one place domain errors become GraphQL errors: a bad argument (InputError) reaches the
 * client with its message and code, an outage as such; anything else as "Unexpected error." (and
 * in the server log).
 */
export function maskUnexpected(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  // graphql-js copies an original error's `extensions` onto the GraphQLError that wraps it, so a
  // wrapped InputError already reads as it should; returned as is, yoga does not log it either.
  if (original instanceof InputError) {
    return error instanceof GraphQLError ? error : new GraphQLError(original.message, { extensions: original.extensions });
  }
  // An outage or a spent time budget: the wrapping error already carries its code and message; returned
  // as is, so that yoga logs nothing per request (the health monitor logs an outage once).
  if ((original instanceof DatabaseUnavailableError || original instanceof RequestTimeoutError) && error instanceof GraphQLError) return error;
  return maskError(error, message, isDev);
}
