import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { EditorAccess } from '../../core/config.ts';

/** Who a request is: anyone is a reader; a request with the editor's token is an editor. */
export interface Viewer {
  editor: boolean;
  /** An editor's name as the web page sends it (X-Editor-Name), recorded on what they write. */
  name: string;
  /** Whether this server takes an editor at all (CHAIN_ATLAS_EDITOR_TOKEN set). */
  editorsEnabled: boolean;
}

const DEFAULT_EDITOR_NAME = 'editor';
const MAX_NAME_LENGTH = 40;

/** Compares in constant time, so the token cannot be guessed a character at a time from response times. */
function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function editorName(header: string | null): string {
  if (!header) return DEFAULT_EDITOR_NAME;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    name = header;
  }
  return name.replace(/\p{Cc}/gu, '').trim().slice(0, MAX_NAME_LENGTH) || DEFAULT_EDITOR_NAME;
}

/** The token a request carries in `Authorization: Bearer <token>`, if any. */
export function bearerToken(authorization: string | null): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
}

/** Whether `token` is this server's editor token. */
export function isEditorToken(token: string, access: EditorAccess): boolean {
  return access.token !== null && sameToken(token, access.token);
}

/** Whether `token` is this server's editor token or its read token. */
function isKnownToken(token: string, access: EditorAccess): boolean {
  return isEditorToken(token, access) || (!!access.readToken && sameToken(token, access.readToken));
}

/** Whether a request may read: any may, unless CHAIN_ATLAS_READ_TOKEN is set; then only with the read or the editor token. */
export function mayRead(authorization: string | null, access: EditorAccess): boolean {
  if (!access.readToken) return true;
  const token = bearerToken(authorization);
  return token !== undefined && isKnownToken(token, access);
}

/** Why a request may not read, in a sentence that says how to get access. */
export const READ_TOKEN_MESSAGE =
  'This server is open to holders of its read token only: send it (or the editor token) as Authorization: Bearer <token>; ask whoever runs this server for it. In the web app, enter it when asked.';

/**
 * The viewer of a request from its headers. The token travels in `Authorization`, which a
 * cross-site form or image cannot send: an editor's browser cannot be made to write by another site.
 */
export function viewerOf(header: (name: string) => string | null, access: EditorAccess): Viewer {
  const editorsEnabled = access.token !== null;
  const bearer = bearerToken(header('authorization'));
  const editor = bearer !== undefined && isEditorToken(bearer, access);
  return { editor, name: editor ? editorName(header('x-editor-name')) : DEFAULT_EDITOR_NAME, editorsEnabled };
}

/** Why a request may not write, in a sentence that says how to get access. */
export function editorOnlyMessage(viewer: Viewer): string {
  return viewer.editorsEnabled
    ? 'Editors only: send the editor token (Authorization: Bearer <token>); ask whoever runs this server for it.'
    : 'Editors only, and this server takes no editor: start it with CHAIN_ATLAS_EDITOR_TOKEN set (see README "Load your own data"), or import with npm run import on the server.';
}

/** Throws unless the request is an editor's: every field that changes the graph, or reads what only editors see, starts here. */
export function requireEditor(viewer: Viewer): void {
  if (viewer.editor) return;
  throw new GraphQLError(editorOnlyMessage(viewer), {
    extensions: { code: viewer.editorsEnabled ? 'UNAUTHENTICATED' : 'EDITORS_DISABLED', http: { status: 401 } },
  });
}
