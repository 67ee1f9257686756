import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { editor } from '../state/editor.svelte';
import { reader } from '../state/reader.svelte';

/** An error the API answered with: its message is meant for people, its code for the app. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** The API could not be reached at all: the app shows a banner with a retry button. */
export class ApiUnavailableError extends Error {}

type ErrorBody = { errors?: { message: string; extensions?: { code?: string } }[] };

/**
 * The editor's credential, sent with every request once the editor has given a token: the token
 * as a bearer token (a header a cross-site form cannot send) and the name, URI-encoded for Chinese.
 */
function editorHeaders(): Record<string, string> {
  // The editor token opens a server that asks for a read token, too.
  if (!editor.token) return reader.token ? { authorization: `Bearer ${reader.token}` } : {};
  const headers: Record<string, string> = { authorization: `Bearer ${editor.token}` };
  if (editor.name) headers['x-editor-name'] = encodeURIComponent(editor.name);
  return headers;
}

/** The web app's one door to the server: a typed GraphQL operation over fetch. */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...editorHeaders() },
      body: JSON.stringify({ query: print(document), variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiUnavailableError((error as Error).message);
  }
  // A server started with CHAIN_ATLAS_READ_TOKEN refuses a read without it: the shell asks for it.
  if (response.status === 401 && response.headers.get('www-authenticate') === 'Bearer') reader.needed = true;
  const body = (await response.json().catch(() => null)) as ({ data?: TResult } & ErrorBody) | null;
  // A proxy or a stopped server answers with something that is not GraphQL.
  if (!body) throw new ApiUnavailableError(`HTTP ${response.status}`);
  const [first] = body.errors ?? [];
  if (first) {
    if (first.extensions?.code === 'DATABASE_UNAVAILABLE') throw new ApiUnavailableError(first.message);
    throw new ApiError(first.message, first.extensions?.code);
  }
  return body.data as TResult;
}

/** A file the server has received, to import by its id. */
export interface Uploaded {
  upload: string;
  fileName: string;
  bytes: number;
}

/**
 * Sends a file to `POST /uploads` as its raw bytes (an editor's request), reporting the share sent
 * as it goes: a roster of a million rows takes a while. XMLHttpRequest, since fetch cannot tell
 * how much of a request body has gone.
 */
export function uploadFile(file: File, onprogress: (sent: number) => void = () => undefined): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/uploads');
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    for (const [name, value] of Object.entries(editorHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onprogress(event.loaded / event.total);
    };
    // The server closes the connection on a file over its limit before the browser has sent it
    // all, which reads as a network error here: the page says both, and a GraphQL request after
    // tells whether the server is down.
    xhr.onerror = () => reject(new ApiError('The upload was interrupted.', 'UPLOAD_INTERRUPTED'));
    xhr.onload = () => {
      let body: (Partial<Uploaded> & ErrorBody) | null = null;
      try {
        body = JSON.parse(xhr.responseText) as Partial<Uploaded> & ErrorBody;
      } catch {
        // A proxy's page, or nothing: handled below.
      }
      if (xhr.status === 201 && body?.upload) return resolve(body as Uploaded);
      const [first] = body?.errors ?? [];
      if (first) return reject(new ApiError(first.message, first.extensions?.code));
      reject(new ApiUnavailableError(`HTTP ${xhr.status}`));
    };
    xhr.send(file);
  });
}
