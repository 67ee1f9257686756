import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import type { SegmentRuleRow } from '../../core/classification-rules.ts';
import { UserFacingError } from '../../core/user-facing-error.ts';
import { ArticleExtractor, type ArticleInput } from '../extract/extract-article.ts';
import type { Proposal } from '../proposal.ts';
import type { Gazetteer, KnownChain, KnownFirm, KnownIndicator, KnownPark, Region } from './gazetteer.ts';

const listRegions = cypher('import/list-regions');
const classificationRules = cypher('classify/classification-rules');
const listGazetteer = cypher('ingest/list-gazetteer');
const findKnownFirms = cypher('ingest/find-known-firms');

interface GazetteerRow {
  parks: KnownPark[];
  chains: KnownChain[];
  indicators: KnownIndicator[];
  aliasedFirms: KnownFirm[];
}

/**
 * The graph as gazetteer: its regions, parks, chains, segment rules and indicators, and the firms
 * that have other names. The graph may hold a million firms, too many to read for every article,
 * so firms known by their full name only are looked up by the names an article gives them.
 */
export async function readGraphGazetteer(db: Database): Promise<Gazetteer> {
  const [regions, segments, [row]] = await Promise.all([
    db.read<Region>(listRegions),
    db.read<SegmentRuleRow>(classificationRules),
    db.read<GazetteerRow>(listGazetteer),
  ]);
  if (regions.length === 0) throw new UserFacingError('The graph has no region tree to read places against: run `npm start` once, which loads the seed, then try again.');
  return { regions, segments, parks: row!.parks, chains: row!.chains, indicators: row!.indicators, firms: row!.aliasedFirms };
}

/**
 * An article's proposals against the graph (and the gazetteer they were read with), in two readings: the first finds the names the
 * article gives firms (and investors), which are then looked up in the graph; the second links
 * those it knows, so that a known firm is linked, not proposed again.
 */
export async function extractAgainstGraph(db: Database, input: ArticleInput): Promise<{ proposals: Proposal[]; gazetteer: Gazetteer }> {
  const gazetteer = await readGraphGazetteer(db);
  const first = new ArticleExtractor(gazetteer).extract(input);
  const names = new Set<string>();
  for (const proposal of first) {
    if (proposal.kind === 'firm' && !proposal.fields.known) names.add(proposal.fields.name);
    if (proposal.kind === 'project' && proposal.fields.firm) names.add(proposal.fields.firm);
  }
  const found = names.size === 0 ? [] : await db.read<KnownFirm>(findKnownFirms, { names: [...names] });
  if (found.length === 0) return { proposals: first, gazetteer };
  const known = new Map(gazetteer.firms.map((firm) => [firm.id, firm]));
  for (const firm of found) known.set(firm.id, firm);
  const linked = { ...gazetteer, firms: [...known.values()] };
  return { proposals: new ArticleExtractor(linked).extract(input), gazetteer: linked };
}
