import { Neo4jError } from 'neo4j-driver';

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isUnavailable(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && unavailableCodes.has(error.code);
}

export function isUnauthorized(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized';
}

/** Neo4j cancelled the transaction at the timeout the driver gave it (…TransactionTimedOutClientConfiguration in 5.x). */
export function isTimedOut(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}

/** An error Neo4j itself sent (a refused or timed-out statement), as against one the driver raised without an answer. */
export function isServerAnswer(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && error.code.startsWith('Neo.') && !unavailableCodes.has(error.code);
}

/** Every pooled connection stayed busy past the acquisition timeout: the driver gives this error no code of its own. */
export function isAcquisitionTimeout(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && error.message.startsWith('Connection acquisition timed out');
}

/**
 * Neo4j could not be reached while answering a request: the API says so instead of a stack trace.
 * Its code sits in `extensions`, as an InputError's does, so the GraphQL error wrapping it carries it.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  readonly extensions = { code: 'DATABASE_UNAVAILABLE' as const };
  constructor(cause: unknown) {
    super('The graph database is unavailable; try again in a moment.', { cause });
  }
}

/** A request's reads outlasted its time budget (REQUEST_TIMEOUT_MS): Neo4j cancelled them, and the API says so. */
export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
  readonly extensions = { code: 'TIMEOUT' as const };
  constructor(budgetMs: number, cause?: unknown) {
    super(`The request took longer than its ${budgetMs} ms and was cancelled: ask for less (a narrower filter, a smaller page).`, { cause });
  }
}
