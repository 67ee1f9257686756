// Firm-to-firm relations as the articles report them: SUPPLIES, ACQUIRES, RESTRUCTURES. Idempotent.
// The type comes from a closed list checked by the seed schema; each branch names its type literally.
// $relations: list of {type, from, to, note, sources, evidence}.
// Returns nothing.
UNWIND $relations AS row
MATCH (a:Firm {id: row.from})
MATCH (b:Firm {id: row.to})
FOREACH (_ IN CASE row.type WHEN 'SUPPLIES' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUPPLIES]->(b) SET r.note = row.note, r.sources = row.sources, r.evidence = row.evidence)
FOREACH (_ IN CASE row.type WHEN 'ACQUIRES' THEN [1] ELSE [] END |
  MERGE (a)-[r:ACQUIRES]->(b) SET r.note = row.note, r.sources = row.sources, r.evidence = row.evidence)
FOREACH (_ IN CASE row.type WHEN 'RESTRUCTURES' THEN [1] ELSE [] END |
  MERGE (a)-[r:RESTRUCTURES]->(b) SET r.note = row.note, r.sources = row.sources, r.evidence = row.evidence)
