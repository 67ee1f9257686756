import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';

const extensionOpportunitiesQuery = cypher('extension-opportunities/extension-opportunities');

export interface ExtensionLeadRecord {
  /** The place's segment that leads to the opportunity. */
  from: string;
  /** True when the place's segment supplies the opportunity (延伸 downstream). */
  downstream: boolean;
  crossChain: boolean;
  proximity: number;
}

export interface ExtensionOpportunityRecord {
  segment: string;
  density: number;
  leads: ExtensionLeadRecord[];
}

interface Inputs {
  has: number;
  candidates: { segment: string; density: number; leads: { have: string; downstream: boolean; crossChain: boolean; proximity: number }[] }[];
}

/**
 * Segments one FEEDS hop up- or downstream of what a place has, across chains, that it lacks,
 * ranked by the place's density for them in the product space (relatedness from co-location
 * across all regions), then by how many of its segments lead there. One round trip, to the
 * presence and proximities derived at load time: the work does not grow with the number of firms.
 */
export async function extensionOpportunities(db: Database, presenceKey: string, first: number): Promise<ExtensionOpportunityRecord[]> {
  const [inputs] = await db.read<Inputs>(extensionOpportunitiesQuery, { place: presenceKey });
  if (!inputs || inputs.has === 0) return [];
  return inputs.candidates
    .map(({ segment, density, leads }) => ({
      segment,
      density,
      leads: leads
        .map(({ have, ...lead }) => ({ from: have, ...lead }))
        .sort((a, b) => b.proximity - a.proximity || a.from.localeCompare(b.from)),
    }))
    .sort((a, b) => b.density - a.density || b.leads.length - a.leads.length || a.segment.localeCompare(b.segment))
    .slice(0, first);
}
