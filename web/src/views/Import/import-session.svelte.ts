import type { ImportFileInput, ImportFileKind, ImportFileMutation } from '../../generated/graphql';
import { request, uploadFile, type Uploaded } from '../../lib/api/client';
import { editorFailure } from '../../lib/components/editor-error';
import { i18n } from '../../lib/i18n/i18n.svelte';
import { apiStatus } from '../../lib/state/api-status.svelte';
import { t } from './messages';
import { ImportFile } from './operations';

export type Outcome = ImportFileMutation['importFile'];

/** What the page is waiting for: the upload, a preview, or the import being written. */
export type Busy = 'uploading' | 'previewing' | 'writing' | null;

/** A roster declared complete for a place: the place as the API takes it (a region's code or park:<id>), and its name. */
export interface Completeness {
  place: string;
  placeName: string;
  scope: string;
  asOf: string;
}

const EXTENSIONS = /\.(csv|xlsx)$/i;

/**
 * One file on its way in: uploaded once, previewed again with each choice the editor makes (the
 * kind, a column, the options), then written. Every choice goes into the next preview and the
 * import, so what is written is what the last preview showed.
 */
export class ImportSession {
  file = $state.raw<Uploaded | null>(null);
  busy = $state<Busy>(null);
  /** The share of the file sent, while uploading. */
  sent = $state(0);
  preview = $state.raw<Outcome | null>(null);
  written = $state.raw<Outcome | null>(null);
  error = $state<string | null>(null);

  kind = $state<ImportFileKind | null>(null);
  sheet = $state<string | null>(null);
  encoding = $state<string | null>(null);
  /** Columns chosen by hand: field → column letter. */
  columns = $state<Record<string, string>>({});
  acceptBadCheckDigit = $state(false);
  /** A roster's GB/T 4754 edition as the editor says it; null: the server's choice (2017 unless told). */
  industryEdition = $state<2017 | 2011 | null>(null);
  complete = $state.raw<Completeness | null>(null);

  /** Uploads a file the editor chose, then previews it with nothing chosen yet. */
  async choose(file: File) {
    this.#reset();
    if (!EXTENSIONS.test(file.name)) return void (this.error = t('error.extension'));
    if (file.size === 0) return void (this.error = t('error.empty', { file: file.name }));
    this.busy = 'uploading';
    this.sent = 0;
    try {
      this.file = await uploadFile(file, (sent) => (this.sent = sent));
      apiStatus.ok();
    } catch (error) {
      this.#failed(error);
      return;
    } finally {
      this.busy = null;
    }
    await this.refresh();
  }

  /** Previews the file again with the choices as they are now. */
  async refresh() {
    if (!this.file) return;
    const outcome = await this.#run('previewing', true);
    if (outcome) this.preview = outcome;
  }

  /** Writes the import, as the last preview showed it. */
  async write() {
    if (!this.file || !this.preview) return;
    const outcome = await this.#run('writing', false);
    if (!outcome) return;
    this.written = outcome;
    this.preview = null;
  }

  /** Changes the kind of file: the columns chosen for the other kind no longer apply. */
  setKind(kind: ImportFileKind) {
    this.kind = kind;
    this.columns = {};
    if (kind !== 'FIRMS') this.complete = null;
    void this.refresh();
  }

  chooseColumn(field: string, letter: string) {
    this.columns = { ...this.columns, [field]: letter };
    void this.refresh();
  }

  /** Starts again with another file. */
  clear() {
    this.#reset();
  }

  input(dryRun: boolean): ImportFileInput {
    return {
      upload: this.file!.upload,
      dryRun,
      kind: this.kind,
      sheet: this.sheet,
      encoding: this.encoding,
      columns: Object.entries(this.columns).map(([field, column]) => ({ field, column })),
      acceptBadCheckDigit: this.acceptBadCheckDigit,
      industryEdition: this.industryEdition,
      completeFor: this.complete ? { place: this.complete.place, scope: this.complete.scope, asOf: this.complete.asOf || null } : null,
    };
  }

  async #run(busy: Busy, dryRun: boolean): Promise<Outcome | null> {
    this.busy = busy;
    this.error = null;
    try {
      const data = await request(ImportFile, { input: this.input(dryRun), language: i18n.locale === 'en' ? 'EN' : 'ZH' });
      apiStatus.ok();
      return data.importFile;
    } catch (error) {
      this.#failed(error);
      return null;
    } finally {
      this.busy = null;
    }
  }

  #failed(error: unknown) {
    this.error = editorFailure(error);
  }

  #reset() {
    this.file = null;
    this.preview = null;
    this.written = null;
    this.error = null;
    this.kind = null;
    this.sheet = null;
    this.encoding = null;
    this.columns = {};
    this.acceptBadCheckDigit = false;
    this.industryEdition = null;
    this.complete = null;
  }
}

/**
 * The page's one session, kept while the editor looks at other views: a large file takes minutes
 * to preview and write, and its outcome links to the chain maps and the review queue.
 */
export const importSession = new ImportSession();
