import { getOperationAST, getVariableValues, GraphQLError, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIMITS } from './limit-values.ts';
import { createQueryCost } from './query-cost.ts';
import { refusal } from './refusal.ts';

/**
 * Refuses an operation whose cost is over LIMITS.cost, when execution starts and before any
 * resolver runs: the cost depends on the variables (`first: $first`), which validation does not see.
 */
export function useCostLimit(schema: GraphQLSchema): Plugin {
  const queryCost = createQueryCost(schema);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      // Without one operation, or with bad variables, execution answers the error itself and runs no resolver.
      if (!operation) return;
      const variables = args.variableValues ?? {};
      if (getVariableValues(args.schema, operation.variableDefinitions ?? [], variables).errors) return;
      let cost: number;
      try {
        cost = queryCost(args.document, variables, operation.name?.value, LIMITS.costedFields);
      } catch (error) {
        if (!(error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message))) throw error;
        setResultAndStopExecution({ errors: [refusal('QUERY_TOO_COMPLEX', 'the number of fields to cost', undefined, LIMITS.costedFields)] });
        return;
      }
      if (cost > LIMITS.cost) setResultAndStopExecution({ errors: [refusal('QUERY_TOO_COMPLEX', 'the query cost', cost, LIMITS.cost)] });
    },
  };
}
