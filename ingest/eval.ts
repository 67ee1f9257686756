import { readSeed } from '../seed/read-seed.ts';
import { SCORED_KINDS } from './eval/answer-key.ts';
import { evaluate } from './eval/evaluate.ts';
import { precision, recall, type Counts, type Placed } from './eval/score.ts';

/**
 * npm run ingest:eval [-- --json] [-- --mistakes]: precision and recall of article ingest on the
 * five seed articles, per kind and per article (ingest/eval/evaluate.ts says how; match.ts what
 * counts as a match).
 */
const args = process.argv.slice(2);
const evaluation = evaluate(readSeed());

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const placed = (p: Placed) => `projects found placed in the key's region or park: ${p.placed}/${p.found}`;
const cell = (c: Counts) => `${pct(recall(c))} ${`${c.found}/${c.keyFacts}`.padStart(7)}  ${pct(precision(c))} ${`${c.correct}/${c.proposed}`.padStart(7)}`;

if (args.includes('--json')) {
  const rates = (c: Counts) => ({ ...c, recall: recall(c), precision: precision(c) });
  const out = {
    articles: evaluation.articles.map((a) => ({
      article: a.article,
      byKind: Object.fromEntries(SCORED_KINDS.map((k) => [k, rates(a.byKind[k])])),
      newIndicators: a.newIndicators,
      projectPlaces: { found: a.projectPlaces.found, placed: a.projectPlaces.placed },
    })),
    totals: Object.fromEntries(SCORED_KINDS.map((k) => [k, rates(evaluation.totals[k])])),
    all: rates(evaluation.all),
    projectPlaces: { found: evaluation.projectPlaces.found, placed: evaluation.projectPlaces.placed },
  };
  console.log(JSON.stringify(out, null, 2));
} else {
  const header = `${'kind'.padEnd(10)}  ${'recall'.padStart(7)} ${'found'.padStart(7)}  ${'precis.'.padStart(7)} ${'correct'.padStart(7)}`;
  for (const a of evaluation.articles) {
    console.log(`\n${a.article}  (new indicators proposed: ${a.newIndicators})\n${header}`);
    for (const kind of SCORED_KINDS) console.log(`${kind.padEnd(10)}  ${cell(a.byKind[kind])}`);
    console.log(placed(a.projectPlaces));
  }
  console.log(`\nTOTAL (leave-one-out, 5 articles)\n${header}`);
  for (const kind of SCORED_KINDS) console.log(`${kind.padEnd(10)}  ${cell(evaluation.totals[kind])}`);
  console.log(`${'all'.padEnd(10)}  ${cell(evaluation.all)}`);
  console.log(placed(evaluation.projectPlaces));
  if (args.includes('--mistakes')) {
    for (const a of evaluation.articles) {
      console.log(`\n== ${a.article}`);
      for (const fact of a.missed) console.log(`  missed ${fact.label}`);
      for (const p of a.wrong) console.log(`  wrong  ${p.kind} ${JSON.stringify(p.fields)}`);
      for (const fact of a.projectPlaces.misplaced) console.log(`  placed elsewhere: ${fact.label}, the key's ${fact.park ?? fact.region}`);
    }
  }
}
