// Creates presence rows (core/presence.ts): per place and segment, firm and project counts
// with the firms and projects to show first. Derived data: rebuilt after every load. firmKeys
// holds each listed firm's strength ("projects|investment|segments", derive/firm-strength.ts), so
// that an import's incremental derive can merge the lists of a place's children without reading their firms.
// $rows: list of {place, segment, firmCount, producerCount, firmIds, firmKeys, projectCount, projectIds, projectStatuses, statuses, statusCounts}.
// Returns nothing.
UNWIND $rows AS row
CREATE (:Presence {place: row.place, segment: row.segment, firmCount: row.firmCount, producerCount: row.producerCount,
                   firmIds: row.firmIds, firmKeys: row.firmKeys,
                   projectCount: row.projectCount, projectIds: row.projectIds, projectStatuses: row.projectStatuses,
                   statuses: row.statuses, statusCounts: row.statusCounts})
