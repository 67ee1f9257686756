/**
 * A failure the user can fix, told in one sentence that says what to do.
 * The entry points print its message alone, without a stack trace.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

/** The languages the app speaks to its users in. */
export type Lang = 'zh' | 'en';

/**
 * A UserFacingError that can be said in either language: its code and parameters, and the table
 * that words them. Its message is the English one, for logs and API clients; `describe` gives
 * the user's.
 */
export class TranslatedError<Code extends string, Params> extends UserFacingError {
  readonly #wording: (code: Code, params: Params, lang: Lang) => string;

  constructor(
    readonly code: Code,
    readonly params: Params,
    wording: (code: Code, params: Params, lang: Lang) => string,
  ) {
    super(wording(code, params, 'en'));
    this.#wording = wording;
  }

  describe(lang: Lang): string {
    return this.#wording(this.code, this.params, lang);
  }
}
