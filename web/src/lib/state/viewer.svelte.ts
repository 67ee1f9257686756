import type { ViewerQuery } from '../../generated/graphql';
import { request } from '../api/client';
import { Viewer } from '../api/operations';
import { editor } from './editor.svelte';
import { Load } from './load.svelte';

/** What the page may do for this browser, as the server sees its credential. */
export type Access = 'checking' | 'disabled' | 'noToken' | 'wrongToken' | 'editor';

/** Asks the server who this browser is, again whenever the token changes; the editor views wait on it. */
class ViewerAccess {
  load = new Load<ViewerQuery['viewer'] & { token: string }>();

  check() {
    const token = editor.token;
    void this.load.run(async () => ({ ...(await request(Viewer, {})).viewer, token }));
  }

  get access(): Access {
    const viewer = this.load.data;
    // An answer about another token than the one now set is no answer.
    if (!viewer || viewer.token !== editor.token) return 'checking';
    if (!viewer.editorsEnabled) return 'disabled';
    if (viewer.role === 'EDITOR') return 'editor';
    return editor.token ? 'wrongToken' : 'noToken';
  }

  /** A request refused for the credential (the server's token changed since): ask again. */
  refused(error: unknown) {
    const code = (error as { code?: string }).code;
    if (code === 'UNAUTHENTICATED' || code === 'EDITORS_DISABLED') this.check();
  }
}

export const viewer = new ViewerAccess();
