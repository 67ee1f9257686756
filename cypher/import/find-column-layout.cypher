// The column choices an editor saved for files with one header (the layout), to apply to the next
// such file before its preview.
// $key: the layout's key (import/layouts/column-layouts.ts).
// Returns at most one row: columns (['field=header', …]).
MATCH (l:ColumnLayout {key: $key})
RETURN l.columns AS columns
