import { cypher } from '../../../db/cypher-files.ts';
import type { Database } from '../../../db/database.ts';
import type { QueryFirmsArgs } from '../../generated/resolvers-types.ts';
import { connectionPage, optionalKey, pageWindow, placeParams, requireKnown, textForms, type KnownFlags, type ListFigures } from './listing-args.ts';

const listFirms = cypher('listing/list-firms');

/** An edge of a page: its node is loaded through the per-request firm loader. */
export interface FirmEdgeRecord {
  cursor: string;
  firmId: string;
}

export interface FirmChainGroupRecord {
  chainId: string;
  count: number;
}

export interface FirmListPage {
  edges: FirmEdgeRecord[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  aggregate: { count: number; byChain: FirmChainGroupRecord[] };
}

interface ListFirmsRow extends KnownFlags {
  total: number;
  pageIds: string[];
  byChain: FirmChainGroupRecord[];
}

const DEFAULT_ORDER = { field: 'NAME', direction: 'ASC' } as const;

/**
 * One page of the firms matching a filter, with the count and aggregates of all of them: one
 * statement. The figures by chain are [] unless asked for.
 */
export async function firmList(db: Database, { filter, orderBy, first, after }: QueryFirmsArgs, figures: ListFigures): Promise<FirmListPage> {
  const { skip, limit } = pageWindow(first, after);
  const chainId = optionalKey('Chain', filter?.chainId);
  const segmentId = optionalKey('Segment', filter?.segmentId);
  const place = placeParams(filter?.regionCode, filter?.parkId);
  const order = orderBy ?? DEFAULT_ORDER;

  // Filter values go in one map: the plan Neo4j caches is then the same whichever of them are given.
  const [row] = await db.read<ListFirmsRow>(listFirms, {
    filter: {
      ...place,
      chainId,
      segmentId,
      texts: textForms(filter?.text),
      statuses: filter?.registryStatus?.length ? filter.registryStatus : null,
      tag: filter?.tag?.trim() ? filter.tag.trim().toLowerCase() : null,
    },
    order: { field: order.field, descending: order.direction !== 'ASC' },
    skip,
    limit,
    byChain: figures.byChain,
  });
  if (!row) throw new Error('listing/list-firms returned no row');
  requireKnown(row, { regionCode: place.regionCode, parkId: place.parkId, chainId, segmentId });

  const page = connectionPage(row.pageIds.map((firmId) => ({ firmId })), skip, row.total);
  return { ...page, aggregate: { count: row.total, byChain: row.byChain } };
}
