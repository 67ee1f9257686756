// Figures a region or park reported, as observations with indicator, period, value and unit. Idempotent.
// $observations: list of {id, park, region, indicator, period, value, unit, scope, chain, segment,
//   benchmark, qualifier, note, sources, evidence}; id is derived from place, indicator, period, value and scope.
// Returns nothing.
UNWIND $observations AS row
OPTIONAL MATCH (park:Park {id: row.park})
OPTIONAL MATCH (region:Region {code: row.region})
WITH row, coalesce(park, region) AS place
WHERE place IS NOT NULL
MERGE (o:Observation {id: row.id})
SET o.indicator = row.indicator, o.period = row.period, o.value = row.value, o.unit = row.unit,
    o.scope = row.scope, o.chain = row.chain, o.segment = row.segment, o.benchmark = row.benchmark,
    o.qualifier = row.qualifier, o.note = row.note, o.sources = row.sources, o.evidence = row.evidence
MERGE (place)-[:REPORTED]->(o)
