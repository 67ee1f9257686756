// The projects a ledger's rows may already be in the graph as: by id (a ledger number's, or the
// one the importer gives a name in its place), else by name (or alias) among the projects in the
// row's park or region; a project in negotiation (:ConfidentialProject, project/label-projects.cypher)
// as well. For the importer's plan (import/plan/plan-projects.ts).
// $rows: list of {rowNumber, id, name, park (a park id, or null), region (a region code, or null)}.
// Returns one row per input row that matched: rowNumber, project (all its properties),
//   rels [{type ('IN'|'BY'), label, key, props}] (its place and firm, to compare and to restore on undo).
UNWIND $rows AS row
OPTIONAL MATCH (open:Project {id: row.id})
OPTIONAL MATCH (sealed:ConfidentialProject {id: row.id})
OPTIONAL MATCH (park:Park {id: row.park})
OPTIONAL MATCH (region:Region {code: row.region})
WITH row, coalesce(open, sealed) AS byId, coalesce(park, region) AS place
WITH row, byId,
     CASE WHEN byId IS NULL AND place IS NOT NULL THEN
       COLLECT { MATCH (place)<-[:IN]-(p:Project|ConfidentialProject) WHERE p.name = row.name OR row.name IN coalesce(p.aliases, []) RETURN p ORDER BY p.id }
     ELSE [] END AS byName
WITH row, coalesce(byId, byName[0]) AS p
WHERE p IS NOT NULL
RETURN row.rowNumber AS rowNumber, properties(p) AS project,
       COLLECT { MATCH (p)-[r:IN|BY]->(target)
                 RETURN {type: type(r), label: head([l IN labels(target) WHERE l IN ['Park', 'Region', 'Firm']]),
                         key: coalesce(target.id, target.code), props: properties(r)} } AS rels
