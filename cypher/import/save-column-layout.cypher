// Saves (or replaces) the column choices made by hand for files with one header.
// $key: the layout's key; $kind: 'firms' or 'projects'; $columns: ['field=header', …];
// $header: the header's cells, for a person reading the store; $savedAt (ISO 8601), $savedBy.
// Returns nothing.
MERGE (l:ColumnLayout {key: $key})
SET l.kind = $kind, l.columns = $columns, l.header = $header, l.savedAt = $savedAt, l.savedBy = $savedBy
