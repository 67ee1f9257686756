import { createHash } from 'node:crypto';
import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import type { ImportKind } from '../columns/fields.ts';
import { importer, importFile, type ImportOptions, type ImportOutcome } from '../import-file.ts';
import { findHeader } from '../columns/find-header.ts';
import { normalizeHeader } from '../columns/header-names.ts';
import { readTable, type ReadOptions } from '../read/read-table.ts';

const statements = {
  find: cypher('import/find-column-layout'),
  save: cypher('import/save-column-layout'),
};

/** A file's layout: its header, cell by cell as the importer compares headers. Files exported alike share it. */
interface Layout {
  key: string;
  header: (string | null)[];
}

/** Reads a file only as far as its header row, and names its layout. */
async function layoutOf(file: string, options: ReadOptions & { kind?: ImportKind } = {}): Promise<Layout> {
  const table = await readTable(file, options);
  const { header, rows } = await findHeader(table.rows, options.kind);
  // Ends the read (and closes the file) now that the header is found.
  await rows[Symbol.asyncIterator]().return?.();
  const key = createHash('sha256')
    .update(JSON.stringify(header.cells.map((cell) => (cell === null ? null : normalizeHeader(cell)))))
    .digest('hex');
  return { key, header: header.cells };
}

/** The `field=header` choices saved for a layout; none when nobody chose by hand. */
async function savedColumns(db: Database, layout: Layout): Promise<string[]> {
  const [row] = await db.read<{ columns: string[] }>(statements.find, { key: layout.key });
  return row?.columns ?? [];
}

/**
 * The choices to apply: the saved ones, each replaced by one given now for its field.
 * A choice reads `field=header` (or `field=C`, a column letter), as `--map` does.
 */
function mergeColumns(saved: string[], given: string[]): string[] {
  const fieldOf = (choice: string) => choice.split('=', 1)[0]!.trim();
  const givenFields = new Set(given.map(fieldOf));
  return [...saved.filter((choice) => !givenFields.has(fieldOf(choice))), ...given];
}

/** Keeps the choices made for a layout, so the next file like it is read the same way. */
async function saveColumns(db: Database, layout: Layout, kind: ImportKind, columns: string[], by: string, now = new Date()): Promise<void> {
  await db.write(statements.save, {
    key: layout.key,
    kind,
    columns,
    header: layout.header.map((cell) => cell ?? ''),
    savedAt: now.toISOString(),
    savedBy: by,
  });
}

/**
 * An import with the column choices saved for its file's layout under the ones given now
 * (`options.map`, field by field); once written, the choices given are saved for the next file
 * like it. The web page's import and the CLI's both run this.
 */
export async function importWithSavedColumns(db: Database, file: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const layout = await layoutOf(file, { kind: options.kind, sheet: options.sheet, encoding: options.encoding });
  const given = options.map ?? [];
  const outcome = await importFile(db, file, { ...options, map: mergeColumns(await savedColumns(db, layout), given) });
  if (outcome.written && given.length > 0) await saveColumns(db, layout, outcome.preview.mapping.kind, given, importer(options));
  return outcome;
}
