// Side-by-side facts of several regions, each including everything below it: the chains it
// focuses on, what it has of each segment (producers and projects by status, from the presence rows,
// core/presence.ts), whether a complete roster covers it, its projects and their investment, its figures.
// $codes: short region codes.
// Returns one row per region found: region {code, focuses [{chainId, role}], made [{segment, producerCount, statuses, statusCounts}],
//   complete (a complete roster covers the region or one it lies in),
//   firmCount, projectCount, investmentCny (summed over the projects with an amount, null when none has:
//   sum() of no values is 0), withInvestmentCount, statuses [{status} per project; null kept], observations [...]}.
UNWIND $codes AS code
MATCH (r:Region {code: code})
CALL (r) {
  MATCH (sub:Region)-[:PART_OF*0..2]->(r)
  OPTIONAL MATCH (park:Park)-[:IN]->(sub)
  RETURN collect(DISTINCT sub) + collect(DISTINCT park) AS places
}
CALL (places) {
  UNWIND places AS place
  MATCH (place)<-[:LOCATED_IN]-(f:Firm)
  RETURN count(DISTINCT f) AS firmCount
}
CALL (places) {
  UNWIND places AS place
  MATCH (place)<-[:IN]-(p:Project)
  WITH DISTINCT p
  WITH count(p) AS projectCount, count(p.investmentCny) AS withInvestmentCount, sum(p.investmentCny) AS summed,
       collect({status: p.status}) AS statuses
  RETURN projectCount, withInvestmentCount, CASE WHEN withInvestmentCount > 0 THEN summed END AS investmentCny, statuses
}
RETURN r {.code,
  focuses: COLLECT { MATCH (r)-[f:FOCUSES_ON]->(c:Chain) RETURN {chainId: c.id, role: f.role} AS focus ORDER BY focus.chainId },
  // What each segment has is derived at load (presence rows, keyed by region code):
  // counting them here read every firm of a province and what it makes (280 ms for two at 1M).
  made: COLLECT { MATCH (pr:Presence {place: r.code})
                  RETURN {segment: pr.segment, producerCount: pr.producerCount, statuses: pr.statuses, statusCounts: pr.statusCounts} },
  complete: EXISTS { MATCH (r)-[:PART_OF*0..2]->(:Region)<-[:COVERS]-(:Roster {complete: true}) },
  firmCount: firmCount, projectCount: projectCount, investmentCny: investmentCny, withInvestmentCount: withInvestmentCount, statuses: statuses,
  observations: COLLECT { MATCH (r)-[:REPORTED]->(o:Observation) RETURN o {.*, key: o.id, regionCode: r.code} AS observation
                          ORDER BY observation.indicator, observation.period }
} AS region
