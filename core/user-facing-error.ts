/**
 * A failure the user can fix, told in one sentence that says what to do.
 * The entry points print its message alone, without a stack trace.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}
