/** A proposal's kind, as the API's ArticleFactKind (written out here so unit tests can import this module from Node). */
type Kind = 'PLACE' | 'PARK' | 'FIRM' | 'PROJECT' | 'FOCUS' | 'FIGURE' | 'NEW_INDICATOR';

/**
 * The fields an editor may set on each kind of proposal before accepting it, as the server takes
 * them (ingest/review/accepted-fields.ts): those the kind proposes, and a place where one is missing.
 */
const EDITABLE: Record<Kind, string[]> = {
  PLACE: ['region', 'name', 'mention'],
  PARK: ['name', 'known', 'region'],
  FIRM: ['name', 'known', 'region', 'park'],
  PROJECT: ['name', 'region', 'park', 'firm', 'investmentCny', 'amountQualifier', 'capacity', 'status', 'signedOn'],
  FOCUS: ['region', 'park', 'chain', 'role'],
  FIGURE: ['region', 'park', 'indicator', 'period', 'value', 'unit', 'qualifier'],
  NEW_INDICATOR: ['region', 'park', 'label', 'period', 'value', 'unit'],
};

/** The fields that take one of a few values, picked from a list rather than typed; '' leaves the field out. */
export const OPTIONS: Record<string, string[]> = {
  status: ['negotiating', 'signed', 'under_construction', 'in_production', 'completed'],
  role: ['leading', 'pillar', 'key', 'emerging', 'cluster'],
  qualifier: ['more_than', 'forecast'],
};

type Proposal = { kind: Kind; fields: readonly { name: string; value: string }[] };

/** A proposal's fields to edit, by name: every field its kind takes, as proposed or empty. */
export function draftOf(proposal: Proposal): Record<string, string> {
  const proposed = new Map(proposal.fields.map((field) => [field.name, field.value]));
  return Object.fromEntries(EDITABLE[proposal.kind].map((name) => [name, proposed.get(name) ?? '']));
}

/** The fields the editor changed, to lay over the proposal's: the server takes only corrections. */
export function changedFields(proposal: Proposal, draft: Record<string, string>): { name: string; value: string }[] {
  const before = draftOf(proposal);
  return Object.entries(draft)
    .filter(([name, value]) => value.trim() !== (before[name] ?? '').trim())
    .map(([name, value]) => ({ name, value: value.trim() }));
}
