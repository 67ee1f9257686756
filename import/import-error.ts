import { TranslatedError } from '../core/user-facing-error.ts';
import { describeImportError, type ImportErrorCode, type ImportErrorParams } from './messages.ts';

/**
 * A file the importer cannot read as a whole (no header row, an unknown sheet or encoding, a
 * bad --map): told to the user in one sentence that says what to do, never as a stack trace.
 * The code and parameters let the CLI and the web page say it in the user's language.
 */
export class ImportError extends TranslatedError<ImportErrorCode, ImportErrorParams> {
  override name = 'ImportError';
  constructor(code: ImportErrorCode, params: ImportErrorParams = {}) {
    super(code, params, describeImportError);
  }
}
