import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import { InputError } from '../../../core/input-error.ts';
import type { QueryProjectsArgs } from '../../generated/resolvers-types.ts';
import type { ProjectRecord } from '../project/project-store.ts';
import {
  connectionPage,
  dateArgument,
  optionalKey,
  pageWindow,
  placeParams,
  requireKnown,
  textForms,
  type KnownFlags,
  type ListFigures,
} from './listing-args.ts';

const listProjects = cypher('listing/list-projects');

type Status = NonNullable<ProjectRecord['status']>;

/** An edge of a page: its node is loaded through the per-request project loader. */
export interface ProjectEdgeRecord {
  cursor: string;
  projectId: string;
}

/** Amounts summed over the projects that have one: null when none has, never 0 for unknown. */
export interface InvestmentTotal {
  investmentCny: number | null;
  /** How many projects the sum covers. */
  withInvestmentCount: number;
}

export interface ProjectStatusGroupRecord extends InvestmentTotal {
  status: Status | null;
  count: number;
}

export interface ProjectChainGroupRecord extends InvestmentTotal {
  chainId: string;
  count: number;
}

export interface ProjectListPage {
  edges: ProjectEdgeRecord[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  aggregate: {
    count: number;
    totalInvestmentCny: number | null;
    withInvestmentCount: number;
    byStatus: ProjectStatusGroupRecord[];
    byChain: ProjectChainGroupRecord[];
  };
}

interface ListProjectsRow extends KnownFlags {
  total: number;
  pageIds: string[];
  totalInvestmentCny: number | null;
  withInvestmentCount: number;
  byStatus: ProjectStatusGroupRecord[];
  byChain: ProjectChainGroupRecord[];
}

const DEFAULT_ORDER = { field: 'INVESTMENT', direction: 'DESC' } as const;

/**
 * One page of the projects matching a filter, with the count and aggregates of all of them: one
 * statement. The figures by chain are [] unless asked for.
 */
export async function projectList(db: Database, { filter, orderBy, first, after }: QueryProjectsArgs, figures: ListFigures): Promise<ProjectListPage> {
  const { skip, limit } = pageWindow(first, after);
  const signedFrom = dateArgument('signedFrom', filter?.signedFrom);
  const signedTo = dateArgument('signedTo', filter?.signedTo);
  if (signedFrom && signedTo && signedFrom > signedTo) {
    throw new InputError('BAD_FILTER', `signedFrom (${signedFrom}) is after signedTo (${signedTo}).`);
  }
  const minInvestmentCny = filter?.minInvestmentCny ?? null;
  const maxInvestmentCny = filter?.maxInvestmentCny ?? null;
  if (minInvestmentCny !== null && maxInvestmentCny !== null && minInvestmentCny > maxInvestmentCny) {
    throw new InputError('BAD_FILTER', `minInvestmentCny (${minInvestmentCny}) is more than maxInvestmentCny (${maxInvestmentCny}).`);
  }
  const chainId = optionalKey('Chain', filter?.chainId);
  const segmentId = optionalKey('Segment', filter?.segmentId);
  const place = placeParams(filter?.regionCode, filter?.parkId);
  const order = orderBy ?? DEFAULT_ORDER;

  // Filter values go in one map: the plan Neo4j caches is then the same whichever of them are given.
  const [row] = await db.read<ListProjectsRow>(listProjects, {
    filter: {
      ...place,
      chainId,
      segmentId,
      statuses: filter?.status?.length ? filter.status : null,
      signedFrom,
      signedTo,
      minInvestmentCny,
      maxInvestmentCny,
      texts: textForms(filter?.text),
    },
    order: { field: order.field, descending: order.direction !== 'ASC' },
    skip,
    limit,
    byChain: figures.byChain,
  });
  if (!row) throw new Error('listing/list-projects returned no row');
  requireKnown(row, { regionCode: place.regionCode, parkId: place.parkId, chainId, segmentId });

  const page = connectionPage(row.pageIds.map((projectId) => ({ projectId })), skip, row.total);
  return {
    ...page,
    aggregate: {
      count: row.total,
      totalInvestmentCny: row.totalInvestmentCny,
      withInvestmentCount: row.withInvestmentCount,
      byStatus: row.byStatus,
      byChain: row.byChain,
    },
  };
}
