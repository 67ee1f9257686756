// One page of the regions directly under a region, ordered by code, and how many there are.
// $code: the parent's short code; $after: the last code of the previous page, or null; $limit: page size + 1.
// Returns: total (all children), children (up to $limit of them: {code, name, level, parentCode}).
MATCH (parent:Region {code: $code})
OPTIONAL MATCH (child:Region)-[:PART_OF]->(parent)
WITH parent, child ORDER BY child.code
WITH parent, collect(child {.code, .name, .level, parentCode: parent.code}) AS children
RETURN size(children) AS total,
       [c IN children WHERE $after IS NULL OR c.code > $after][0..$limit] AS children
