import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/** Any JSON value, passed through unchanged both ways (see `scalar JSON` in schema.graphql). */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value, passed through as is.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
