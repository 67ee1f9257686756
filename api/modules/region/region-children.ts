import type DataLoader from 'dataloader';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/paging.ts';
import type { ChildrenPageKey, RegionPage, RegionRecord } from './region-store.ts';

export interface RegionConnection {
  edges: { cursor: string; node: RegionRecord }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** A Relay page of the regions directly under `code`, keyed by the children's codes. */
export async function regionChildren(
  pages: DataLoader<ChildrenPageKey, RegionPage, string>,
  code: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<RegionConnection> {
  const limit = pageSize(first, 50);
  const { total, children } = await pages.load({ code, after: decodeCursor(after), limit: limit + 1 });
  const edges = children.slice(0, limit).map((node) => ({ cursor: encodeCursor(node.code), node }));
  return {
    edges,
    pageInfo: { hasNextPage: children.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
  };
}
