import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isAbstractType,
  isEnumType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_LIST_SIZE, FIELD_COSTS, HANDED_DOWN_SIZES, LIST_SIZES, SIZE_ARGUMENTS } from './field-costs.ts';

/** The fields at `path` below a selection set, through inline fragments (named ones are not followed). */
function* fieldsAt(selectionSet: SelectionSetNode | undefined, [name, ...rest]: string[]): Generator<FieldNode> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.INLINE_FRAGMENT) yield* fieldsAt(selection.selectionSet, [name!, ...rest]);
    else if (selection.kind === Kind.FIELD && selection.name.value === name) {
      if (rest.length) yield* fieldsAt(selection.selectionSet, rest);
      else yield selection;
    }
  }
}

/** The list fields whose length an enclosing field's argument sets (HANDED_DOWN_SIZES), with that length. */
function handedDownSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): Map<FieldNode, number> {
  const sizes = new Map<FieldNode, number>();
  const typeInfo = new TypeInfo(schema);
  const visitor = {
    Field(node: FieldNode) {
      const field = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      if (!field || !parent) return;
      for (const rule of HANDED_DOWN_SIZES.filter((r) => r.of(`${parent.name}.${field.name}`, getNamedType(field.type).name))) {
        const size = getArgumentValues(field, node, variables)[rule.argument];
        if (typeof size !== 'number') continue;
        for (const path of rule.paths) for (const list of fieldsAt(node.selectionSet, path)) sizes.set(list, size);
      }
    },
  };
  visit(document, visitWithTypeInfo(typeInfo, visitor));
  return sizes;
}

/**
 * How long introspection's lists are, from the schema itself: `__schema { types … }` lists every
 * type, and a type's `fields` (or a field's `args`…) count as many as a type has on average, so
 * that the cost of `types { fields { type { fields … } } }` grows as its answer does (by the
 * maximum, GraphiQL's own introspection query would cost more than any screen).
 */
function introspectionSizes(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const fields = types.flatMap((type) => ('getFields' in type ? Object.values(type.getFields()) : []));
  const average = (total: number, of: number) => Math.max(1, Math.ceil(total / Math.max(1, of)));
  const perType = (count: (type: (typeof types)[number]) => number) => average(types.reduce((sum, type) => sum + count(type), 0), types.length);
  return {
    '__Schema.types': types.length,
    '__Schema.directives': schema.getDirectives().length,
    '__Type.fields': average(fields.length, types.length),
    '__Type.inputFields': average(fields.length, types.length),
    '__Type.enumValues': perType((type) => (isEnumType(type) ? type.getValues().length : 0)),
    '__Type.interfaces': perType((type) => (isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().length : 0)),
    '__Type.possibleTypes': perType((type) => (isAbstractType(type) ? schema.getPossibleTypes(type).length : 0)),
    '__Field.args': average(fields.reduce((sum, field) => sum + ('args' in field ? field.args.length : 0), 0), fields.length),
    '__Directive.args': average(schema.getDirectives().reduce((sum, directive) => sum + directive.args.length, 0), schema.getDirectives().length),
  };
}

/**
 * The cost of a document: each field its own cost (FIELD_COSTS, else 1) plus
 * what it selects times how many items it returns, so that nested lists multiply. Measured on
 * the screens' requests in the README's "Limits" section.
 */
export function createQueryCost(schema: GraphQLSchema) {
  const listSizes = { ...LIST_SIZES, ...introspectionSizes(schema) };

  function estimate({ type, field, node, args, childComplexity, context }: ComplexityEstimatorArgs): number {
    const coordinate = `${type.name}.${field.name}`;
    const fieldCost = FIELD_COSTS[coordinate] ?? 1;
    const own = typeof fieldCost === 'number' ? fieldCost : fieldCost(args);
    if (!isListType(getNullableType(field.type))) return own + childComplexity;
    const sizeArgument = SIZE_ARGUMENTS.map((name) => args[name]).find((value): value is number => typeof value === 'number');
    const size = (context!.sizes as Map<FieldNode, number>).get(node) ?? sizeArgument ?? listSizes[coordinate] ?? DEFAULT_LIST_SIZE;
    return own + Math.max(0, size) * childComplexity;
  }

  /**
   * The cost of the operation `operationName` with its variables as sent (getComplexity coerces
   * them itself: given coerced ones, it would refuse an enum's internal value). Throws when
   * counting would visit more than `maxNodes` fields, as fragments spread into fragments spread
   * many times can make a short document do.
   */
  return (document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, maxNodes: number): number => {
    const operation = getOperationAST(document, operationName);
    const coerced = (operation && getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced) ?? {};
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [estimate],
      context: { sizes: handedDownSizes(schema, document, coerced) },
      maxQueryNodes: maxNodes,
    });
  };
}
