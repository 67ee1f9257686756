const TOKEN_KEY = 'chain-atlas.read-token';

/**
 * A reader's access token, kept in this browser, for a server started with CHAIN_ATLAS_READ_TOKEN:
 * `needed` turns true when the server refuses a read without it, and the shell then asks for it
 * (ReadTokenBanner). api/client.ts sends it when no editor token is set.
 */
class ReaderCredential {
  token = $state(localStorage.getItem(TOKEN_KEY) ?? '');
  needed = $state(false);

  save(token: string) {
    this.token = token.trim();
    this.needed = false;
    localStorage.setItem(TOKEN_KEY, this.token);
  }
}

export const reader = new ReaderCredential();
