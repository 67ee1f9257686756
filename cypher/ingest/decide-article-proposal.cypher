// Records a person's decision on a proposal of a kept article: its status, who and when, and the
// fields as accepted (a person may have corrected them) with their shown names.
// $id: the proposal's id; $status: 'accepted' or 'rejected'; $fields, $shown: JSON, or null to keep
// the proposed ones; $by: who decided; $at: when (ISO date-time).
// Returns nothing.
MATCH (x:ArticleProposal {id: $id})
SET x.status = $status, x.decidedBy = $by, x.decidedAt = datetime($at),
    x.fields = coalesce($fields, x.fields), x.shown = coalesce($shown, x.shown)
