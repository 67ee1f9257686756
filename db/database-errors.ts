import { Neo4jError } from 'neo4j-driver';

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isUnavailable(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && unavailableCodes.has(error.code);
}

export function isUnauthorized(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized';
}

/** Neo4j could not be reached while answering a request: the API says so instead of a stack trace. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(cause: unknown) {
    super('The graph database is unavailable; try again in a moment.', { cause });
  }
}
