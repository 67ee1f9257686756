// The units of relatedness (core/presence.ts segmentsByRegion: each region that is the most
// precise region of a firm that is not deregistered or of a project) with the segments present
// there. A county's segments are those of its presence rows; a city's or province's are those of
// the firms and projects placed there directly (its presence rows hold its counties' too), read here.
// Returns one row per unit: unit (a region code), segments [segment id].
MATCH (r:Region)
WHERE EXISTS { MATCH (r)<-[:LOCATED_IN|IN]-(x) WHERE (x:Firm AND coalesce(x.status, '') <> 'deregistered') OR x:Project }
   OR EXISTS { MATCH (r)<-[:IN]-(:Park)<-[:LOCATED_IN|IN]-(x) WHERE (x:Firm AND coalesce(x.status, '') <> 'deregistered') OR x:Project }
RETURN r.code AS unit,
       CASE WHEN r.level = 'county' THEN COLLECT { MATCH (p:Presence {place: r.code}) RETURN p.segment }
       ELSE COLLECT {
         MATCH (r)<-[:LOCATED_IN]-(f:Firm)-[:MAKES]->(s:Segment) WHERE coalesce(f.status, '') <> 'deregistered' RETURN s.id
         UNION MATCH (r)<-[:IN]-(:Park)<-[:LOCATED_IN]-(f:Firm)-[:MAKES]->(s:Segment) WHERE coalesce(f.status, '') <> 'deregistered' RETURN s.id
         UNION MATCH (r)<-[:IN]-(p:Project)-[:ADDS]->(s:Segment) RETURN s.id
         UNION MATCH (r)<-[:IN]-(:Park)<-[:IN]-(p:Project)-[:ADDS]->(s:Segment) RETURN s.id
       } END AS segments
