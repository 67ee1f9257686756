// The classifier's rules, one row per segment: its keywords and exclusions (from seed/chains/*.yaml) and the
// GB/T 4754 codes that name it (from seed/industry-codes.yaml), read by the importer (import/classify/read-rules.ts).
// No parameters.
// Returns: chain, segment (ids), segmentName, keywords, exclude (lists of strings; empty when none),
//          codes (list of {code, edition, name, basis, ambiguous}; empty when no code names the segment), ordered by segment.
MATCH (s:Segment)-[:PART_OF]->(c:Chain)
OPTIONAL MATCH (i:IndustryCode)-[n:NAMES]->(s)
WITH c, s, collect(CASE WHEN i IS NOT NULL THEN {code: i.code, edition: i.edition, name: i.name, basis: n.basis, ambiguous: n.ambiguous} END) AS codes
RETURN c.id AS chain, s.id AS segment, s.name AS segmentName,
       coalesce(s.keywords, []) AS keywords, coalesce(s.exclude, []) AS exclude, codes
ORDER BY segment
