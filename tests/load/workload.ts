import { parse, print, type DocumentNode } from 'graphql';
import { LIMITS } from '../../api/limits/limit-values.ts';
import { createQueryCost } from '../../api/limits/query-cost.ts';
import { MAX_DEPTH, MAX_NEIGHBOURS } from '../../api/modules/graph/neighborhood.ts';
import { createSchema } from '../../api/schema.ts';
import { RegionDashboardDocument } from '../../web/src/generated/graphql.ts';
import type { Sample } from '../bench/samples.ts';
import { requestBody, workloads } from '../bench/workloads.ts';

/** One kind of request of the mix: a document, and its variables for each subject drawn from the graph. */
export interface LoadKind {
  name: string;
  /** A request sized just under the cost limit, mixed in by --costly-share; every other kind is a screen's. */
  costly: boolean;
  query: string;
  variables(sample: Sample, index: number): Record<string, unknown>;
}

/** A region's dashboard, as the web app's Place screen asks for it: a county and a province in turn. */
const regionLookup: LoadKind = {
  name: 'region',
  costly: false,
  query: print(RegionDashboardDocument as DocumentNode),
  variables: (s, i) => ({ code: i % 2 === 0 ? s.regionCode : s.provinceCode }),
};

/** The benchmark's workloads (firm lookup, search, neighbourhood, chain map, gaps, extension opportunities, projects) and the region dashboard. */
export const legitimateKinds: readonly LoadKind[] = [
  regionLookup,
  ...workloads.map((w) => ({ name: w.name, costly: false, query: w.query, variables: (s: Sample) => w.variables(s) })),
];

const costlyQuery = (limit: number) => /* GraphQL */ `
  query LoadCostly($id: ID!) {
    neighborhood(id: $id, depth: ${MAX_DEPTH}, limit: ${limit}) {
      nodes { id type label }
      edges { id source target type }
      center
      omitted
    }
  }
`;

export interface CostlyKind extends LoadKind {
  /** Its cost as the server counts it (api/limits/query-cost.ts), and the limit. */
  cost: number;
  limit: number;
}

/**
 * The widest, deepest neighbourhood whose cost stays within LIMITS.cost: the most expensive
 * request the server lets through (by its cost model, a neighbourhood costs 20 × limit × depth²).
 * Counted with the server's own cost function, so a change of the model moves it with it.
 */
export function costlyKind(): CostlyKind {
  const cost = createQueryCost(createSchema());
  const costOf = (limit: number) => cost(parse(costlyQuery(limit)), { id: 'Region:0' }, undefined, LIMITS.costedFields);
  // The cost grows with the limit: the largest limit within the budget, by bisection.
  let low = 1;
  let high = MAX_NEIGHBOURS;
  if (costOf(low) > LIMITS.cost) throw new Error(`Even a neighbourhood of depth ${MAX_DEPTH} and limit 1 costs more than ${LIMITS.cost}.`);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (costOf(middle) <= LIMITS.cost) low = middle;
    else high = middle - 1;
  }
  return {
    name: 'costly',
    costly: true,
    query: costlyQuery(low),
    // Counties and provinces in turn: a province's neighbourhood three hops out is the widest the graph has.
    variables: (s, i) => ({ id: `Region:${i % 2 === 0 ? s.provinceCode : s.regionCode}` }),
    cost: costOf(low),
    limit: LIMITS.cost,
  };
}

export interface MixedRequest {
  kind: string;
  body: string;
}

/**
 * The requests one connection cycles through: every legitimate kind on every sample in turn, and
 * `costlyShare` of the whole spread evenly among them, so that any stretch of the run has the mix.
 */
export function requestMix(samples: readonly Sample[], costly: LoadKind | null, costlyShare: number): MixedRequest[] {
  const legitimate = samples.flatMap((sample, i) => legitimateKinds.map((kind) => ({ kind: kind.name, body: requestBody(kind.query, kind.variables(sample, i)) })));
  if (!costly || costlyShare === 0) return legitimate;
  const count = Math.round((legitimate.length * costlyShare) / (1 - costlyShare));
  const mixed: MixedRequest[] = [];
  let inserted = 0;
  for (const [j, request] of legitimate.entries()) {
    mixed.push(request);
    while (inserted < count && Math.floor(((inserted + 1) * legitimate.length) / count) === j + 1) {
      const sample = samples[inserted % samples.length]!;
      mixed.push({ kind: costly.name, body: requestBody(costly.query, costly.variables(sample, inserted)) });
      inserted++;
    }
  }
  return mixed;
}
