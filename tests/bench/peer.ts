import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { projectRoot } from '../../core/config.ts';
import type { Sample } from './samples.ts';
import type { PeerOperationName } from './workloads.ts';

export const peerDir = path.join(projectRoot, 'tests', 'bench', 'peer');
export const peerServerScript = path.join(peerDir, 'serve-neo4j-graphql.ts');
const peerOperationsModule = path.join(peerDir, 'operations.ts');

export interface PeerOperation {
  query: string;
  variables(sample: Sample): Record<string, unknown>;
}

export type PeerOperations = Record<PeerOperationName, PeerOperation>;

const operationSchema = z.object({
  query: z.string().min(1),
  variables: z.custom<(sample: Sample) => Record<string, unknown>>((value) => typeof value === 'function', {
    message: 'variables must be a function of a sample',
  }),
});
const operationsSchema = z.object({
  lookup: operationSchema,
  projectsFilterAggregate: operationSchema,
  nestedTraversal: operationSchema,
});

/**
 * The peer's server and operations, or why the peer cannot run. They are imported by path at run
 * time rather than statically: the peer is optional, and the benchmark must still type-check and
 * run while its files are missing or being written.
 */
export async function loadPeer(): Promise<{ operations: PeerOperations } | { missing: string }> {
  for (const file of [peerServerScript, peerOperationsModule]) {
    if (!existsSync(file)) return { missing: `${path.relative(projectRoot, file)} does not exist` };
  }
  let module: unknown;
  try {
    module = await import(pathToFileURL(peerOperationsModule).href);
  } catch (error) {
    return { missing: `${path.relative(projectRoot, peerOperationsModule)} could not be imported (${(error as Error).message.split('\n')[0]})` };
  }
  const parsed = operationsSchema.safeParse(module);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { missing: `${path.relative(projectRoot, peerOperationsModule)} does not export ${issue.path.join('.')} as expected (${issue.message})` };
  }
  return { operations: parsed.data };
}
