/**
 * How the place dashboard lays out figures: charts of one measure over periods, a table for the
 * rest. Kept free of the browser and of generated types so that it can be tested on its own.
 */

/** What the layout reads of a figure (an Observation of the API). */
export interface Figure {
  key: string;
  indicator: string;
  unit: string;
  period?: string | null;
  value: number;
  qualifier?: string | null;
  scopeZh?: string | null;
  chain?: { key: string } | null;
  segment?: { key: string } | null;
  benchmark?: { code: string } | null;
}

/** One figure's values over periods: a chart when it has two periods or more, one value each. */
export interface Series<O extends Figure> {
  /** The first of its figures: they differ only in period and value. */
  figure: O;
  points: { period: string; value: number }[];
}

/**
 * What a figure measures besides its period: the indicator and unit, and the scope, chain,
 * segment, benchmark and qualifier that tell apart two figures of one indicator and period
 * (吉安's 2019 营业收入 of 1,400亿元 is 电子信息's, of 700亿元 大健康's).
 */
function measured(o: Figure): string {
  return JSON.stringify([o.indicator, o.unit, o.scopeZh, o.chain?.key, o.segment?.key, o.benchmark?.code, o.qualifier]);
}

/**
 * Splits figures into series worth a chart and the rest for a table. A series is one measure
 * over two periods or more; several values for one period cannot share a bar, so they go to the table.
 */
export function splitFigures<O extends Figure>(observations: O[]): { series: Series<O>[]; rows: O[] } {
  const groups = new Map<string, O[]>();
  for (const observation of observations) {
    const key = measured(observation);
    groups.set(key, [...(groups.get(key) ?? []), observation]);
  }
  const series: Series<O>[] = [];
  const rows: O[] = [];
  for (const group of groups.values()) {
    const periods = new Set(group.map((o) => o.period));
    const chartable = group.length >= 2 && periods.size === group.length && group.every((o) => o.period);
    if (!chartable) {
      rows.push(...group);
      continue;
    }
    const points = group.map((o) => ({ period: o.period ?? '', value: o.value })).sort((a, b) => a.period.localeCompare(b.period));
    series.push({ figure: group[0]!, points });
  }
  return { series, rows };
}

/**
 * The figures of the table whose label and period another shares (the sources reported the same
 * measure twice): those are told apart by their source.
 */
export function sameMeasure(rows: Figure[]): Set<string> {
  const keys = rows.map((o) => `${measured(o)}|${o.period}`);
  return new Set(rows.filter((_, i) => keys.indexOf(keys[i]!) !== keys.lastIndexOf(keys[i]!)).map((o) => o.key));
}
