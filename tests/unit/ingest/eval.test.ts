import { describe, expect, it } from 'vitest';
import { SCORED_KINDS } from '../../../ingest/eval/answer-key.ts';
import { evaluate } from '../../../ingest/eval/evaluate.ts';
import { precision, recall, type Counts } from '../../../ingest/eval/score.ts';
import { readSeed } from '../../../seed/read-seed.ts';

/** The evaluation runs and its numbers are computed; how high they are is the evaluation's to report, not this test's. */
describe('npm run ingest:eval', () => {
  it('scores every seed article, every kind, with consistent counts', () => {
    const seed = readSeed();
    const evaluation = evaluate(seed);
    expect(evaluation.articles.map((a) => a.article)).toEqual(seed.articles.map((a) => a.source.id));
    const check = (c: Counts) => {
      expect(c.found).toBeLessThanOrEqual(c.keyFacts);
      expect(c.correct).toBeLessThanOrEqual(c.proposed);
      for (const rate of [recall(c), precision(c)]) {
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
      }
    };
    for (const kind of SCORED_KINDS) {
      check(evaluation.totals[kind]);
      const sum = (field: keyof Counts) => evaluation.articles.reduce((n, a) => n + a.byKind[kind][field], 0);
      expect(evaluation.totals[kind]).toEqual({ keyFacts: sum('keyFacts'), found: sum('found'), proposed: sum('proposed'), correct: sum('correct') });
      for (const article of evaluation.articles) {
        check(article.byKind[kind]);
        expect(article.missed.filter((f) => f.kind === kind)).toHaveLength(article.byKind[kind].keyFacts - article.byKind[kind].found);
      }
    }
    expect(evaluation.all.keyFacts).toBe(SCORED_KINDS.reduce((n, k) => n + evaluation.totals[k].keyFacts, 0));
    // Where the projects found are placed: no more than were found, the rest named.
    for (const { projectPlaces, byKind } of [...evaluation.articles, { projectPlaces: evaluation.projectPlaces, byKind: evaluation.totals }]) {
      expect(projectPlaces.found).toBeLessThanOrEqual(byKind.projects.found);
      expect(projectPlaces.misplaced).toHaveLength(projectPlaces.found - projectPlaces.placed);
    }
  });
});
