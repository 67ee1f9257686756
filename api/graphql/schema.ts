import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { projectRoot } from '../config.ts';
import { enumValues } from './enum-values.ts';
import { chainMapResolvers } from '../modules/chain-map/resolvers.ts';
import { comparisonResolvers } from '../modules/comparison/resolvers.ts';
import { extensionResolvers } from '../modules/extension/resolvers.ts';
import { chainResolvers } from '../modules/chain/resolvers.ts';
import { firmResolvers } from '../modules/firm/resolvers.ts';
import { graphResolvers } from '../modules/graph/resolvers.ts';
import { listingResolvers } from '../modules/listing/resolvers.ts';
import { nodeResolvers } from '../modules/node/resolvers.ts';
import { observationResolvers } from '../modules/observation/resolvers.ts';
import { parkResolvers } from '../modules/park/resolvers.ts';
import { projectResolvers } from '../modules/project/resolvers.ts';
import { regionContentsResolvers } from '../modules/region/contents-resolvers.ts';
import { regionResolvers } from '../modules/region/resolvers.ts';
import { searchResolvers } from '../modules/search/resolvers.ts';
import { sourceResolvers } from '../modules/source/resolvers.ts';

const modulesRoot = path.join(projectRoot, 'api', 'modules');

/** Every module's `.graphql` files: the SDL is the API's contract. */
export function loadTypeDefs(): string[] {
  return readdirSync(modulesRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(modulesRoot, file), 'utf8'));
}

/** Built once per process: no schema work happens per request. */
export function createSchema() {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      enumValues,
      nodeResolvers,
      regionResolvers,
      regionContentsResolvers,
      sourceResolvers,
      parkResolvers,
      firmResolvers,
      chainResolvers,
      projectResolvers,
      observationResolvers,
      searchResolvers,
      chainMapResolvers,
      extensionResolvers,
      comparisonResolvers,
      graphResolvers,
      listingResolvers,
    ],
  });
}
