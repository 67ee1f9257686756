// Removes what an import placed: the MAKES and ADDS it wrote and its review items (Proposals),
// before the entities it created are deleted. A placement a person made later (method 'person') is
// its own relationship, without this import's id, and stays.
// $id: the import's Source id.
// Returns: placements (relationships deleted), proposals (Proposal nodes deleted).
CALL () {
  MATCH (:Firm)-[r:MAKES {import: $id}]->(:Segment)
  DELETE r
  RETURN count(r) AS makes
}
CALL () {
  MATCH (:Project)-[r:ADDS {import: $id}]->(:Segment)
  DELETE r
  RETURN count(r) AS adds
}
CALL () {
  MATCH (x:Proposal {import: $id})
  DETACH DELETE x
  RETURN count(x) AS proposals
}
RETURN makes + adds AS placements, proposals
