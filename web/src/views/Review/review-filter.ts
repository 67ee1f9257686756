/** A proposal's status, as the API's ProposalStatus (written out here so unit tests can import this module from Node). */
export type ProposalStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'MOVED';

export const STATUSES: ProposalStatus[] = ['PENDING', 'ACCEPTED', 'REJECTED', 'MOVED'];

/** The queue as the URL filters it: `status` (PENDING when absent or unknown) and `import` (an import's id). */
export function filterFromParams(params: URLSearchParams): { status: ProposalStatus; import: string | null } {
  const status = params.get('status') as ProposalStatus | null;
  return { status: status && STATUSES.includes(status) ? status : 'PENDING', import: params.get('import') || null };
}
