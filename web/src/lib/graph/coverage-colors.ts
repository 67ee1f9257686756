import type { Coverage } from '../../generated/graphql';

/** A fill and a border: a node on the chain map's canvas, and the swatches and buttons that stand for it. */
export interface Swatch {
  fill: string;
  border: string;
}

/** The coverages in the order the legend lists them. */
export const COVERAGES: Coverage[] = ['PRESENT', 'THIN', 'COMING', 'MISSING', 'UNKNOWN'];

/**
 * How well a place covers a segment, the same on the canvas and around it: green, amber, blue
 * for what is coming, red only for what a complete roster shows missing, and white with a grey
 * border for what our data does not speak of (unknown is not missing).
 */
export const COVERAGE_COLORS: Record<Coverage, Swatch> = {
  PRESENT: { fill: '#c6f7d0', border: '#2f9e44' },
  THIN: { fill: '#ffe8cc', border: '#f08c00' },
  COMING: { fill: '#d0ebff', border: '#1c7ed6' },
  MISSING: { fill: '#ffe3e3', border: '#c92a2a' },
  UNKNOWN: { fill: '#ffffff', border: '#adb5bd' },
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
