import os from 'node:os';
import { cypher } from '../../db/cypher-files.ts';
import type { Database } from '../../db/database.ts';
import type { BenchResult } from './result.ts';

const serverVersion = cypher('database/server-version');

/** The machine the figures were measured on, and the Neo4j that served them. */
export async function describeMachine(db: Database): Promise<BenchResult['machine']> {
  const cpus = os.cpus();
  const components = await db.read<{ name: string; version: string; edition: string }>(serverVersion);
  const kernel = components.find((c) => c.name === 'Neo4j Kernel') ?? components[0];
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    neo4j: kernel ? `${kernel.version} ${kernel.edition}` : null,
  };
}
