import { UserFacingError } from '../../core/user-facing-error.ts';
import type { Lang } from '../../import/messages.ts';
import { describeIngestInputError, type IngestInputErrorCode, type IngestInputErrorParams } from './messages.ts';

/**
 * An article that cannot be read at all (empty, too large, not text, not Chinese): told in one
 * sentence that says what was wrong and what to do. The code and parameters let the CLI and the
 * web page say it in the user's language, as ImportError does for tables.
 */
export class IngestInputError extends UserFacingError {
  override name = 'IngestInputError';
  constructor(
    readonly code: IngestInputErrorCode,
    readonly params: IngestInputErrorParams = {},
  ) {
    super(describeIngestInputError(code, params, 'en'));
  }

  /** The same message in Chinese (`zh`) or English (`en`). */
  describe(lang: Lang): string {
    return describeIngestInputError(this.code, this.params, lang);
  }
}
