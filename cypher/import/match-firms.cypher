// The firms a roster's rows may already be in the graph as: by credit code, else by name, else by
// alias, among the firms located in the row's region or in a park there, without another credit
// code. For the importer's plan (import/plan/plan-firms.ts).
// A name is found by the index on Firm(name) and its place checked after, instead of walking the
// region's firms for every row (thousands in a county of a million-firm graph). An alias is an
// element of a list, which no index finds: the firms that have any aliases are read once for the
// rows, keeping those with one of the rows' names. The range is a seek of the index on
// Firm(aliases) that skips the empty lists (an import writes [] on every firm it creates): lists
// compare element by element, so every non-empty list of names sorts at or after [''] (and [] before
// it), and before ['\uFFFF'] (no name starts with that noncharacter). The upper bound is needed:
// Neo4j cannot seek an open-ended range of lists in a transaction that has written (a test's).
// $rows: list of {rowNumber, creditCode (or null), name, region (a region code)}.
// Returns one row per input row that matched: rowNumber, matchedBy ('creditCode'|'name'|'alias'),
//   firm (all its properties), places [{park (a park id, or null), region (the region, or the park's region)}],
//   locatedIn [{type, label, key, props}] (its LOCATED_IN relationships, to restore on undo).
CALL () {
  WITH [row IN $rows | row.name] AS names
  MATCH (f:Firm) WHERE f.aliases >= [''] AND f.aliases < ['\uFFFF'] AND any(alias IN f.aliases WHERE alias IN names)
  WITH f ORDER BY f.id
  RETURN collect(f) AS aliased
}
UNWIND $rows AS row
OPTIONAL MATCH (byCode:Firm {creditCode: row.creditCode})
WITH row, byCode, aliased,
     CASE WHEN byCode IS NULL THEN
       COLLECT { MATCH (f:Firm {name: row.name})-[:LOCATED_IN]->(place)
                 WHERE (f.creditCode IS NULL OR f.creditCode = row.creditCode)
                   AND ((place:Region AND place.code = row.region) OR EXISTS { (place:Park)-[:IN]->(:Region {code: row.region}) })
                 RETURN f ORDER BY f.id }
     ELSE [] END AS byName
WITH row, byCode, byName,
     CASE WHEN byCode IS NULL AND size(byName) = 0 THEN
       [f IN aliased WHERE row.name IN f.aliases AND (f.creditCode IS NULL OR f.creditCode = row.creditCode)
          AND EXISTS { (f)-[:LOCATED_IN]->(place)
                       WHERE (place:Region AND place.code = row.region) OR EXISTS { (place:Park)-[:IN]->(:Region {code: row.region}) } }]
     ELSE [] END AS byAlias
WITH row, coalesce(byCode, byName[0], byAlias[0]) AS f,
     CASE WHEN byCode IS NOT NULL THEN 'creditCode' WHEN size(byName) > 0 THEN 'name' ELSE 'alias' END AS matchedBy
WHERE f IS NOT NULL
RETURN row.rowNumber AS rowNumber, matchedBy, properties(f) AS firm,
       COLLECT { MATCH (f)-[:LOCATED_IN]->(place)
                 OPTIONAL MATCH (place:Park)-[:IN]->(parkRegion:Region)
                 RETURN {park: CASE WHEN place:Park THEN place.id END, region: CASE WHEN place:Park THEN parkRegion.code ELSE place.code END} } AS places,
       COLLECT { MATCH (f)-[r:LOCATED_IN]->(place)
                 RETURN {type: type(r), label: CASE WHEN place:Park THEN 'Park' ELSE 'Region' END,
                         key: CASE WHEN place:Park THEN place.id ELSE place.code END, props: properties(r)} } AS locatedIn
