import type { Resolvers } from '../../generated/resolvers-types.ts';
import { firmList } from './list-firms.ts';
import { figuresAsked } from './listing-args.ts';
import { projectList } from './list-projects.ts';

/** Query.projects and Query.firms: a page plus figures over the whole filtered set, in one statement each. */
export const listingResolvers: Resolvers = {
  Query: {
    projects: (_, args, { db }, info) => projectList(db, args, figuresAsked(info)),
    firms: (_, args, { db }, info) => firmList(db, args, figuresAsked(info)),
  },
  ProjectEdge: {
    node: async (edge, _, { projects }) => (await projects.load(edge.projectId))!,
  },
  ProjectChainGroup: {
    chain: async (group, _, { chains }) => (await chains.load(group.chainId))!,
  },
  FirmEdge: {
    node: async (edge, _, { firms }) => (await firms.load(edge.firmId))!,
  },
  FirmChainGroup: {
    chain: async (group, _, { chains }) => (await chains.load(group.chainId))!,
  },
};
