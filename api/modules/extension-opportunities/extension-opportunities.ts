import { MIN_REGIONS_FOR_DENSITY } from '../../../core/product-space.ts';
import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { unknownChain } from '../chain/chain-store.ts';
import { keyOf } from '../node/global-id.ts';

const extensionOpportunitiesQuery = cypher('extension-opportunities/extension-opportunities');

export interface ExtensionLeadRecord {
  /** The place's segment that leads to the opportunity. */
  from: string;
  /** True when the place's segment supplies the opportunity (延伸 downstream). */
  downstream: boolean;
  crossChain: boolean;
  proximity: number;
  /** How much the place has of its segment: producers and projects there. */
  strength: number;
}

/** How a list of opportunities is ranked: by the product space, or by supply links alone. */
export type OpportunityRanking = 'PRODUCT_SPACE' | 'SUPPLY_LINKS';

export interface ExtensionOpportunityRecord {
  segment: string;
  density: number;
  /** Whether enough regions have data for the density to be a measurement (MIN_REGIONS_FOR_DENSITY). */
  densityMeasured: boolean;
  /** How many regions have data, and how many a density needs to be a measurement. */
  regionsWithData: number;
  densityFloor: number;
  rankedBy: OpportunityRanking;
  leads: ExtensionLeadRecord[];
}

interface Inputs {
  has: number;
  chainKnown: boolean;
  units: number;
  candidates: { segment: string; density: number; leads: { have: string; downstream: boolean; crossChain: boolean; proximity: number; strength: number }[] }[];
}

const strengthOf = (opportunity: Pick<ExtensionOpportunityRecord, 'leads'>) => opportunity.leads.reduce((sum, lead) => sum + lead.strength, 0);

/**
 * Segments one FEEDS hop up- or downstream of what a place has (of one chain, when `chainId` is
 * given: what a chain map opens on), across chains, that the place has nothing of. Of a chain,
 * they are ranked by how many of the place's segments lead there and how much the place has of
 * those, then by density; of the whole place, by the place's density for them in the product
 * space (relatedness from co-location across all regions), then by leads. A density is a
 * measurement only where at least MIN_REGIONS_FOR_DENSITY regions have data. One round trip, to
 * the presence and proximities derived at load time: the work does not grow with the number of firms.
 */
export async function extensionOpportunities(
  db: Database,
  presenceKey: string,
  chainId: string | null,
  first: number,
): Promise<ExtensionOpportunityRecord[]> {
  const [inputs] = await db.read<Inputs>(extensionOpportunitiesQuery, { place: presenceKey, chainId: chainId === null ? null : keyOf('Chain', chainId) });
  if (inputs && !inputs.chainKnown) throw unknownChain(chainId!);
  if (!inputs || inputs.has === 0) return [];
  const densityMeasured = inputs.units >= MIN_REGIONS_FOR_DENSITY;
  const rankedBy: OpportunityRanking = chainId === null ? 'PRODUCT_SPACE' : 'SUPPLY_LINKS';
  const opportunities = inputs.candidates.map(({ segment, density, leads }) => ({
    segment,
    density,
    densityMeasured,
    regionsWithData: inputs.units,
    densityFloor: MIN_REGIONS_FOR_DENSITY,
    rankedBy,
    leads: leads
      .map(({ have, ...lead }) => ({ from: have, ...lead }))
      .sort((a, b) => b.proximity - a.proximity || b.strength - a.strength || a.from.localeCompare(b.from)),
  }));
  const byDensity = (a: ExtensionOpportunityRecord, b: ExtensionOpportunityRecord) => (densityMeasured ? b.density - a.density : 0);
  return opportunities
    .sort((a, b) =>
      rankedBy === 'PRODUCT_SPACE'
        ? b.density - a.density || b.leads.length - a.leads.length || a.segment.localeCompare(b.segment)
        : b.leads.length - a.leads.length || strengthOf(b) - strengthOf(a) || byDensity(a, b) || a.segment.localeCompare(b.segment),
    )
    .slice(0, first);
}
