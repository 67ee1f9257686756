import type { Database } from '../db/database.ts';
import { splitSentences } from './extract/sentences.ts';
import { extractAgainstGraph } from './gazetteer/graph-gazetteer.ts';
import type { Proposal } from './proposal.ts';
import type { Gazetteer } from './gazetteer/gazetteer.ts';
import type { ArticleText } from './read/read-article.ts';

/** A field of a proposal as a person reads it: a region's, park's, chain's or indicator's name beside its key. */
export interface ShownField {
  name: string;
  value: string;
  /** The name of what the value is the key of; null when the value reads as it is. */
  shown: string | null;
}

export type ShownProposal = Proposal & { shown: ShownField[] };

export interface ArticleProposals {
  title: string | null;
  publishedOn: string | null;
  script: ArticleText['script'];
  /** Every sentence as the article writes it; a proposal's sentenceIndex points into them. */
  sentences: string[];
  proposals: ShownProposal[];
}

/** Names for the keys a proposal's fields hold, from the gazetteer it was read with. */
export function namer(gazetteer: Gazetteer): (field: string, value: string) => string | null {
  const names: Record<string, Map<string, string>> = {
    region: new Map(gazetteer.regions.map((r) => [r.code, r.name])),
    park: new Map(gazetteer.parks.map((p) => [p.id, p.name])),
    known: new Map([...gazetteer.firms.map((f) => [f.id, f.name] as const), ...gazetteer.parks.map((p) => [p.id, p.name] as const)]),
    chain: new Map(gazetteer.chains.map((c) => [c.id, c.name])),
    indicator: new Map(gazetteer.indicators.map((i) => [i.name, i.descriptionZh])),
  };
  return (field, value) => names[field]?.get(value) ?? null;
}

/**
 * What an article states, proposed against the graph: for the CLI (npm run ingest) and the API
 * (articleProposals) alike. A date or title given wins over the article's own byline and first line.
 */
export async function proposeArticle(db: Database, article: ArticleText, given: { publishedOn?: string | null; title?: string | null } = {}): Promise<ArticleProposals> {
  const publishedOn = given.publishedOn ?? article.publishedOn ?? null;
  const { proposals, gazetteer } = await extractAgainstGraph(db, { text: article.text, publishedOn: publishedOn ?? undefined });
  const name = namer(gazetteer);
  return {
    title: given.title ?? article.title ?? null,
    publishedOn,
    script: article.script,
    sentences: splitSentences(article.text).map((sentence) => sentence.text),
    proposals: proposals.map((proposal) => ({
      ...proposal,
      shown: Object.entries(proposal.fields)
        .filter(([, value]) => value !== undefined && value !== null && value !== '')
        .map(([field, value]) => ({ name: field, value: String(value), shown: name(field, String(value)) })),
    })),
  };
}
