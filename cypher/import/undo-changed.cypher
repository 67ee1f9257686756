// Restores what an import (or an article's accepted proposal) changed: each property to its value before (null removes one), and where
// it replaced a place or firm, the relationships it replaced (with their own properties). A project's
// label follows its restored status afterwards (project/label-projects.cypher).
// $changed: list of {label ('Firm'|'Project'|'Roster', and for an article's undo 'Park'|'Observation'), key, previous (a map), relTypes (the relationship
//   types it replaced, [] when none), previousRels [{type ('LOCATED_IN'|'IN'|'BY'), label ('Park'|'Region'|'Firm'), key, props}]}.
// Returns: restored (how many nodes).
UNWIND $changed AS c
OPTIONAL MATCH (firm:Firm {id: c.key}) WHERE c.label = 'Firm'
OPTIONAL MATCH (project:Project {id: c.key}) WHERE c.label = 'Project'
OPTIONAL MATCH (sealed:ConfidentialProject {id: c.key}) WHERE c.label = 'Project'
OPTIONAL MATCH (roster:Roster {id: c.key}) WHERE c.label = 'Roster'
OPTIONAL MATCH (park:Park {id: c.key}) WHERE c.label = 'Park'
OPTIONAL MATCH (observation:Observation {id: c.key}) WHERE c.label = 'Observation'
WITH c, coalesce(firm, project, sealed, roster, park, observation) AS n
WHERE n IS NOT NULL
SET n += c.previous
WITH c, n
CALL (c, n) {
  MATCH (n)-[r]->()
  WHERE type(r) IN c.relTypes
  DELETE r
}
CALL (c, n) {
  UNWIND c.previousRels AS rel
  OPTIONAL MATCH (park:Park {id: rel.key}) WHERE rel.label = 'Park'
  OPTIONAL MATCH (region:Region {code: rel.key}) WHERE rel.label = 'Region'
  OPTIONAL MATCH (other:Firm {id: rel.key}) WHERE rel.label = 'Firm'
  WITH n, rel, coalesce(park, region, other) AS target
  WHERE target IS NOT NULL
  FOREACH (_ IN CASE WHEN rel.type = 'LOCATED_IN' THEN [1] ELSE [] END | CREATE (n)-[r:LOCATED_IN]->(target) SET r = rel.props)
  FOREACH (_ IN CASE WHEN rel.type = 'IN' THEN [1] ELSE [] END | CREATE (n)-[r:IN]->(target) SET r = rel.props)
  FOREACH (_ IN CASE WHEN rel.type = 'BY' THEN [1] ELSE [] END | CREATE (n)-[r:BY]->(target) SET r = rel.props)
}
RETURN count(*) AS restored
