import { FIRMS_KEPT, MAX_GAP_LIST, PROJECTS_KEPT } from '../../core/presence.ts';
import { MAX_PAGE_SIZE } from '../graphql/paging.ts';
import { MAX_NEIGHBOURS } from '../modules/graph/neighborhood.ts';
import { MAX_HOPS } from '../modules/graph/paths.ts';
import { MAX_LISTING_PAGE_SIZE } from '../modules/listing/listing-args.ts';

/**
 * What a field costs of itself, in units of one ordinary field (a property, a loader hit), for the
 * fields that run a query of their own over much of the graph: roughly their time against a
 * dashboard's lookup. A neighbourhood's work grows with its limit and the square of its depth (a
 * depth 3, limit 500 one took 1.6 s where the screens' depth 1, limit 60 takes 30–50 ms); a path
 * search's doubles with each hop (maxHops 6, first 10 took 1 s). A chain map reads every firm and
 * project of the place's chains, not a page: twenty in one request took 10.7 s on the tests' seed.
 */
export const FIELD_COSTS: Record<string, number | ((args: Record<string, any>) => number)> = {
  'Query.neighborhood': ({ depth, limit }) => 20 * limit * depth ** 2,
  'Query.paths': ({ maxHops, first }) => 100 * first * 2 ** maxHops,
  'Query.chainGaps': 300,
  'Query.extensionOpportunities': 300,
  'Query.chainMap': 2000,
  'Query.compareRegions': 200,
  'Query.startingPoints': 100,
  'Query.search': 50,
  'Query.projects': 50,
  'Query.firms': 50,
  'Query.proposals': 50,
  'Query.imports': 20,
  'Query.confidentialProjects': 50,
  // Reads every matching project's or firm's chains, not one page.
  'ProjectAggregate.byChain': 200,
  'FirmAggregate.byChain': 200,
  'ProjectConnection.aggregate': 50,
  'FirmConnection.aggregate': 50,
  'ProjectConnection.totalCount': 20,
  'FirmConnection.totalCount': 20,
};

/** The arguments that say how many items a list field (or a connection's `edges`) returns. */
export const SIZE_ARGUMENTS = ['first', 'limit'] as const;

/**
 * How many items a list without a size argument of its own is taken to hold: what the data and
 * the resolvers bound it to (29 chain templates of at most 15 segments; a chain's FEEDS links; the firms and
 * projects a chain map keeps of a segment; the
 * most a page, a neighbourhood or a path can hold, for lists whose size an enclosing field's
 * argument sets: see HANDED_DOWN_SIZES), else DEFAULT_LIST_SIZE.
 */
export const LIST_SIZES: Record<string, number> = {
  'Query.chains': 30,
  'Chain.segments': 20,
  'ChainMap.segments': 20,
  'ChainMap.links': 40,
  'ChainGaps.gaps': 20,
  'ChainGap.candidates': MAX_GAP_LIST,
  'SegmentCoverage.firms': FIRMS_KEPT,
  'SegmentCoverage.projects': PROJECTS_KEPT,
  'RegionConnection.edges': MAX_PAGE_SIZE,
  'ProposalConnection.edges': MAX_PAGE_SIZE,
  'ProjectConnection.edges': MAX_LISTING_PAGE_SIZE,
  'FirmConnection.edges': MAX_LISTING_PAGE_SIZE,
  'Subgraph.nodes': MAX_NEIGHBOURS,
  'Subgraph.edges': MAX_NEIGHBOURS,
  'GraphPath.nodes': MAX_HOPS + 1,
  'GraphPath.edges': MAX_HOPS,
};

/** A list nothing bounds: roughly what the seed's busiest subjects list (a segment's users, a firm's sources). */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Sizes an argument of an enclosing field sets for lists below it, as paths from that field: a
 * connection's `first` is the length of its `edges`, `chainGaps(candidatesPerGap:)` that of each
 * gap's `candidates`, `neighborhood(limit:)` that of its nodes and edges, `paths(maxHops:)` that
 * of each path. Where such a list is reached through a named fragment the enclosing argument is
 * not followed, and the list counts at its maximum (LIST_SIZES).
 */
export const HANDED_DOWN_SIZES: { of: (coordinate: string, returns: string) => boolean; argument: string; paths: string[][] }[] = [
  { of: (_, returns) => returns.endsWith('Connection'), argument: 'first', paths: [['edges']] },
  { of: (coordinate) => coordinate === 'Query.chainGaps', argument: 'candidatesPerGap', paths: [['gaps', 'candidates']] },
  { of: (coordinate) => coordinate === 'Query.neighborhood', argument: 'limit', paths: [['nodes'], ['edges']] },
  { of: (coordinate) => coordinate === 'Query.paths', argument: 'maxHops', paths: [['nodes'], ['edges']] },
];
