import { GraphQLError } from 'graphql';

/** The codes a refused document answers with; keep in step with the README's "Errors" section. */
export type LimitCode = 'QUERY_TOO_COMPLEX' | 'RESPONSE_TOO_LARGE';

/**
 * A request refused by a limit: the message names the limit and the value against the maximum,
 * and echoes nothing of the document (which may be megabytes, or written to mislead a reader).
 * `found` is undefined when the check stopped counting at the maximum (tokens).
 */
export function refusal(code: LimitCode, limit: string, found: number | undefined, max: number): GraphQLError {
  const value = found === undefined ? `more than ${max}` : found === Infinity ? 'beyond counting' : String(found);
  return new GraphQLError(`Refused: ${limit} is ${value}; the maximum is ${max}. Ask for less, or split the request.`, {
    extensions: { code, limit, found: Number.isFinite(found) ? found : null, max },
  });
}
