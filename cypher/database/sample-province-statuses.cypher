// Provinces with projects (in the province, below it, or in a park of either) and the statuses
// those projects have, for the benchmark's projects request (a province and one status).
// Synthetic projects (synthetic: true) are preferred when the graph has any; otherwise every
// project counts (the real seed). Projects of unknown status are left out.
// Returns: code, status (as stored, e.g. 'signed'), projects, one row per province and status,
//   by province code, then most projects first, then status.
WITH EXISTS { MATCH (s:Project) WHERE s.synthetic = true } AS preferSynthetic
MATCH (province:Province)
CALL (province, preferSynthetic) {
  MATCH (province)<-[:PART_OF*0..2]-(:Region)<-[:IN]-(p:Project)
  WHERE NOT preferSynthetic OR p.synthetic = true
  RETURN p
  UNION
  MATCH (province)<-[:PART_OF*0..2]-(:Region)<-[:IN]-(:Park)<-[:IN]-(p:Project)
  WHERE NOT preferSynthetic OR p.synthetic = true
  RETURN p
}
WITH province.code AS code, p.status AS status, count(p) AS projects
WHERE status IS NOT NULL
RETURN code, status, projects
ORDER BY code, projects DESC, status
