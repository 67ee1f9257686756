// One page of the regions directly under each of several regions, ordered by code, and how many there are:
// every `children` of one level of a query in one statement.
// $pages: [{key, code, after, limit}]: key is returned as is; code the parent's short code; after the last code
// of the previous page, or null; limit the page size + 1.
// Returns one row per parent found: key, total (all its children), children (up to limit of them: {code, name, level, parentCode}).
UNWIND $pages AS page
MATCH (parent:Region {code: page.code})
OPTIONAL MATCH (child:Region)-[:PART_OF]->(parent)
WITH page, parent, child ORDER BY child.code
WITH page, parent, collect(child {.code, .name, .level, parentCode: parent.code}) AS children
RETURN page.key AS key, size(children) AS total,
       [c IN children WHERE page.after IS NULL OR c.code > page.after][0..page.limit] AS children
