// The review items of proposals by id, in the order given (an unknown id is left out): what the
// review queue lists and what a decision returns.
// $ids: proposal ids.
// Returns one row per proposal found: id, kind, status, method, matched, confidence, import (its
// Source id), file (the import's file name), row, entity {id, label ('Firm'|'Project'), name, regionName
// (the region it lies in, or its park lies in; null when it has no place)}, segment {id, name, chainId,
// chainName} (the one proposed), decidedBy, decidedAt (ISO date-time), movedTo {id, name} (null unless moved).
UNWIND range(0, size($ids) - 1) AS i
MATCH (x:Proposal {id: $ids[i]})-[:OF]->(e)
MATCH (x)-[:TO]->(s:Segment)-[:PART_OF]->(c:Chain)
OPTIONAL MATCH (source:Source {id: x.import})
OPTIONAL MATCH (moved:Segment {id: x.movedTo})
RETURN x.id AS id, x.kind AS kind, x.status AS status, x.method AS method, x.matched AS matched,
       x.confidence AS confidence, x.import AS import, source.file AS file, x.row AS row,
       {id: e.id, label: CASE WHEN e:Firm THEN 'Firm' ELSE 'Project' END, name: e.name,
        regionName: head(COLLECT {
          MATCH (e)-[:LOCATED_IN|IN]->(place)
          OPTIONAL MATCH (place)-[:IN]->(parkRegion:Region)
          RETURN coalesce(parkRegion.name, place.name)
        })} AS entity,
       {id: s.id, name: s.name, chainId: c.id, chainName: c.name} AS segment,
       x.decidedBy AS decidedBy, x.decidedAt AS decidedAt,
       CASE WHEN moved IS NULL THEN null ELSE moved {.id, .name} END AS movedTo
ORDER BY i
