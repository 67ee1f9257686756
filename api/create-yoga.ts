import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { DEVELOPMENT_EXPOSURE, READERS_ONLY, type EditorAccess, type Exposure } from '../core/config.ts';
import type { Database } from '../db/database.ts';
import { useReadToken } from './access/use-read-token.ts';
import { viewerOf } from './access/viewer.ts';
import { corsFor } from './http/cors-options.ts';
import { useGetParameters } from './http/use-get-parameters.ts';
import { createContext } from './context.ts';
import { requestLogger } from './errors/error-log.ts';
import { maskUnexpected } from './errors/mask-errors.ts';
import { useErrorShape } from './errors/use-error-shape.ts';
import { useLimits } from './limits/use-limits.ts';
import { createSchema } from './schema.ts';

/** The GraphQL endpoint, with GraphiQL for GET requests from a browser where `exposure` allows it. */
export function createGraphQLServer(db: Database, access: EditorAccess = READERS_ONLY, exposure: Exposure = DEVELOPMENT_EXPOSURE) {
  const schema = createSchema();
  return createYoga({
    schema,
    context: ({ request }) => createContext(db, viewerOf((name) => request.headers.get(name), access), access),
    graphqlEndpoint: '/graphql',
    graphiql: exposure.graphiql && {
      title: 'Chain Atlas GraphQL',
      defaultQuery: '{\n  region(code: "360824") {\n    name\n    parent { name parent { name } }\n  }\n}\n',
    },
    // Bundled GraphiQL: the default one loads from a CDN, which a closed network cannot reach.
    renderGraphiQL,
    landingPage: false,
    cors: corsFor(exposure.corsOrigins),
    // Files come through /uploads; api/http/serve.ts executes JSON POSTs only.
    multipart: false,
    // api/http/serve.ts enforces the size limit while it reads the body (MAX_REQUEST_BODY_BYTES);
    // yoga's own check pipes every body through a web stream, which cost 0.3 ms a request.
    maxRequestBodySize: false,
    maskedErrors: { maskError: maskUnexpected },
    logging: requestLogger(),
    plugins: [
      // First: a request without the read token (when one is set) goes no further.
      useReadToken(access),
      ...useLimits(schema, { production: exposure.production }),
      useGetParameters,
      // In production the schema is not handed to strangers; the web app needs no introspection.
      ...(exposure.production ? [useDisableIntrospection()] : []),
      // Last, so that it shapes the errors every other plugin made.
      useErrorShape(),
    ],
  });
}
