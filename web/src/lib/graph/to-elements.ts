import type { ElementDefinition } from 'cytoscape';

/** A node as `neighborhood` and `paths` return it (GraphNode), without depending on generated types. */
export interface SubgraphNode {
  id: string;
  type: string;
  label: string;
  properties: unknown;
  /** An observation's indicator, named in both languages; absent or null for other kinds. */
  indicatorName?: string | null;
  indicatorNameEn?: string | null;
}

/** A relationship as the API returns it (GraphEdge). */
export interface SubgraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

export interface Subgraph {
  nodes: readonly SubgraphNode[];
  edges: readonly SubgraphEdge[];
}

export const EMPTY_SUBGRAPH: Subgraph = { nodes: [], edges: [] };

/**
 * Merges subgraphs into one, each node and edge once by id. Neighbourhoods overlap (the
 * center of one is a neighbour of another), and the later copy wins because it is fresher.
 */
export function mergeSubgraphs(...subgraphs: readonly Subgraph[]): Subgraph {
  const nodes = new Map<string, SubgraphNode>();
  const edges = new Map<string, SubgraphEdge>();
  for (const subgraph of subgraphs) {
    for (const node of subgraph.nodes) nodes.set(node.id, node);
    for (const edge of subgraph.edges) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** A subgraph without these nodes and the relationships that touch them. */
export function withoutNodes(subgraph: Subgraph, ids: ReadonlySet<string>): Subgraph {
  return {
    nodes: subgraph.nodes.filter((node) => !ids.has(node.id)),
    edges: subgraph.edges.filter((edge) => !ids.has(edge.source) && !ids.has(edge.target)),
  };
}

/** What the canvas writes on nodes and edges; by default the API's caption and relationship type. */
export interface Captions {
  node: (node: SubgraphNode) => string;
  edge: (type: string) => string;
}

const API_CAPTIONS: Captions = { node: (node) => node.label, edge: (type) => type };

/**
 * Cytoscape elements for a subgraph, deduplicated by id, leaving out nodes of the hidden types.
 * Edges with an end that is not drawn are left out too: Cytoscape refuses an edge to a
 * missing node. Each element's `label` is what `captions` makes of it.
 */
export function toElements(subgraph: Subgraph, hiddenTypes: ReadonlySet<string> = new Set(), captions: Captions = API_CAPTIONS): ElementDefinition[] {
  const merged = mergeSubgraphs(subgraph);
  const drawn = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of merged.nodes) {
    if (hiddenTypes.has(node.type)) continue;
    drawn.add(node.id);
    elements.push({ group: 'nodes', data: { id: node.id, label: captions.node(node), type: node.type } });
  }
  for (const edge of merged.edges) {
    if (!drawn.has(edge.source) || !drawn.has(edge.target)) continue;
    elements.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, label: captions.edge(edge.type) } });
  }
  return elements;
}
