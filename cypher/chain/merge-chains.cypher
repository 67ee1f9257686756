// Creates or updates chain templates and their segments. Idempotent.
// $chains: list of {id, name, nameEn, basis, note, searchText, segments: [{id, name, nameEn, stage, searchText, keywords, exclude}]}.
// keywords, exclude: the classifier's product words for the segment and the phrases in which they do not count.
// Returns nothing.
UNWIND $chains AS row
MERGE (c:Chain {id: row.id})
SET c.name = row.name, c.nameEn = row.nameEn, c.basis = row.basis, c.note = row.note, c.searchText = row.searchText
WITH c, row
UNWIND row.segments AS seg
MERGE (s:Segment {id: seg.id})
SET s.name = seg.name, s.nameEn = seg.nameEn, s.stage = seg.stage, s.searchText = seg.searchText, s.basis = row.basis,
    s.keywords = seg.keywords, s.exclude = seg.exclude
MERGE (s)-[:PART_OF]->(c)
