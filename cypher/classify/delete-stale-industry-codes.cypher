// Removes what seed/industry-codes.yaml no longer says: NAMES links it has dropped, then codes it no longer lists,
// so that a reload leaves exactly the file's mapping.
// $codes: the same list as merge-industry-codes ({code, edition, segments: [segment id], ...}).
// Returns nothing.
WITH [row IN $codes | [row.edition, row.code]] AS listed,
     reduce(acc = [], row IN $codes | acc + [segment IN row.segments | [row.edition, row.code, segment]]) AS named
MATCH (i:IndustryCode)
OPTIONAL MATCH (i)-[n:NAMES]->(s:Segment)
WITH i, n, s, listed, named
FOREACH (_ IN CASE WHEN n IS NOT NULL AND NOT [i.edition, i.code, s.id] IN named THEN [1] ELSE [] END | DELETE n)
WITH DISTINCT i, listed
WHERE NOT [i.edition, i.code] IN listed
DETACH DELETE i
