import { UserFacingError } from '../core/user-facing-error.ts';

/** A seed file entry that does not pass its schema: names the file, the entry and the field. */
export class SeedError extends UserFacingError {
  override name = 'SeedError';
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly field: string,
    reason: string,
  ) {
    super(`${file}: ${entry}: field "${field}" ${reason}. Nothing was loaded: the database is as it was.`);
  }
}
