import neo4j from 'neo4j-driver';
import { inject } from 'vitest';

export interface PlanStep {
  operator: string;
  details: string;
}

/** Every operator of the plan Neo4j compiles for `text` (EXPLAIN: nothing runs). */
export async function planSteps(text: string): Promise<PlanStep[]> {
  const { uri, user, password, database } = inject('neo4j');
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    const { summary } = await driver.executeQuery(`EXPLAIN ${text}`, {}, { database, routing: neo4j.routing.READ });
    const steps: PlanStep[] = [];
    const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      steps.push({ operator: plan.operatorType, details: String(plan.arguments.Details ?? '') });
      for (const child of plan.children) walk(child as typeof plan);
    };
    if (summary.plan) walk(summary.plan as never);
    return steps;
  } finally {
    await driver.close();
  }
}
