import { describe, expect, it } from 'vitest';
import { allQueries } from '../../db/cypher-files.ts';
import { planSteps } from '../helpers/plan.ts';

// Reads that answer API requests; writes (the seed loader's merge-/set- statements), schema,
// the password change, whole-database counts for the loader's report, the batch that derives
// presence and relatedness after a load (derive/) and the benchmark's sampling (bench/) are not
// hot paths: those read the whole graph by design. Nor are the listings' whole-country branches,
// which read every firm or project by design: listing.test.ts checks, profiling them, that
// a region's or park's listing never runs that branch.
const wholeCountry = ['listing/list-firms', 'listing/list-projects'];
const hot = allQueries().filter(
  (q) => !/^(schema|security|database|derive|bench)\//.test(q.name) && !/\/(merge|set)-/.test(q.name) && !wholeCountry.includes(q.name),
);

async function labelScans(text: string) {
  return (await planSteps(text)).filter(
    (step) => step.operator.startsWith('AllNodesScan') || (step.operator.startsWith('NodeByLabelScan') && /:(Firm|Project)\b/.test(step.details)),
  );
}

describe('hot queries use indexes', () => {
  it('the check sees a scan when there is one', async () => {
    expect(await labelScans('MATCH (f:Firm) WHERE f.name CONTAINS $text RETURN f')).toHaveLength(1);
    expect(await labelScans('MATCH (f:Firm {id: $id}) RETURN f')).toEqual([]);
  });

  it.each(hot.map((q) => [q.name, q]))('%s scans no Firm or Project label', async (_, query) => {
    expect(await labelScans(query.text)).toEqual([]);
  });
});
