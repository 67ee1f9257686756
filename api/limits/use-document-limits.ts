import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIMITS } from './limit-values.ts';
import { refusal } from './refusal.ts';

/**
 * Turns armor's refusal into ours and stops at once: thrown, it ends parsing or validation before
 * the rest of the document is looked at (armor's default would report and carry on, and its token
 * check would report every token past the maximum).
 */
function refuse(limit: string, max: number) {
  return [
    (_: unknown, error: GraphQLError): never => {
      const found = /found (\d+)/.exec(error.message)?.[1];
      throw refusal('QUERY_TOO_COMPLEX', limit, found === undefined ? undefined : Number(found), max);
    },
  ];
}

/**
 * graphql-js's own bound on introspection, which refuses `fields` (or `interfaces`,
 * `possibleTypes`, `inputFields`) nested three deep in `__schema` or `__type`, answered as the
 * other limits are rather than as a plain validation error.
 */
const useIntrospectionNesting: Plugin = {
  onValidate() {
    return ({ result, setResult }) => {
      if (result.some((error) => error.message === 'Maximum introspection depth exceeded')) {
        setResult([refusal('QUERY_TOO_COMPLEX', 'the nesting of lists in introspection', undefined, 2)]);
      }
    };
  },
};

/**
 * The shape limits, checked while the document is parsed (tokens) and validated (depth, aliases,
 * directives), so a refused document never reaches execution. Field suggestions ("Did you mean
 * …?") name fields a client did not ask for: hidden in production, kept in development where they
 * help whoever writes a query.
 */
export function useDocumentLimits({ production }: { production: boolean }): Plugin[] {
  const { plugins } = new EnvelopArmor({
    maxTokens: { n: LIMITS.tokens, onReject: refuse('the number of tokens', LIMITS.tokens) },
    maxDepth: {
      n: LIMITS.depth,
      // GraphiQL's introspection query is 15 deep (`ofType` in `ofType`…): the cost bounds
      // introspection instead. Only a `__schema` field is let through, not a fragment so named
      // (GHSA-224p-v68g-5g8f, fixed in graphql-armor-max-depth 2.4.2).
      ignoreIntrospection: true,
      // Depth is the nesting of fields, however fragments group them.
      flattenFragments: true,
      onReject: refuse('the query depth', LIMITS.depth),
    },
    maxAliases: { n: LIMITS.aliases, onReject: refuse('the number of aliases', LIMITS.aliases) },
    maxDirectives: { n: LIMITS.directives, onReject: refuse('the number of directives', LIMITS.directives) },
    blockFieldSuggestion: { enabled: production },
    // Our own cost model (use-cost-limit.ts) weighs fields by what they cost here.
    costLimit: { enabled: false },
  }).protect();
  return [...(plugins as Plugin[]), useIntrospectionNesting];
}
