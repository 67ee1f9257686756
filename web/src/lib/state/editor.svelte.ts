const TOKEN_KEY = 'chain-atlas.editor-token';
const NAME_KEY = 'chain-atlas.editor-name';

/**
 * The editor's credential, kept in this browser: the token the server's operator gives (the
 * server's CHAIN_ATLAS_EDITOR_TOKEN) and the name recorded on what the editor imports and decides.
 * api/client.ts sends both with every request once a token is set.
 */
class EditorCredential {
  token = $state(localStorage.getItem(TOKEN_KEY) ?? '');
  name = $state(localStorage.getItem(NAME_KEY) ?? '');

  save(token: string, name: string) {
    this.token = token.trim();
    this.name = name.trim();
    localStorage.setItem(TOKEN_KEY, this.token);
    localStorage.setItem(NAME_KEY, this.name);
  }

  /** Forgets the token (the name stays, for the next time). */
  forget() {
    this.token = '';
    localStorage.removeItem(TOKEN_KEY);
  }
}

export const editor = new EditorCredential();
