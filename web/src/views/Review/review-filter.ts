import type { ProposalFilter, ProposalStatus } from '../../generated/graphql';

export const STATUSES: ProposalStatus[] = ['PENDING', 'ACCEPTED', 'REJECTED', 'MOVED'];

/** The queue as the URL filters it: `status` (PENDING when absent or unknown) and `import` (an import's id). */
export function filterFromParams(params: URLSearchParams): ProposalFilter {
  const status = params.get('status') as ProposalStatus | null;
  return { status: status && STATUSES.includes(status) ? status : 'PENDING', import: params.get('import') || null };
}
