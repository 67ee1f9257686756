import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects the field at `path` below it (`asksFor(info,
 * 'aggregate', 'byChain')`), through inline fragments and fragment spreads too (directives such
 * as @skip are not read: a field that might be skipped counts as asked). For a resolver that can
 * start reading a child field's data in the same round trip as its own, or leave out the work of
 * a field nobody asked for.
 */
export function asksFor(info: GraphQLResolveInfo, ...path: [string, ...string[]]): boolean {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    nodes = nodes.flatMap((node) => fieldsNamed(info, node.selectionSet, name, new Set()));
    if (nodes.length === 0) return false;
  }
  return true;
}

function fieldsNamed(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, name: string, seen: Set<string>): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(info, selection.selectionSet, name, seen);
    const fragmentName = selection.name.value;
    if (seen.has(fragmentName)) return [];
    seen.add(fragmentName);
    return fieldsNamed(info, info.fragments[fragmentName]?.selectionSet, name, seen);
  });
}
