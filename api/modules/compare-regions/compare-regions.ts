import { cypher } from '../../../db/cypher-files.ts';
import { InputError } from '../../../core/input-error.ts';
import type { Database } from '../../../db/database.ts';
import { loadAll } from '../../loaders/load-all.ts';
import type { Loaders } from '../../loaders.ts';
import { coverageOf, countByCoverage, evidenceOf } from '../../../core/coverage.ts';
import type { PresenceRow } from '../../../core/presence.ts';
import { DEFAULT_THIN_THRESHOLD } from '../chain-map/chain-map.ts';
import type { ChainRecord, FocusRecord } from '../chain/chain-store.ts';
import type { ObservationRecord } from '../observation/observation-record.ts';
import { placeArgs, requireKnownRegions } from '../place/place-scope.ts';

const compareRegionsQuery = cypher('compare-regions/compare-regions');
const MAX_REGIONS = 10;

export interface RegionFacts {
  code: string;
  focuses: Pick<FocusRecord, 'chainId' | 'role'>[];
  /** What it has of each segment it has anything of: the presence row's evidence. */
  made: (Pick<PresenceRow, 'segment' | 'producerCount' | 'statuses' | 'statusCounts'>)[];
  /** Whether a complete roster covers the region or one it lies in. */
  complete: boolean;
  firmCount: number;
  projectCount: number;
  /** Summed over the projects with an amount; null when none has one. */
  investmentCny: number | null;
  /** How many projects the sum covers. */
  withInvestmentCount: number;
  statuses: { status: string | null }[];
  observations: ObservationRecord[];
}

export interface ChainCoverageSummaryRecord {
  code: string;
  role: FocusRecord['role'];
  focused: boolean;
  present: number;
  thin: number;
  coming: number;
  missing: number;
  unknown: number;
}

export interface ChainComparisonRecord {
  chainId: string;
  byRegion: ChainCoverageSummaryRecord[];
}

export interface FigureValueRecord {
  code: string;
  value: number | null;
}

export interface FigureComparisonRecord {
  indicator: string;
  period: string | null;
  unit: string;
  values: FigureValueRecord[];
}

export interface RegionComparisonRecord {
  places: RegionFacts[];
  chains: ChainComparisonRecord[];
  figures: FigureComparisonRecord[];
}

/** How much of a chain a region has: its segments counted by coverage, by the chain map's rules. */
function summarize(chain: ChainRecord, facts: RegionFacts): ChainCoverageSummaryRecord {
  const made = new Map(facts.made.map((row) => [row.segment, row]));
  const counts = countByCoverage(chain.segmentIds.map((segment) => coverageOf(evidenceOf(made.get(segment), facts.complete), DEFAULT_THIN_THRESHOLD)));
  const focus = facts.focuses.find((f) => f.chainId === chain.key);
  return {
    code: facts.code, role: focus?.role ?? null, focused: Boolean(focus),
    present: counts.PRESENT, thin: counts.THIN, coming: counts.COMING, missing: counts.MISSING, unknown: counts.UNKNOWN,
  };
}

/** Two or more regions side by side, each including everything below it: one round trip, then the chains' segment lists. */
export async function compareRegions(db: Database, loaders: Pick<Loaders, 'chains'>, codes: readonly string[]): Promise<RegionComparisonRecord> {
  if (codes.length > MAX_REGIONS) {
    throw new InputError('BAD_PLACE', `compareRegions takes 2 to ${MAX_REGIONS} region codes, not ${codes.length}.`);
  }
  // Counted once normalised: 36 and 360000 are one region, and one region is no comparison.
  const normalized = [...new Set(codes.map((code) => placeArgs(code, null).regionCode!))];
  if (normalized.length < 2) {
    const named = normalized.length === codes.length ? '' : ` (the ${codes.length} codes given name ${normalized.length})`;
    throw new InputError('BAD_PLACE', `compareRegions takes 2 to ${MAX_REGIONS} different regions, not ${normalized.length}${named}.`);
  }
  const rows = await db.read<{ region: RegionFacts }>(compareRegionsQuery, { codes: normalized });
  const byCode = new Map(rows.map((row) => [row.region.code, row.region]));
  requireKnownRegions(normalized, (code) => byCode.has(code));
  const places = normalized.map((code) => byCode.get(code)!);

  const chainIds = [...new Set(places.flatMap((p) => p.focuses.map((f) => f.chainId)))].sort();
  const chains = await loadAll<ChainRecord>(loaders.chains, chainIds);

  const figures = new Map<string, FigureComparisonRecord>();
  for (const place of places) {
    for (const o of place.observations) {
      if (o.scope || o.chain || o.segment || o.benchmark) continue;
      const key = `${o.indicator}|${o.period}|${o.unit}`;
      const figure = figures.get(key) ?? { indicator: o.indicator, period: o.period, unit: o.unit, values: places.map((p): FigureValueRecord => ({ code: p.code, value: null })) };
      figure.values.find((v) => v.code === place.code)!.value = o.value;
      figures.set(key, figure);
    }
  }
  return {
    places,
    chains: chains.map((chain) => ({ chainId: chain.key, byRegion: places.map((place) => summarize(chain, place)) })),
    figures: [...figures.values()].sort((a, b) => a.indicator.localeCompare(b.indicator) || String(a.period).localeCompare(String(b.period))),
  };
}
