// Links firms to the segments they make, with where that was read. Idempotent.
// $makes: list of {firm, segment, sources, evidence}.
// Returns nothing.
UNWIND $makes AS row
MATCH (f:Firm {id: row.firm})
MATCH (s:Segment {id: row.segment})
MERGE (f)-[m:MAKES]->(s)
SET m.sources = row.sources, m.evidence = row.evidence
