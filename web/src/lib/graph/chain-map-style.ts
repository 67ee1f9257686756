import type { LayoutOptions, StylesheetJson } from 'cytoscape';
import { COVERAGES, COVERAGE_COLORS, NEIGHBOUR_COLORS, OPPORTUNITY_COLOR, OPPORTUNITY_TEXT_COLOR } from './coverage-colors';

/** The chain map's canvas: segments as labelled boxes coloured by coverage, stage titles above the columns. */
export const chainMapStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'round-rectangle',
      width: 170,
      height: 52,
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': '160px',
      'text-valign': 'center',
      'text-halign': 'center',
      'font-size': 13,
      color: '#102a43',
      'border-width': 2,
    },
  },
  ...COVERAGES.map((coverage) => ({
    selector: `node.${coverage}`,
    style: { 'background-color': COVERAGE_COLORS[coverage].fill, 'border-color': COVERAGE_COLORS[coverage].border },
  })),
  {
    selector: 'node.neighbour',
    style: { 'background-color': NEIGHBOUR_COLORS.fill, 'border-color': NEIGHBOUR_COLORS.border, color: '#486581', 'font-size': 12 },
  },
  { selector: 'node.opportunity', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': OPPORTUNITY_COLOR } },
  { selector: 'node.picked', style: { 'border-width': 4, 'border-color': '#102a43', 'border-style': 'solid' } },
  {
    selector: 'node.stage',
    style: { shape: 'rectangle', 'background-opacity': 0, 'border-width': 0, 'font-size': 14, 'font-weight': 'bold', color: '#486581', height: 24, events: 'no' },
  },
  {
    selector: 'edge',
    style: { width: 2, 'line-color': '#829ab1', 'target-arrow-color': '#829ab1', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' },
  },
  {
    selector: 'edge.cross',
    style: {
      'line-style': 'dashed',
      'line-color': OPPORTUNITY_COLOR,
      'target-arrow-color': OPPORTUNITY_COLOR,
      label: 'data(label)',
      'font-size': 10,
      color: OPPORTUNITY_TEXT_COLOR,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-rotation': 'autorotate',
    },
  },
  // A candidate's path (ChainGraph): its firms as small tags beside their segments, the rest faded.
  { selector: '.faded', style: { opacity: 0.25 } },
  {
    selector: 'node.path-firm',
    style: {
      width: 150,
      height: 20,
      'font-size': 11,
      'background-color': '#ffffff',
      'border-color': OPPORTUNITY_COLOR,
      'border-width': 2,
      color: OPPORTUNITY_TEXT_COLOR,
      'z-index': 10,
    },
  },
  { selector: 'edge.on-path', style: { width: 4, 'line-color': OPPORTUNITY_COLOR, 'target-arrow-color': OPPORTUNITY_COLOR, 'z-index': 10 } },
  {
    selector: 'edge.path-firm',
    style: { 'curve-style': 'straight', label: 'data(label)', 'font-size': 10, color: OPPORTUNITY_TEXT_COLOR, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85 },
  },
];

/** Positions come with the elements (chain-elements.ts), so that stages keep their columns in every place. */
export const chainMapLayout: LayoutOptions = { name: 'preset', padding: 24 };
