// Removes what an import placed: the MAKES and ADDS it wrote, its review items (Proposals), and the
// MAKES and ADDS a person made by deciding them (accepted or moved: `proposal` is the Proposal's id,
// no `import`), before the entities it created are deleted: the graph is left as before the import,
// decisions included. A placement a person made otherwise has neither and stays.
// Found through the relationship indexes on MAKES(import) and ADDS(import), and from each Proposal
// through its firm or project: no scan of the firms or projects (a MAKES always runs from a Firm, an
// ADDS from a Project, to a Segment).
// $id: the import's Source id.
// Returns: placements (relationships deleted, the decided ones included), proposals (Proposal nodes deleted).
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
  MATCH (x:Proposal {import: $id})-[:OF]->(e)
  MATCH (e)-[r:MAKES|ADDS {proposal: x.id}]->(:Segment)
  DELETE r
  RETURN count(r) AS decided
}
CALL () {
  MATCH (x:Proposal {import: $id})
  DETACH DELETE x
  RETURN count(x) AS proposals
}
RETURN makes + adds + decided AS placements, proposals
