// Creates each segment's row of the product-space proximity matrix (api/modules/extension/product-space.ts).
// Derived data: rebuilt after every load.
// $rows: list of {segment, relatedIds, relatedPhi, phiTotal}.
// Returns nothing.
UNWIND $rows AS row
CREATE (:SegmentRelatedness {segment: row.segment, relatedIds: row.relatedIds,
                             relatedPhi: [phi IN row.relatedPhi | toFloat(phi)], phiTotal: toFloat(row.phiTotal)})
