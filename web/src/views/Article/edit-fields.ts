/** The fields that take one of a few values, picked from a list rather than typed; '' leaves the field out. */
export const OPTIONS: Record<string, string[]> = {
  status: ['negotiating', 'signed', 'under_construction', 'in_production', 'completed'],
  role: ['leading', 'pillar', 'key', 'emerging', 'cluster'],
  qualifier: ['more_than', 'forecast'],
};

/** A proposal as the server gives it: its fields, and the names of those a person may set (the server's list, ingest/review/accepted-fields.ts). */
type Proposal = { fields: readonly { name: string; value: string }[]; editable: readonly string[] };

/** A proposal's fields to edit, by name: every field its kind takes, as proposed or empty. */
export function draftOf(proposal: Proposal): Record<string, string> {
  const proposed = new Map(proposal.fields.map((field) => [field.name, field.value]));
  return Object.fromEntries(proposal.editable.map((name) => [name, proposed.get(name) ?? '']));
}

/** The fields the editor changed, to lay over the proposal's: the server takes only corrections. */
export function changedFields(proposal: Proposal, draft: Record<string, string>): { name: string; value: string }[] {
  const before = draftOf(proposal);
  return Object.entries(draft)
    .filter(([name, value]) => value.trim() !== (before[name] ?? '').trim())
    .map(([name, value]) => ({ name, value: value.trim() }));
}
