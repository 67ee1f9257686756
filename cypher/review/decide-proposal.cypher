// Writes a person's decision on a proposal: first removes the MAKES or ADDS an earlier decision on it
// made (the one whose `proposal` is its id: a person may change their mind), then records the decision
// on the Proposal and, to accept or move, places its firm (MAKES) or project (ADDS) on the segment:
// {method: 'person', matched (the proposal's), confidence: 1, proposal, decidedBy, decidedAt}. No
// `import`: an import's undo finds these through the `proposal` of its Proposals. The Proposal stays
// with its -[:TO]-> the segment proposed, so that a re-import proposes that pair never again.
// $id: the proposal's id; $status: 'accepted', 'rejected' or 'moved'; $segment: the segment to place it
// on (the proposed one to accept, the other to move), null to reject; $movedTo: the other segment's id
// when moved, else null; $by: who decided; $at: when (ISO date-time).
// Returns nothing.
MATCH (x:Proposal {id: $id})-[:OF]->(e)
CALL (x, e) {
  MATCH (e)-[earlier:MAKES|ADDS {proposal: x.id}]->(:Segment)
  DELETE earlier
}
SET x.status = $status, x.decidedBy = $by, x.decidedAt = datetime($at), x.movedTo = $movedTo
WITH x, e
OPTIONAL MATCH (s:Segment {id: $segment})
CALL (x, e, s) {
  WITH x, e, s WHERE s IS NOT NULL AND x.kind = 'makes'
  CREATE (e)-[:MAKES {method: 'person', matched: x.matched, confidence: 1, proposal: x.id, decidedBy: x.decidedBy, decidedAt: x.decidedAt}]->(s)
}
CALL (x, e, s) {
  WITH x, e, s WHERE s IS NOT NULL AND x.kind = 'adds'
  CREATE (e)-[:ADDS {method: 'person', matched: x.matched, confidence: 1, proposal: x.id, decidedBy: x.decidedBy, decidedAt: x.decidedAt}]->(s)
}
