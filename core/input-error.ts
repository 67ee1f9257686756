import type { ErrorCode } from './error-codes.ts';

/** Codes that clients can branch on, each for one kind of bad argument: a part of the closed set in core/error-codes.ts. */
export type InputErrorCode = Extract<
  ErrorCode,
  'BAD_REGION_CODE' | 'BAD_ID' | 'BAD_CURSOR' | 'BAD_PAGE_SIZE' | 'BAD_SEARCH' | 'BAD_PLACE' | 'UNKNOWN_CHAIN' | 'BAD_THRESHOLD' | 'BAD_DEPTH' | 'BAD_DATE' | 'BAD_FILTER'
>;

/**
 * A bad argument, told to the client as is with its code, never as a stack trace. Domain code
 * throws it without knowing of GraphQL; api/create-yoga.ts turns it into a GraphQL error.
 * The code sits in `extensions`, where GraphQL over HTTP puts it, so that the error reads the same
 * wherever it is caught.
 */
export class InputError extends Error {
  override name = 'InputError';
  readonly extensions: { code: InputErrorCode };

  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.extensions = { code };
  }
}

/** Checks that `value` is a whole number from `min` to `max`; throws `code`, naming `name`, if not. */
export function requireWholeNumber(name: string, value: number, min: number, max: number, code: InputErrorCode): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(code, `${name} must be between ${min} and ${max}, not ${value}.`);
  }
  return value;
}
