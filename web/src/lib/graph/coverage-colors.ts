import type { Coverage } from '../../generated/graphql';

/** A fill and a border: a node on the chain map's canvas, and the swatches and buttons that stand for it. */
export interface Swatch {
  fill: string;
  border: string;
}

/** The coverages in the order the legend lists them. */
export const COVERAGES: Coverage[] = ['PRESENT', 'THIN', 'MISSING'];

/** How well a place covers a segment: green, amber, red, the same on the canvas and around it. */
export const COVERAGE_COLORS: Record<Coverage, Swatch> = {
  PRESENT: { fill: '#c6f7d0', border: '#2f9e44' },
  THIN: { fill: '#ffe8cc', border: '#f08c00' },
  MISSING: { fill: '#ffe3e3', border: '#c92a2a' },
};

/** A neighbouring chain's segment, drawn at the map's edges: no coverage of its own. */
export const NEIGHBOUR_COLORS: Swatch = { fill: '#f0f4f8', border: '#9fb3c8' };

/** Extension opportunities and cross-chain links: a dashed outline, its text a shade darker. */
export const OPPORTUNITY_COLOR = '#7048e8';
export const OPPORTUNITY_TEXT_COLOR = '#5f3dc4';

/** A swatch as CSS custom properties (`--fill`, `--border`), for an element's `style` attribute. */
export function swatchStyle({ fill, border }: Swatch): string {
  return `--fill: ${fill}; --border: ${border}`;
}
