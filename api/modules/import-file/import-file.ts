import { GraphQLError } from 'graphql';
import type { Database } from '../../../db/database.ts';
import type { ImportOutcome } from '../../../import/import-file.ts';
import type { RowPlacement } from '../../../import/classify/place-records.ts';
import { ImportError } from '../../../import/import-error.ts';
import { importWithSavedColumns } from '../../../import/layouts/column-layouts.ts';
import { describeImportError, type Lang } from '../../../import/messages.ts';
import type { ImportFileInput, Language } from '../../generated/resolvers-types.ts';
import type { Viewer } from '../../access/viewer.ts';
import { uploadedFile } from '../../http/receive-upload.ts';

/** A row placed on no segment, with the kind of placement its reason speaks of. */
export interface UnplacedRow {
  placement: RowPlacement;
  kind: 'makes' | 'adds';
}

/** What Mutation.importFile answers: the importer's outcome, with its kind of file at hand. */
export type ImportResult = ImportOutcome & { kind: ImportOutcome['preview']['mapping']['kind'] };

export const langOf = (language: Language | null | undefined): Lang => (language === 'EN' ? 'en' : 'zh');

/**
 * A whole file (or an undo) the importer refuses, as the client reads it: the importer's own
 * sentence in the asked language, with code IMPORT_REFUSED and the importer's reason.
 */
export function importRefused(error: ImportError, lang: Lang): GraphQLError {
  return new GraphQLError(describeImportError(error.code, error.params, lang), { extensions: { code: 'IMPORT_REFUSED', reason: error.code } });
}

/** The uploaded file an id names; NOT_FOUND when it is gone. */
export async function fileOf(uploadsDir: string, upload: string): Promise<string> {
  const file = await uploadedFile(uploadsDir, upload);
  if (file !== null) return file;
  throw new GraphQLError(`No uploaded file has the id ${upload.slice(0, 80)}: upload it again (uploads are kept for a day).`, { extensions: { code: 'NOT_FOUND' } });
}

/**
 * Mutation.importFile: the uploaded file through the importer, with the column choices saved for
 * its layout under the ones given now (import/layouts/column-layouts.ts).
 */
export async function importFile(db: Database, uploadsDir: string, viewer: Viewer, input: ImportFileInput, lang: Lang): Promise<ImportResult> {
  const file = await fileOf(uploadsDir, input.upload);
  const kind = input.kind ?? undefined;
  const given = (input.columns ?? []).map((c) => `${c.field}=${c.column}`);
  try {
    const outcome = await importWithSavedColumns(db, file, {
      kind,
      sheet: input.sheet ?? undefined,
      encoding: input.encoding ?? undefined,
      map: given,
      acceptBadCheckDigit: input.acceptBadCheckDigit ?? false,
      industryEdition: input.industryEdition === 2011 ? 2011 : input.industryEdition === 2017 ? 2017 : undefined,
      completeFor: input.completeFor ? { place: input.completeFor.place, scope: input.completeFor.scope, asOf: input.completeFor.asOf ?? null } : undefined,
      dryRun: input.dryRun,
      by: viewer.name,
    });
    return { ...outcome, kind: outcome.preview.mapping.kind };
  } catch (error) {
    if (error instanceof ImportError) throw importRefused(error, lang);
    throw error;
  }
}
