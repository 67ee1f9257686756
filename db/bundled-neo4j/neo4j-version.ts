import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../core/config.ts';

export const pomFile = path.join(projectRoot, 'cypher', 'server', 'pom.xml');

/** The Neo4j version the pom brings: the pom is the one place it is written. */
export const neo4jVersion: string = (() => {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomFile, 'utf8'));
  if (!match) throw new Error(`${pomFile} has no <neo4j.version> property`);
  return match[1]!;
})();
