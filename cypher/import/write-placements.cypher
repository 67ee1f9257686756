// Places an import's firms and projects on segments: an accepted proposal becomes MAKES (firm) or
// ADDS (project) with {method, matched, confidence, import, row}; one below the threshold becomes a
// review item, (:Proposal {id, kind, method, matched, confidence, status: 'pending', import, row})
// -[:OF]->(the firm or project), -[:TO]->(the segment). The plan left out every pair the graph
// already holds (import/plan/plan-placements.ts), so nothing placed before is overwritten.
// $import: the import's Source id; $kind: 'makes' or 'adds';
// $placements: list of {id (proposal id), entity, segment, method, matched, confidence, row, accept}.
// Returns nothing.
UNWIND $placements AS pl
OPTIONAL MATCH (f:Firm {id: pl.entity}) WHERE $kind = 'makes'
OPTIONAL MATCH (p:Project {id: pl.entity}) WHERE $kind = 'adds'
OPTIONAL MATCH (sealed:ConfidentialProject {id: pl.entity}) WHERE $kind = 'adds'
MATCH (s:Segment {id: pl.segment})
WITH pl, s, coalesce(f, p, sealed) AS e
WHERE e IS NOT NULL
CALL (pl, s, e) {
  WITH pl, s, e WHERE pl.accept AND $kind = 'makes'
  CREATE (e)-[:MAKES {method: pl.method, matched: pl.matched, confidence: pl.confidence, import: $import, row: pl.row}]->(s)
}
CALL (pl, s, e) {
  WITH pl, s, e WHERE pl.accept AND $kind = 'adds'
  CREATE (e)-[:ADDS {method: pl.method, matched: pl.matched, confidence: pl.confidence, import: $import, row: pl.row}]->(s)
}
CALL (pl, s, e) {
  WITH pl, s, e WHERE NOT pl.accept
  CREATE (x:Proposal {id: pl.id, kind: $kind, method: pl.method, matched: pl.matched, confidence: pl.confidence,
                      status: 'pending', import: $import, row: pl.row})
  CREATE (x)-[:OF]->(e)
  CREATE (x)-[:TO]->(s)
}
