// Indicators by name, for the per-request indicator loader.
// $names: list of snake_case indicator names.
// Returns one row per indicator found: indicator {name, description, descriptionZh, unit}.
UNWIND $names AS name
MATCH (i:Indicator {name: name})
RETURN i {.name, .description, .descriptionZh, .unit} AS indicator
