// One fulltext index over every name, with Lucene's CJK analyzer: it indexes overlapping
// character pairs (新干县 → 新干, 干县), so Chinese names match by their parts.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Region|Park|Firm|Chain|Segment|Project) ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
