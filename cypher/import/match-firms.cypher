// The firms a roster's rows may already be in the graph as: by credit code, else by name (or
// alias) among the firms located in the row's region or in a park there, without another
// credit code. For the importer's plan (import/plan/plan-firms.ts).
// $rows: list of {rowNumber, creditCode (or null), name, region (a region code)}.
// Returns one row per input row that matched: rowNumber, matchedBy ('creditCode'|'name'|'alias'),
//   firm (all its properties), places [{park (a park id, or null), region (the region, or the park's region)}],
//   locatedIn [{type, label, key, props}] (its LOCATED_IN relationships, to restore on undo).
UNWIND $rows AS row
OPTIONAL MATCH (byCode:Firm {creditCode: row.creditCode})
OPTIONAL MATCH (region:Region {code: row.region})
WITH row, byCode,
     CASE WHEN byCode IS NULL AND region IS NOT NULL THEN
       COLLECT { MATCH (region)<-[:LOCATED_IN]-(f:Firm)
                 WHERE (f.name = row.name OR row.name IN coalesce(f.aliases, [])) AND (f.creditCode IS NULL OR f.creditCode = row.creditCode)
                 RETURN f
                 UNION
                 MATCH (region)<-[:IN]-(:Park)<-[:LOCATED_IN]-(f:Firm)
                 WHERE (f.name = row.name OR row.name IN coalesce(f.aliases, [])) AND (f.creditCode IS NULL OR f.creditCode = row.creditCode)
                 RETURN f }
     ELSE [] END AS byName
WITH row, coalesce(byCode, byName[0]) AS f,
     CASE WHEN byCode IS NOT NULL THEN 'creditCode' WHEN byName[0].name = row.name THEN 'name' ELSE 'alias' END AS matchedBy
WHERE f IS NOT NULL
RETURN row.rowNumber AS rowNumber, matchedBy, properties(f) AS firm,
       COLLECT { MATCH (f)-[:LOCATED_IN]->(place)
                 OPTIONAL MATCH (place:Park)-[:IN]->(parkRegion:Region)
                 RETURN {park: CASE WHEN place:Park THEN place.id END, region: CASE WHEN place:Park THEN parkRegion.code ELSE place.code END} } AS places,
       COLLECT { MATCH (f)-[r:LOCATED_IN]->(place)
                 RETURN {type: type(r), label: CASE WHEN place:Park THEN 'Park' ELSE 'Region' END,
                         key: CASE WHEN place:Park THEN place.id ELSE place.code END, props: properties(r)} } AS locatedIn
