import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import { toNeo4j } from '../../db/to-neo4j.ts';

export interface PlanStep {
  operator: string;
  details: string;
  /** Rows the step produced and the database hits it made: only for a profiled run. */
  rows?: number;
  dbHits?: number;
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: unknown[];
  rows?: number;
  dbHits?: number;
}

async function stepsOf(prefix: 'EXPLAIN' | 'PROFILE', text: string, params: Record<string, unknown>): Promise<PlanStep[]> {
  const { uri, user, password, database } = inject('neo4j');
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    const { summary } = await driver.executeQuery(`${prefix} ${text}`, toNeo4j(params) as Record<string, unknown>, {
      database,
      routing: neo4j.routing.READ,
    });
    const steps: PlanStep[] = [];
    const walk = (plan: PlanNode) => {
      steps.push({
        operator: plan.operatorType,
        details: String(plan.arguments.Details ?? ''),
        ...(prefix === 'PROFILE' ? { rows: Number(plan.rows ?? 0), dbHits: Number(plan.dbHits ?? 0) } : {}),
      });
      for (const child of plan.children) walk(child as PlanNode);
    };
    const root = (summary.profile || summary.plan) as PlanNode | false;
    if (root) walk(root);
    return steps;
  } finally {
    await driver.close();
  }
}

/** Every operator of the plan Neo4j compiles for `text` (EXPLAIN: nothing runs). */
export const planSteps = (text: string) => stepsOf('EXPLAIN', text, {});

/** Every operator of `text` run with `params` (PROFILE, in a read transaction), with the rows each produced. */
export const profiledSteps = (text: string, params: Record<string, unknown>) => stepsOf('PROFILE', text, params);

/**
 * Runs `request` (a GraphQL request through our API) and profiles statement `name` with the
 * parameters the API sent it then: what Neo4j did for that request, operator by operator.
 */
export async function profileAsSent(db: Database, name: string, request: () => Promise<unknown>): Promise<PlanStep[]> {
  const sent: Record<string, unknown>[] = [];
  const unsubscribe = db.onQuery((query, params) => {
    if (query.name === name) sent.push(structuredClone(params));
  });
  try {
    await request();
  } finally {
    unsubscribe();
  }
  if (sent.length !== 1) throw new Error(`The request sent ${name} ${sent.length} times, not once.`);
  return profiledSteps(cypher(name).text, sent[0]!);
}
