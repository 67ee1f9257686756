import type { OrderDirection, ProjectFilter, ProjectOrder, ProjectOrderField, ProjectStatus } from '../../generated/graphql';
import { readPlace } from '../../lib/place/place-param';

// No NEGOTIATING: a project in negotiation is confidential, and no list a reader sees holds one.
export const STATUSES: ProjectStatus[] = ['SIGNED', 'UNDER_CONSTRUCTION', 'IN_PRODUCTION', 'COMPLETED'];
const FIELDS: ProjectOrderField[] = ['SIGNED_ON', 'INVESTMENT', 'NAME'];

/** The UI takes investment in 亿元, the unit of every article; the API wants yuan. */
export const YUAN_PER_YI = 1e8;

/** What the table shows, as read from the URL: every filter, so a link restores the view. */
export interface ProjectsQuery {
  filter: ProjectFilter;
  orderBy: ProjectOrder;
}

function yi(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? Math.round(number * YUAN_PER_YI) : null;
}

function day(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/**
 * The URL's parameters as the API's filter and order. The place is read by place-param.ts;
 * `status` a comma list; `min`/`max` in 亿元; `sort`/`dir` the order, by investment
 * largest first when absent, as the API does. Values that make no sense are left out.
 */
export function queryFromParams(params: URLSearchParams): ProjectsQuery {
  const status = (params.get('status') ?? '').split(',').filter((s): s is ProjectStatus => STATUSES.includes(s as ProjectStatus));
  const sort = params.get('sort') as ProjectOrderField | null;
  const dir = params.get('dir') as OrderDirection | null;
  const place = readPlace(params);
  return {
    filter: {
      regionCode: place.regionCode ?? null,
      parkId: place.parkId ?? null,
      chainId: params.get('chain') || null,
      status: status.length ? status : null,
      signedFrom: day(params.get('from')),
      signedTo: day(params.get('to')),
      minInvestmentCny: yi(params.get('min')),
      maxInvestmentCny: yi(params.get('max')),
      text: params.get('text')?.trim() || null,
    },
    orderBy: {
      field: sort && FIELDS.includes(sort) ? sort : 'INVESTMENT',
      direction: dir === 'ASC' ? 'ASC' : 'DESC',
    },
  };
}
