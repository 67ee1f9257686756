import { TranslatedError } from '../../core/user-facing-error.ts';
import { describeIngestInputError, type IngestInputErrorCode, type IngestInputErrorParams } from './messages.ts';

/**
 * An article that cannot be read at all (empty, too large, not text, not Chinese): told in one
 * sentence that says what was wrong and what to do, in the user's language, as ImportError is for tables.
 */
export class IngestInputError extends TranslatedError<IngestInputErrorCode, IngestInputErrorParams> {
  override name = 'IngestInputError';
  constructor(code: IngestInputErrorCode, params: IngestInputErrorParams = {}) {
    super(code, params, describeIngestInputError);
  }
}
