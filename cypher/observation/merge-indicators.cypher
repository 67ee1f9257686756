// The closed list of indicators (seed/indicators.yaml), with their names for people. Idempotent.
// $indicators: list of {name, description, descriptionZh, unit}.
// Returns nothing.
UNWIND $indicators AS row
MERGE (i:Indicator {name: row.name})
SET i.description = row.description, i.descriptionZh = row.descriptionZh, i.unit = row.unit
