import type { GraphQLResolveInfo } from 'graphql';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/paging.ts';
import { toSimplified } from '../../../core/chinese-script.ts';
import { asksFor } from '../../graphql/asks-for.ts';
import { InputError } from '../../../core/input-error.ts';
import { keyOf } from '../node/global-id.ts';
import { placeArgs } from '../place/place-scope.ts';
import { isIsoDate } from '../../../core/iso-date.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_LISTING_PAGE_SIZE = 100;

/** The rows of a page to fetch: offsets into the ordered, filtered set. */
export interface PageWindow {
  skip: number;
  limit: number;
}

/** Checks `first` and `after`. Cursors carry the offset of their item in the ordered set. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined): PageWindow {
  const limit = pageSize(first, DEFAULT_PAGE_SIZE, MAX_LISTING_PAGE_SIZE);
  const key = decodeCursor(after);
  if (key === null) return { skip: 0, limit };
  const match = /^offset:(\d{1,9})$/.exec(key);
  if (!match) {
    throw new InputError('BAD_CURSOR', `after: "${after}" is not a cursor of this list; pass an endCursor or edge cursor it returned.`);
  }
  return { skip: Number(match[1]) + 1, limit };
}

/** The edges and page info of a page whose items start at `skip` in the ordered set. */
export function connectionPage<T>(items: T[], skip: number, total: number) {
  const edges = items.map((item, index) => ({ cursor: encodeCursor(`offset:${skip + index}`), ...item }));
  return {
    edges,
    pageInfo: { hasNextPage: skip + items.length < total, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
  };
}

/** The place parameters of the listing statements: a region or a park, anchored by index, or everywhere. */
export interface PlaceParams {
  rootCodes: string[];
  regionCode: string | null;
  parkId: string | null;
  everywhere: boolean;
}

export function placeParams(regionCode: string | null | undefined, parkId: string | null | undefined): PlaceParams {
  const { regionCode: code, parkId: park } = placeArgs(regionCode, parkId);
  if (park) return { rootCodes: [], regionCode: code, parkId: park, everywhere: false };
  if (code) return { rootCodes: [code], regionCode: code, parkId: null, everywhere: false };
  return { rootCodes: [], regionCode: null, parkId: null, everywhere: true };
}

/** What a listing works out besides its page and count; byChain reads the chains of every match. */
export interface ListFigures {
  byChain: boolean;
}

/** The figures the query selects under `aggregate`: the others are not worked out. */
export const figuresAsked = (info: GraphQLResolveInfo): ListFigures => ({ byChain: asksFor(info, 'aggregate', 'byChain') });

/** The lower-case forms of a text filter to look for in `searchText`: as typed and in Simplified characters. */
export function textForms(text: string | null | undefined): string[] | null {
  const typed = text?.trim();
  if (!typed) return null;
  return [...new Set([typed, toSimplified(typed)].map((form) => form.toLowerCase()))];
}

/** Checks a YYYY-MM-DD date argument. */
export function dateArgument(name: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!isIsoDate(value)) throw new InputError('BAD_FILTER', `${name}: "${value}" is not a date; write YYYY-MM-DD, such as 2024-02-27.`);
  return value;
}

/** The ids a statement reports as unknown, each named in one error. */
export interface KnownFlags {
  regionKnown: boolean;
  parkKnown: boolean;
  chainKnown: boolean;
  segmentKnown: boolean;
}

export function requireKnown(flags: KnownFlags, given: { regionCode: string | null; parkId: string | null; chainId: string | null; segmentId: string | null }) {
  const unknown = [
    flags.regionKnown ? null : `no region has code "${given.regionCode}"`,
    flags.parkKnown ? null : `no park has id "${given.parkId}"`,
    flags.chainKnown ? null : `no chain has id "${given.chainId}" (the chains field lists them)`,
    flags.segmentKnown ? null : `no segment has id "${given.segmentId}"`,
  ].filter((reason) => reason !== null);
  if (unknown.length) throw new InputError('BAD_FILTER', `Unknown filter: ${unknown.join('; ')}.`);
}

/** An optional id filter as its key, accepting a bare id or a global id of the right type. */
export function optionalKey(type: string, id: string | null | undefined): string | null {
  return id == null ? null : keyOf(type, id);
}
