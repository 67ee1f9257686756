import type { Css, LayoutOptions, StylesheetJson } from 'cytoscape';

/** The node kinds `neighborhood` returns, in the order the legend lists them. */
export const NODE_TYPES = ['Region', 'Park', 'Firm', 'Chain', 'Segment', 'Project', 'Source', 'Observation', 'Statement'] as const;
type NodeType = (typeof NODE_TYPES)[number];

/** One colour and shape per kind, so that the legend can be read without colour vision too. */
export const TYPE_STYLE: Record<NodeType, { color: string; shape: Css.NodeShape }> = {
  Region: { color: '#2f80ed', shape: 'round-rectangle' },
  Park: { color: '#27ae60', shape: 'hexagon' },
  Firm: { color: '#f2994a', shape: 'ellipse' },
  Chain: { color: '#9b51e0', shape: 'diamond' },
  Segment: { color: '#bb6bd9', shape: 'round-triangle' },
  Project: { color: '#eb5757', shape: 'star' },
  Source: { color: '#828282', shape: 'round-tag' },
  Observation: { color: '#00a3a3', shape: 'barrel' },
  Statement: { color: '#b7950b', shape: 'round-rectangle' },
};

const UNKNOWN_COLOR = '#52606d';

export function typeColor(type: string): string {
  return (TYPE_STYLE as Record<string, { color: string } | undefined>)[type]?.color ?? UNKNOWN_COLOR;
}

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': UNKNOWN_COLOR,
      label: 'data(label)',
      'font-size': 10,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '110px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
      width: 22,
      height: 22,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...NODE_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': TYPE_STYLE[type].color, shape: TYPE_STYLE[type].shape },
  })),
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#f0b429', width: 30, height: 30, 'font-weight': 'bold', 'z-index': 10 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#9fb3c8',
      'target-arrow-color': '#9fb3c8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'curve-style': 'bezier',
    },
  },
  {
    // Relationship names only around the selection (the canvas marks those edges): on every
    // edge they would bury the graph.
    selector: 'edge.near-selection',
    style: { label: 'data(label)', 'font-size': 8, color: '#486581', 'line-color': '#627d98', 'target-arrow-color': '#627d98', width: 2 },
  },
];

export type LayoutName = 'fcose' | 'dagre';

/**
 * fcose spreads general graphs; dagre ranks chains (FEEDS runs supplier → user) left to right.
 * `fresh` is false when most nodes already have places, so fcose refines instead of reshuffling.
 */
export function layoutOptions(name: LayoutName, fresh: boolean): LayoutOptions {
  if (name === 'dagre') return { name: 'dagre', rankDir: 'LR', nodeSep: 18, rankSep: 90, animate: false, padding: 30 } as LayoutOptions;
  return { name: 'fcose', randomize: fresh, animate: false, padding: 30, nodeRepulsion: () => 9000, idealEdgeLength: () => 120 } as LayoutOptions;
}
