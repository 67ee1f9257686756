import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

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
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiUnavailableError((error as Error).message);
  }
  const body = (await response.json().catch(() => null)) as { data?: TResult; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  // A proxy or a stopped server answers with something that is not GraphQL.
  if (!body) throw new ApiUnavailableError(`HTTP ${response.status}`);
  const [first] = body.errors ?? [];
  if (first) {
    if (first.extensions?.code === 'DATABASE_UNAVAILABLE') throw new ApiUnavailableError(first.message);
    throw new ApiError(first.message, first.extensions?.code);
  }
  return body.data as TResult;
}
