import type { PastImportsQuery, UndoImportMutation } from '../../generated/graphql';
import { request } from '../../lib/api/client';
import { editorFailure } from '../../lib/components/editor-error';
import { i18n } from '../../lib/i18n/i18n.svelte';
import { apiStatus } from '../../lib/state/api-status.svelte';
import { Load } from '../../lib/state/load.svelte';
import { PastImports, UndoImport } from './operations';

export type PastImport = PastImportsQuery['imports'][number];
export type Undone = UndoImportMutation['undoImport'];

/** The imports the graph holds, and undoing one of them. */
export class PastImportList {
  load = new Load<PastImport[]>();
  /** The import being undone. */
  undoing = $state<string | null>(null);
  undone = $state.raw<Undone | null>(null);
  error = $state<string | null>(null);

  refresh() {
    void this.load.run(async () => (await request(PastImports, {})).imports);
  }

  /** Undoes an import; answers whether it was undone. */
  async undo(key: string): Promise<boolean> {
    this.undoing = key;
    this.undone = null;
    this.error = null;
    try {
      this.undone = (await request(UndoImport, { id: key, language: i18n.locale === 'en' ? 'EN' : 'ZH' })).undoImport;
      apiStatus.ok();
    } catch (error) {
      this.error = editorFailure(error);
    } finally {
      this.undoing = null;
      this.refresh();
    }
    return this.undone !== null;
  }
}
