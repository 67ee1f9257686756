import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { projectRoot } from '../config.ts';
import { nodeResolvers } from '../modules/node/resolvers.ts';
import { regionResolvers } from '../modules/region/resolvers.ts';

const modulesRoot = path.join(projectRoot, 'api', 'modules');

/** Every module's `schema.graphql`: the SDL is the API's contract. */
export function loadTypeDefs(): string[] {
  return readdirSync(modulesRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'schema.graphql')
    .sort()
    .map((file) => readFileSync(path.join(modulesRoot, file), 'utf8'));
}

/** Built once per process: no schema work happens per request. */
export function createSchema() {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [nodeResolvers, regionResolvers],
  });
}
