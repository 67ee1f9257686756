import { GraphQLError } from 'graphql';

/**
 * Codes that clients can branch on, each for one kind of bad argument.
 * Keep in step with the README's "Errors" section.
 */
export type InputErrorCode =
  | 'BAD_REGION_CODE'
  | 'BAD_ID'
  | 'BAD_CURSOR'
  | 'BAD_PAGE_SIZE'
  | 'BAD_SEARCH'
  | 'BAD_PLACE'
  | 'UNKNOWN_CHAIN'
  | 'BAD_THRESHOLD'
  | 'BAD_DEPTH'
  | 'BAD_FILTER';

/** A bad argument: shown to the client as is, with its code, never as a stack trace. */
export class InputError extends GraphQLError {
  constructor(code: InputErrorCode, message: string) {
    super(message, { extensions: { code } });
  }
}
