// The presence rows of some places, all of their segments or only some: what an incremental
// derive compares and adds up.
// $places: place keys (region codes, park:<id>, *); $segments: segment ids, or null for every segment.
// Returns one row per presence row: place, segment, firmCount, producerCount, firmIds, firmKeys, projectCount, projectIds, projectStatuses, statuses, statusCounts.
UNWIND $places AS place
MATCH (p:Presence {place: place})
WHERE $segments IS NULL OR p.segment IN $segments
RETURN p.place AS place, p.segment AS segment, p.firmCount AS firmCount, p.producerCount AS producerCount,
       p.firmIds AS firmIds, p.firmKeys AS firmKeys, p.projectCount AS projectCount, p.projectIds AS projectIds,
       p.projectStatuses AS projectStatuses, p.statuses AS statuses, p.statusCounts AS statusCounts
