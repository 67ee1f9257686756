// Uniqueness constraints: each also gives the index that lookups by key use.
// Applied on every start by api/db/apply-schema.ts; IF NOT EXISTS makes that idempotent.
// Statements are separated by semicolons (schema files only; query files hold one statement).
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (r:Region) REQUIRE r.code IS UNIQUE;
