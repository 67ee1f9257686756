// Creates or updates the GB/T 4754 industry codes of seed/industry-codes.yaml and the segments each names. Idempotent.
// $codes: list of {code, edition, name, nameCheckedIn, segments: [segment id], ambiguous, basis, note}.
// Returns nothing.
UNWIND $codes AS row
MERGE (i:IndustryCode {code: row.code, edition: row.edition})
SET i.name = row.name, i.nameCheckedIn = row.nameCheckedIn, i.note = row.note
WITH i, row
UNWIND row.segments AS segment
MATCH (s:Segment {id: segment})
MERGE (i)-[n:NAMES]->(s)
SET n.basis = row.basis, n.ambiguous = row.ambiguous
