import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { isObjectType, Kind, parse, type GraphQLSchema } from 'graphql';
import { projectRoot } from '../core/config.ts';
import { enumValues } from '../core/enum-values.ts';
import { articleProposalsResolvers } from './modules/article-proposals/resolvers.ts';
import { decideArticleProposalResolvers } from './modules/decide-article-proposal/resolvers.ts';
import { ingestArticleResolvers } from './modules/ingest-article/resolvers.ts';
import { ingestedArticlesResolvers } from './modules/ingested-articles/resolvers.ts';
import { undoArticleResolvers } from './modules/undo-article/resolvers.ts';
import { chainGapsResolvers } from './modules/chain-gaps/resolvers.ts';
import { chainMapResolvers } from './modules/chain-map/resolvers.ts';
import { chainResolvers } from './modules/chain/resolvers.ts';
import { compareRegionsResolvers } from './modules/compare-regions/resolvers.ts';
import { confidentialProjectsResolvers } from './modules/confidential-projects/resolvers.ts';
import { decideProposalResolvers } from './modules/decide-proposal/resolvers.ts';
import { extensionOpportunitiesResolvers } from './modules/extension-opportunities/resolvers.ts';
import { firmResolvers } from './modules/firm/resolvers.ts';
import { graphResolvers } from './modules/graph/resolvers.ts';
import { importFileResolvers } from './modules/import-file/resolvers.ts';
import { importsResolvers } from './modules/imports/resolvers.ts';
import { listingResolvers } from './modules/listing/resolvers.ts';
import { nodeResolvers } from './modules/node/resolvers.ts';
import { observationResolvers } from './modules/observation/resolvers.ts';
import { parkResolvers } from './modules/park/resolvers.ts';
import { placeResolvers } from './modules/place/resolvers.ts';
import { projectResolvers } from './modules/project/resolvers.ts';
import { proposalsResolvers } from './modules/proposals/resolvers.ts';
import { regionContentsResolvers } from './modules/region/contents-resolvers.ts';
import { regionResolvers } from './modules/region/resolvers.ts';
import { searchResolvers } from './modules/search/resolvers.ts';
import { sourceResolvers } from './modules/source/resolvers.ts';
import { startingPointsResolvers } from './modules/starting-points/resolvers.ts';
import { undoImportResolvers } from './modules/undo-import/resolvers.ts';
import { viewerResolvers } from './modules/viewer/resolvers.ts';


const modulesRoot = path.join(projectRoot, 'api', 'modules');

/** Every module's `.graphql` files: the SDL is the API's contract. */
export function loadTypeDefs(): string[] {
  return readdirSync(modulesRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(modulesRoot, file), 'utf8'));
}

/**
 * The root query fields only an editor may ask for: those the SDL describes as "Editor only." (each
 * resolver starts with requireEditor). Read from the SDL, so a new editor-only field needs no list.
 */
export function editorOnlyQueryFields(): Set<string> {
  const fields = new Set<string>();
  for (const definition of loadTypeDefs().flatMap((text) => parse(text).definitions)) {
    if ((definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) || definition.name.value !== 'Query') continue;
    for (const field of definition.fields ?? []) {
      if (field.description?.value.trimStart().startsWith('Editor only.')) fields.add(field.name.value);
    }
  }
  return fields;
}

/**
 * Gives a field (and its arguments) that an object type declares without a description the one
 * its interface has: an interface's fields are documented once, in the interface (see `Locality`).
 */
function inheritDescriptions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const inherited = type.getInterfaces().map((face) => face.getFields()[field.name]).find((f) => f !== undefined);
      if (!inherited) continue;
      field.description ??= inherited.description;
      for (const arg of field.args) arg.description ??= inherited.args.find((a) => a.name === arg.name)?.description;
    }
  }
  return schema;
}

/** Built once per process: no schema work happens per request. */
export function createSchema() {
  return inheritDescriptions(
    makeExecutableSchema({
      typeDefs: loadTypeDefs(),
      resolvers: [
        enumValues,
        nodeResolvers,
        placeResolvers,
        regionResolvers,
        regionContentsResolvers,
        sourceResolvers,
        startingPointsResolvers,
        parkResolvers,
        firmResolvers,
        chainResolvers,
        projectResolvers,
        observationResolvers,
        searchResolvers,
        chainMapResolvers,
        chainGapsResolvers,
        extensionOpportunitiesResolvers,
        compareRegionsResolvers,
        graphResolvers,
        listingResolvers,
        viewerResolvers,
        importFileResolvers,
        undoImportResolvers,
        importsResolvers,
        proposalsResolvers,
        articleProposalsResolvers,
        confidentialProjectsResolvers,
        decideProposalResolvers,
        ingestArticleResolvers,
        ingestedArticlesResolvers,
        decideArticleProposalResolvers,
        undoArticleResolvers,
      ],
    }),
  );
}
