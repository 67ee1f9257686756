// Projects in negotiation that still carry :Project: written before such projects were kept from
// readers (derive/derive-analytics.ts, version 5, labels them with project/label-projects.cypher).
// Returns one row per project: id.
MATCH (p:Project {status: 'negotiating'})
RETURN p.id AS id
