/**
 * Every `extensions.code` an error leaving the server can carry: a closed set, so that a client
 * can branch on the code and a test can check that nothing else gets out (api/errors/ maps
 * whatever else would). The README's "Errors" section lists the same codes; a test keeps the two
 * in step.
 *
 * `status` is the HTTP status of an answer with this error and no data. GraphQL over HTTP answers
 * a request that reached execution with 200, whatever its errors, when the client accepts
 * application/json; yoga's own request errors (parse, validation, variables) answer 400 only to
 * a client that accepts application/graphql-response+json.
 */
export interface ErrorCodeInfo {
  status: number;
  meaning: string;
}

export const ERROR_CODES = {
  // A bad argument (core/input-error.ts): the message names the argument and what it takes.
  BAD_REGION_CODE: { status: 200, meaning: 'a region code that is not 2, 4 or 6 digits' },
  BAD_ID: { status: 200, meaning: 'a global id that is malformed or of another type' },
  BAD_CURSOR: { status: 200, meaning: 'an `after` cursor this list did not hand out' },
  BAD_PAGE_SIZE: { status: 200, meaning: '`first` or `limit` out of its range' },
  BAD_SEARCH: { status: 200, meaning: 'search text that is empty or longer than its maximum' },
  BAD_PLACE: { status: 200, meaning: 'a region or park that does not exist, or both given' },
  UNKNOWN_CHAIN: { status: 200, meaning: 'a chain id that does not exist' },
  BAD_THRESHOLD: { status: 200, meaning: 'a threshold out of its range' },
  BAD_DEPTH: { status: 200, meaning: 'a depth or hop count out of its range' },
  BAD_DATE: { status: 200, meaning: 'a date argument not written YYYY-MM-DD, or no day of the calendar' },
  BAD_FILTER: { status: 200, meaning: 'a list filter that is malformed, unknown or contradictory' },
  NOT_FOUND: { status: 200, meaning: 'an upload id that is gone (uploads are kept for a day)' },
  IMPORT_REFUSED: { status: 200, meaning: 'a file or undo the importer refuses as a whole; its reason in `extensions.reason`' },
  ARTICLE_REFUSED: { status: 200, meaning: 'an article that cannot be read: empty, too large, binary or not Chinese; its reason in `extensions.reason`' },
  REVIEW_REFUSED: { status: 200, meaning: 'a decision on a kept article\'s proposal, or its undo, that cannot be made: a field that does not hold (named), a proposal decided already, a later change; its reason in `extensions.reason`' },
  // Refused before execution (api/limits/).
  QUERY_TOO_COMPLEX: { status: 200, meaning: 'a document over a limit (depth, aliases, tokens, directives, cost)' },
  RESPONSE_TOO_LARGE: { status: 200, meaning: 'an answer over 1 MB' },
  // The request as GraphQL over HTTP reads it (graphql-yoga).
  BAD_REQUEST: { status: 400, meaning: 'a request that is not GraphQL over HTTP: no query, a body that is not JSON, a wrong method or content type (415 for a POST that is not JSON, 421 for a Host not in ALLOWED_HOSTS, 431 for a URL or headers over 16 KB)' },
  GRAPHQL_PARSE_FAILED: { status: 400, meaning: 'a document that is not GraphQL' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, meaning: 'a document the schema does not allow: an unknown field, a missing or wrongly typed argument' },
  BAD_USER_INPUT: { status: 400, meaning: 'variables that do not fit their declared types' },
  OPERATION_RESOLUTION_FAILURE: { status: 400, meaning: 'an operationName the document does not define, none where it holds several, or a subscription (there are none)' },
  REQUEST_ENTITY_TOO_LARGE: { status: 413, meaning: 'a request body over 1 MB, or an upload over UPLOAD_MAX_MB' },
  // Access.
  UNAUTHENTICATED: { status: 401, meaning: "an editor's field or upload without the editor's token; any GraphQL request without the read token where CHAIN_ATLAS_READ_TOKEN is set" },
  EDITORS_DISABLED: { status: 401, meaning: "an editor's field or upload on a server started without CHAIN_ATLAS_EDITOR_TOKEN" },
  RATE_LIMITED: { status: 429, meaning: 'a client over its share of requests; Retry-After says when to try again' },
  // Uploads (POST /uploads).
  BAD_UPLOAD: { status: 400, meaning: 'an upload without a file name, of a type not imported, or empty' },
  METHOD_NOT_ALLOWED: { status: 405, meaning: 'a request to /uploads that is not a POST' },
  // The server.
  DATABASE_UNAVAILABLE: { status: 200, meaning: 'Neo4j is down or stalled; try again in a moment' },
  TIMEOUT: { status: 200, meaning: 'reads that outlasted REQUEST_TIMEOUT_MS, cancelled' },
  INTERNAL: { status: 500, meaning: 'anything unexpected: the server log holds the details under the request id' },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}
