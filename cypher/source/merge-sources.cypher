// Creates or updates the source articles. Idempotent.
// $sources: list of {id, title, subtitle, publisher, publishedOn ('YYYY-MM-DD' or null), file, script}.
// Returns nothing.
UNWIND $sources AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title, s.subtitle = row.subtitle, s.publisher = row.publisher,
    s.publishedOn = CASE WHEN row.publishedOn IS NULL THEN null ELSE date(row.publishedOn) END,
    s.file = row.file, s.script = row.script
