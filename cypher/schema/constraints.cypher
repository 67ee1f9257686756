// Uniqueness constraints: each also gives the index that lookups by key use.
// Applied on every start by db/apply-schema.ts; IF NOT EXISTS makes that idempotent.
// Statements are separated by semicolons (schema files only; query files hold one statement).
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (r:Region) REQUIRE r.code IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (p:Park) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT firm_id IF NOT EXISTS FOR (f:Firm) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (c:Chain) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (s:Segment) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE;
// A project in negotiation (project/label-projects.cypher); an id is one project's under either label.
CREATE CONSTRAINT confidential_project_id IF NOT EXISTS FOR (p:ConfidentialProject) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (o:Observation) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT indicator_name IF NOT EXISTS FOR (i:Indicator) REQUIRE i.name IS UNIQUE;
CREATE CONSTRAINT roster_id IF NOT EXISTS FOR (r:Roster) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT industry_code IF NOT EXISTS FOR (i:IndustryCode) REQUIRE (i.code, i.edition) IS UNIQUE;
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT column_layout_key IF NOT EXISTS FOR (l:ColumnLayout) REQUIRE l.key IS UNIQUE;
CREATE CONSTRAINT article_proposal_id IF NOT EXISTS FOR (p:ArticleProposal) REQUIRE p.id IS UNIQUE;
