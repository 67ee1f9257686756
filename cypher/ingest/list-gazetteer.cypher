// What article ingest looks names up in, besides the region tree (import/list-regions) and the
// segment keyword rules (classify/classification-rules): every park with its region, every chain,
// the closed list of indicators, and the firms that have other names (aliases), which an article
// may use alone. Firms known by their full name only are found by name (find-known-firms).
// The alias range is a seek of the index on Firm(aliases) that skips the empty lists, as in
// import/match-firms.cypher.
// No parameters.
// Returns one row: parks [{id, name, aliases, region}], chains [{id, name}],
//   indicators [{name, descriptionZh, unit}], aliasedFirms [{id, name, aliases}].
CALL () {
  MATCH (p:Park)
  OPTIONAL MATCH (p)-[:IN]->(r:Region)
  WITH p, r ORDER BY p.id
  RETURN collect({id: p.id, name: p.name, aliases: coalesce(p.aliases, []), region: r.code}) AS parks
}
CALL () {
  MATCH (c:Chain)
  WITH c ORDER BY c.id
  RETURN collect(c {.id, .name}) AS chains
}
CALL () {
  MATCH (i:Indicator)
  WITH i ORDER BY i.name
  RETURN collect(i {.name, .descriptionZh, .unit}) AS indicators
}
CALL () {
  MATCH (f:Firm) WHERE f.aliases >= [''] AND f.aliases < ['\uFFFF']
  WITH f ORDER BY f.id
  RETURN collect(f {.id, .name, .aliases}) AS aliasedFirms
}
RETURN parks, chains, indicators, aliasedFirms
