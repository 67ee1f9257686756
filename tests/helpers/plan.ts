import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { toNeo4j } from '../../api/db/to-neo4j.ts';

export interface PlanStep {
  operator: string;
  details: string;
  /** Rows the step produced: only for a profiled run. */
  rows?: number;
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: unknown[];
  rows?: number;
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
        ...(prefix === 'PROFILE' ? { rows: Number(plan.rows ?? 0) } : {}),
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
