import { classificationRuleRows } from '../../seed/classification-rule-rows.ts';
import type { SeedSet } from '../../seed/seed-set.ts';
import type { Gazetteer, KnownFirm, KnownPark } from './gazetteer.ts';

/**
 * A gazetteer from the seed files. `leaveOut` names an article whose own parks and firms are
 * left out (those that another article also names stay), so that re-ingesting that article
 * cannot simply look its answers up: the evaluation's leave-one-out.
 */
export function seedGazetteer(seed: SeedSet, leaveOut?: string): Gazetteer {
  const others = seed.articles.filter((article) => article.source.id !== leaveOut);
  const parks = new Map<string, KnownPark>();
  const firms = new Map<string, KnownFirm>();
  for (const article of others) {
    for (const park of article.parks) parks.set(park.id, { id: park.id, name: park.name, aliases: park.aliases, region: park.region });
    for (const firm of article.firms) firms.set(firm.id, { id: firm.id, name: firm.name, aliases: firm.aliases });
  }
  return {
    regions: seed.regions,
    parks: [...parks.values()],
    firms: [...firms.values()],
    chains: seed.chains.map((chain) => ({ id: chain.id, name: chain.name })),
    segments: classificationRuleRows(seed),
    indicators: seed.indicators,
  };
}
