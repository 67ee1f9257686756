import { requireWholeNumber } from '../../../core/input-error.ts';
import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { NODE_LABELS, type EntityLabel } from '../../../core/labels.ts';
import {
  graphKeyOf,
  toGraphEdges,
  toGraphNode,
  type EdgeRow,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeRow,
} from './graph-elements.ts';

const expandNeighborhood = cypher('graph/neighborhood');

export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURS = 500;

/** What `Subgraph` answers. */
export interface SubgraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  center: string;
  omitted: number;
  truncated: boolean;
}

export interface NeighborhoodArgs {
  id: string;
  depth?: number | null;
  limit?: number | null;
  types?: readonly EntityLabel[] | null;
}

interface LevelRow {
  start: NodeRow[];
  nodes: NodeRow[];
  edges: EdgeRow[];
  total: number;
}

/**
 * The nodes within `depth` relationships of a node, breadth first, with the edges among them:
 * one query per level, each keeping at most the budget left of `limit` new neighbours (by key)
 * and counting exactly the ones it leaves out. Null when the id names no node.
 */
export async function findNeighborhood(db: Database, args: NeighborhoodArgs): Promise<SubgraphRecord | null> {
  const depth = requireWholeNumber('depth', args.depth ?? 1, 1, MAX_DEPTH, 'BAD_DEPTH');
  const limit = requireWholeNumber('limit', args.limit ?? 50, 1, MAX_NEIGHBOURS, 'BAD_PAGE_SIZE');
  const start = graphKeyOf(args.id);
  if (!start) return null;
  const types: readonly string[] = args.types?.length ? args.types : NODE_LABELS;

  const idOf = new Map<string, string>();
  const nodes: GraphNodeRecord[] = [];
  const edgeRows: EdgeRow[] = [];
  const keep = (rows: NodeRow[]) => {
    for (const row of rows) {
      const node = toGraphNode(row);
      idOf.set(row.elementId, node.id);
      nodes.push(node);
    }
  };

  let frontier: string[] = [];
  let inner: string[] = [];
  let kept = 0;
  let omitted = 0;
  for (let level = 1; level <= depth; level++) {
    const first = level === 1;
    const [row] = await db.read<LevelRow>(expandNeighborhood, {
      type: first ? start.type : null,
      key: first ? start.key : null,
      frontier,
      inner,
      types,
      limit: limit - kept,
    });
    if (!row) {
      if (first) return null;
      break;
    }
    if (first) {
      keep(row.start);
      frontier = row.start.map((node) => node.elementId);
    }
    keep(row.nodes);
    edgeRows.push(...row.edges);
    kept += row.nodes.length;
    omitted += row.total - row.nodes.length;
    inner = [...inner, ...frontier];
    frontier = row.nodes.map((node) => node.elementId);
    if (frontier.length === 0) break;
  }

  return {
    nodes,
    edges: toGraphEdges(edgeRows, idOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    center: nodes[0]!.id,
    omitted,
    truncated: omitted > 0,
  };
}
