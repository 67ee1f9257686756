// Removes what an import placed: the MAKES and ADDS it wrote and its review items (Proposals),
// before the entities it created are deleted. A placement a person made later (method 'person') is
// its own relationship, without this import's id, and stays.
// Found through the relationship indexes on MAKES(import) and ADDS(import): no scan of the firms
// or projects (a MAKES always runs from a Firm, an ADDS from a Project, to a Segment).
// $id: the import's Source id.
// Returns: placements (relationships deleted), proposals (Proposal nodes deleted).
CALL () {
  MATCH ()-[r:MAKES {import: $id}]->()
  DELETE r
  RETURN count(r) AS makes
}
CALL () {
  MATCH ()-[r:ADDS {import: $id}]->()
  DELETE r
  RETURN count(r) AS adds
}
CALL () {
  MATCH (x:Proposal {import: $id})
  DETACH DELETE x
  RETURN count(x) AS proposals
}
RETURN makes + adds AS placements, proposals
