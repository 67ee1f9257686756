import { GraphQLError } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, maskError } from 'graphql-yoga';
import { InputError } from '../core/input-error.ts';
import { DatabaseUnavailableError, RequestTimeoutError } from '../db/database-errors.ts';
import { READERS_ONLY, type EditorAccess } from '../core/config.ts';
import type { Database } from '../db/database.ts';
import { viewerOf } from './access/viewer.ts';
import { createContext } from './context.ts';
import { useLimits } from './limits/use-limits.ts';
import { createSchema } from './schema.ts';

/**
 * The one place domain errors become GraphQL errors: a bad argument (InputError) reaches the
 * client with its message and code, an outage as such; anything else as "Unexpected error." (and
 * in the server log).
 */
function maskUnexpected(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  // graphql-js copies an original error's `extensions` onto the GraphQLError that wraps it, so a
  // wrapped InputError already reads as it should; returned as is, yoga does not log it either.
  if (original instanceof InputError) {
    return error instanceof GraphQLError ? error : new GraphQLError(original.message, { extensions: original.extensions });
  }
  // An outage or a spent time budget: the wrapping error already carries its code and message; returned
  // as is, so that yoga logs nothing per request (the health monitor logs an outage once).
  if ((original instanceof DatabaseUnavailableError || original instanceof RequestTimeoutError) && error instanceof GraphQLError) return error;
  return maskError(error, message, isDev);
}

/** The GraphQL endpoint, with GraphiQL for GET requests from a browser. */
export function createGraphQLServer(db: Database, access: EditorAccess = READERS_ONLY) {
  const schema = createSchema();
  return createYoga({
    schema,
    context: ({ request }) => createContext(db, viewerOf((name) => request.headers.get(name), access), access),
    graphqlEndpoint: '/graphql',
    graphiql: {
      title: 'Chain Atlas GraphQL',
      defaultQuery: '{\n  region(code: "360824") {\n    name\n    parent { name parent { name } }\n  }\n}\n',
    },
    // Bundled GraphiQL: the default one loads from a CDN, which a closed network cannot reach.
    renderGraphiQL,
    landingPage: false,
    // api/http/serve.ts enforces the size limit while it reads the body (MAX_REQUEST_BODY_BYTES);
    // yoga's own check pipes every body through a web stream, which cost 0.3 ms a request.
    maxRequestBodySize: false,
    maskedErrors: { maskError: maskUnexpected },
    plugins: useLimits(schema),
  });
}
