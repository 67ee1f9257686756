// Range indexes for the properties that filters and lookups use.
CREATE INDEX region_level IF NOT EXISTS FOR (r:Region) ON (r.level);
CREATE INDEX region_name IF NOT EXISTS FOR (r:Region) ON (r.name);
CREATE INDEX project_status IF NOT EXISTS FOR (p:Project) ON (p.status);
CREATE INDEX project_signed_on IF NOT EXISTS FOR (p:Project) ON (p.signedOn);
CREATE INDEX observation_indicator IF NOT EXISTS FOR (o:Observation) ON (o.indicator, o.period);
CREATE INDEX segment_stage IF NOT EXISTS FOR (s:Segment) ON (s.stage);
CREATE INDEX presence_place IF NOT EXISTS FOR (p:Presence) ON (p.place);
CREATE INDEX presence_place_segment IF NOT EXISTS FOR (p:Presence) ON (p.place, p.segment);
CREATE INDEX relatedness_segment IF NOT EXISTS FOR (r:SegmentRelatedness) ON (r.segment);
CREATE INDEX firm_credit_code IF NOT EXISTS FOR (f:Firm) ON (f.creditCode);
CREATE INDEX source_kind IF NOT EXISTS FOR (s:Source) ON (s.kind);
CREATE INDEX import_change_entity IF NOT EXISTS FOR (c:ImportChange) ON (c.label, c.key);
CREATE INDEX proposal_import IF NOT EXISTS FOR (p:Proposal) ON (p.import);
// The review queue lists proposals by status (cypher/review/list-proposals.cypher); by id, the constraint proposal_id.
CREATE INDEX proposal_status IF NOT EXISTS FOR (p:Proposal) ON (p.status);
// An undo finds the placements of one import (cypher/import/undo-placements.cypher) by these.
CREATE INDEX makes_import IF NOT EXISTS FOR ()-[r:MAKES]-() ON (r.import);
CREATE INDEX adds_import IF NOT EXISTS FOR ()-[r:ADDS]-() ON (r.import);
// An import finds a roster's firm without a credit code by its name, then checks its place (cypher/import/match-firms.cypher).
CREATE INDEX firm_name IF NOT EXISTS FOR (f:Firm) ON (f.name);
// …and by an alias, among the few firms whose list of aliases is not empty (match-firms seeks past the empty ones).
CREATE INDEX firm_aliases IF NOT EXISTS FOR (f:Firm) ON (f.aliases);
