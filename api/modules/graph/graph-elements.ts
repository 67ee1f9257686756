import { NODE_LABELS, type NodeLabel } from '../../../core/labels.ts';
import { globalId, parseGlobalId } from '../node/global-id.ts';

/** Properties left out of `GraphNode.properties`: the fulltext index's text repeats name and aliases. */
const BULKY_PROPERTIES = new Set(['searchText']);

/** The longest statement text used as a caption before it is cut. */
const CAPTION_LENGTH = 30;

/** A node as the graph queries return it (cypher/graph/*.cypher). */
export interface NodeRow {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship as the graph queries return it: its ends are elementIds. */
export interface EdgeRow {
  type: string;
  start: string;
  end: string;
}

/** What `GraphNode` answers. */
export interface GraphNodeRecord {
  id: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
}

/** What `GraphEdge` answers. */
export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  type: string;
}

/** The label and key that a global id names, or null when its type is no node label (it names nothing). */
export function graphKeyOf(id: string): { type: NodeLabel; key: string } | null {
  const { type, key } = parseGlobalId(id);
  return (NODE_LABELS as readonly string[]).includes(type) ? { type: type as NodeLabel, key } : null;
}

function mainLabel(labels: string[]): string {
  return NODE_LABELS.find((label) => labels.includes(label)) ?? labels[0] ?? 'Node';
}

function caption(properties: Record<string, unknown>, fallback: string): string {
  const { name, title, indicator, period, value, text } = properties;
  if (typeof name === 'string' && name) return name;
  if (typeof title === 'string' && title) return title;
  if (typeof indicator === 'string' && indicator) {
    return [indicator, period, value].filter((part) => part !== null && part !== undefined && part !== '').join(' ');
  }
  if (typeof text === 'string' && text) return text.length > CAPTION_LENGTH ? `${text.slice(0, CAPTION_LENGTH)}…` : text;
  return fallback;
}

export function toGraphNode(row: NodeRow): GraphNodeRecord {
  const type = mainLabel(row.labels);
  const key = type === 'Region' ? row.properties.code : row.properties.id;
  const id = globalId(type, String(key ?? row.elementId));
  const properties = Object.fromEntries(Object.entries(row.properties).filter(([name]) => !BULKY_PROPERTIES.has(name)));
  return { id, type, label: caption(row.properties, id), properties };
}

/** An edge between two global ids; its id (`FEEDS:Segment:a->Segment:b`) is stable across requests. */
export function graphEdge(type: string, source: string, target: string): GraphEdgeRecord {
  return { id: `${type}:${source}->${target}`, source, target, type };
}

/**
 * Edges with global ids for ends, given the global id of each node by elementId; an edge's id
 * (`FEEDS:Segment:a->Segment:b`) is stable across requests, and an edge is given once.
 */
export function toGraphEdges(rows: EdgeRow[], idOf: ReadonlyMap<string, string>): GraphEdgeRecord[] {
  const edges = new Map<string, GraphEdgeRecord>();
  for (const row of rows) {
    const source = idOf.get(row.start);
    const target = idOf.get(row.end);
    if (!source || !target) continue;
    const edge = graphEdge(row.type, source, target);
    edges.set(edge.id, edge);
  }
  return [...edges.values()];
}
