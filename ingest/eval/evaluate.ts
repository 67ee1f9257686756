import type { SeedSet } from '../../seed/seed-set.ts';
import { ArticleExtractor } from '../extract/extract-article.ts';
import { seedGazetteer } from '../gazetteer/seed-gazetteer.ts';
import { SCORED_KINDS, answerKey, type ScoredKind } from './answer-key.ts';
import { add, emptyCounts, score, type Counts, type Placed, type Score } from './score.ts';

export interface ArticleResult extends Score {
  article: string;
}

export interface Evaluation {
  articles: ArticleResult[];
  totals: Record<ScoredKind, Counts>;
  all: Counts;
  projectPlaces: Placed;
}

/**
 * Re-ingests every seed article with its own YAML as the answer key, leave-one-out: the
 * gazetteer an article is read with holds no park or firm that only its own YAML names.
 */
export function evaluate(seed: SeedSet): Evaluation {
  const articles = seed.articles.map((article) => {
    const extractor = new ArticleExtractor(seedGazetteer(seed, article.source.id));
    const proposals = extractor.extract({ text: article.text, publishedOn: article.source.publishedOn });
    return { article: article.source.id, ...score(proposals, answerKey(article)) };
  });
  const totals = Object.fromEntries(
    SCORED_KINDS.map((kind) => [kind, articles.reduce((sum, a) => add(sum, a.byKind[kind]), emptyCounts())]),
  ) as Record<ScoredKind, Counts>;
  const all = SCORED_KINDS.reduce((sum, kind) => add(sum, totals[kind]), emptyCounts());
  const projectPlaces = articles.reduce<Placed>(
    (sum, a) => ({ found: sum.found + a.projectPlaces.found, placed: sum.placed + a.projectPlaces.placed, misplaced: [...sum.misplaced, ...a.projectPlaces.misplaced] }),
    { found: 0, placed: 0, misplaced: [] },
  );
  return { articles, totals, all, projectPlaces };
}
