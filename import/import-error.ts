import { UserFacingError } from '../core/user-facing-error.ts';
import { describeImportError, type ImportErrorCode, type ImportErrorParams } from './messages.ts';

/**
 * A file the importer cannot read as a whole (no header row, an unknown sheet or encoding, a
 * bad --map): told to the user in one sentence that says what to do, never as a stack trace.
 * The code and parameters let the CLI (and later the web page) say it in the user's language.
 */
export class ImportError extends UserFacingError {
  override name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    readonly params: ImportErrorParams = {},
  ) {
    super(describeImportError(code, params, 'en'));
  }
}
