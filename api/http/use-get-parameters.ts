import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * A JSON parameter of a GET request, or a 400 that names it: yoga's own parser lets JSON.parse's
 * SyntaxError through, a 500. (That the value is an object, yoga checks next.)
 */
function jsonParameter(params: URLSearchParams, name: 'variables' | 'extensions'): Record<string, unknown> | undefined {
  const text = params.get(name);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw createGraphQLError(`The ${name} parameter is not valid JSON: send a URL-encoded JSON object, such as ${name}=%7B%7D.`, {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  }
}

/** Reads a GET request's parameters as yoga does, answering malformed JSON in them with 400 and what was wrong. */
export const useGetParameters: Plugin = {
  onRequestParse({ request, setRequestParser }) {
    if (request.method !== 'GET') return;
    setRequestParser((get) => {
      const params = new URL(get.url).searchParams;
      return {
        operationName: params.get('operationName') || undefined,
        query: params.get('query') || undefined,
        variables: jsonParameter(params, 'variables'),
        extensions: jsonParameter(params, 'extensions'),
      };
    });
  },
};
