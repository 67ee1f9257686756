import { requireWholeNumber } from '../../../core/input-error.ts';
import { NODE_LABELS } from '../../../core/labels.ts';
import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { graphKeyOf, toGraphEdges, toGraphNode, type EdgeRow, type GraphEdgeRecord, type GraphNodeRecord, type NodeRow } from './graph-elements.ts';

const findShortestPaths = cypher('graph/paths');

/** The literal hop bound of cypher/graph/paths.cypher. */
export const MAX_HOPS = 6;
/** The literal SHORTEST k of cypher/graph/paths.cypher. */
export const MAX_PATHS = 10;

/** What `GraphPath` answers. */
export interface GraphPathRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  length: number;
}

export interface PathsArgs {
  fromId: string;
  toId: string;
  maxHops?: number | null;
  first?: number | null;
}

interface PathRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
  length: number;
}

/** The shortest paths between two nodes, either way along relationships, shortest first; [] when an id names nothing. */
export async function findPaths(db: Database, args: PathsArgs): Promise<GraphPathRecord[]> {
  const maxHops = requireWholeNumber('maxHops', args.maxHops ?? 4, 1, MAX_HOPS, 'BAD_DEPTH');
  const first = requireWholeNumber('first', args.first ?? 3, 1, MAX_PATHS, 'BAD_PAGE_SIZE');
  const from = graphKeyOf(args.fromId);
  const to = graphKeyOf(args.toId);
  if (!from || !to) return [];
  const rows = await db.read<PathRow>(findShortestPaths, {
    fromType: from.type,
    fromKey: from.key,
    toType: to.type,
    toKey: to.key,
    maxHops,
    first,
    labels: NODE_LABELS,
  });
  return rows.map((row) => {
    const idOf = new Map<string, string>();
    const nodes = row.nodes.map((nodeRow) => {
      const node = toGraphNode(nodeRow);
      idOf.set(nodeRow.elementId, node.id);
      return node;
    });
    return { nodes, edges: toGraphEdges(row.edges, idOf), length: row.length };
  });
}
