/**
 * Every limit a request meets before it runs, and the response cap after. The values are measured
 * on what the web app's screens send (app/warm-up/screen-requests.ts): see the README's "Limits"
 * section for the measurements and the margins.
 */
export const LIMITS = {
  /** Nesting of fields. */
  depth: 10,
  /** Fields asked for under another name. */
  aliases: 20,
  /** Lexical tokens of the document (a name, a brace, a string). */
  tokens: 2000,
  /** Directives (`@include`, `@skip`) in the document. */
  directives: 10,
  /** The cost of the operation (api/limits/query-cost.ts). */
  cost: 100_000,
  /** Fields visited while counting the cost, fragments spread each time they are used. */
  costedFields: 2000,
  /** The serialized answer, in bytes. */
  responseBytes: 1_000_000,
} as const;
