// Records which version of derive wrote the derived rows (seed/derive/derive-analytics.ts
// DERIVED_VERSION), so that a start on a store derived by an older version rebuilds them.
// $version: the version.
// Returns nothing.
MERGE (m:DerivedRows)
SET m.version = $version
