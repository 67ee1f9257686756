import { describe, expect, it } from 'vitest';
import { allQueries } from '../../db/cypher-files.ts';
import { planSteps } from '../helpers/plan.ts';

/**
 * Statements that are not per-request reads, so may read the whole graph by design, each with why.
 * Every other statement under cypher/ answers API requests (a hot query) and must find its start
 * by index.
 */
const NOT_HOT: [RegExp, string][] = [
  [/^schema\//, 'constraints and indexes, applied on every start'],
  [/^security\//, 'the password change, run once on the system database'],
  [/^database\/(count|await|server)-/, 'whole-database counts and checks: the loader’s report, start-up, the benchmark’s report'],
  // The warm-up runs sample-screen-subjects once at start; the benchmark runs the others once per run.
  [/^database\/sample-/, 'samplers that pick the warm-up’s and the benchmark’s subjects from the whole graph: one-off statements'],
  [/^derive\//, 'the batch that derives presence and relatedness after a load'],
  // npm run synth writes 5,000 firms per transaction with these: batch writes, not reads.
  [/^synthetic\//, 'the synthetic generator’s batched UNWIND … CREATE writes'],
  [/\/(merge|set)-/, 'the seed loader’s writes'],
  // listing.test.ts checks, profiling them, that a region's or park's listing never runs the
  // branch that reads every firm or project of the country.
  [/^listing\/list-(firms|projects)$/, 'the listings, whose whole-country branch reads every firm or project by design'],
];
const queries = allQueries();
const hot = queries.filter((q) => !NOT_HOT.some(([pattern]) => pattern.test(q.name)));

async function labelScans(text: string) {
  return (await planSteps(text)).filter(
    (step) => step.operator.startsWith('AllNodesScan') || (step.operator.startsWith('NodeByLabelScan') && /:(Firm|Project)\b/.test(step.details)),
  );
}

describe('hot queries use indexes', () => {
  it('the check sees a scan when there is one', async () => {
    // businessScope has no index (Firm.name has one, which CONTAINS reads).
    expect(await labelScans('MATCH (f:Firm) WHERE f.businessScope CONTAINS $text RETURN f')).toHaveLength(1);
    expect(await labelScans('MATCH (f:Firm {id: $id}) RETURN f')).toEqual([]);
  });

  it('leaves out only statements that exist, and keeps the API’s reads', () => {
    for (const [pattern, why] of NOT_HOT) expect(queries.some((q) => pattern.test(q.name)), `${pattern} (${why})`).toBe(true);
    expect(hot.map((q) => q.name)).toEqual(expect.arrayContaining(['chain-map/chain-map', 'region/find-regions-by-code', 'search/search-entities']));
  });

  it.each(hot.map((q) => [q.name, q]))('%s scans no Firm or Project label', async (_, query) => {
    expect(await labelScans(query.text)).toEqual([]);
  });
});
