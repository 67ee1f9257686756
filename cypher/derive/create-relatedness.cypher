// Creates each segment's row of the product-space proximity matrix (core/product-space.ts):
// phi[k] is the proximity of the segment with index k. Derived data: rebuilt after every load.
// $rows: list of {segment, units, index, phi, phiTotal}.
// Returns nothing.
UNWIND $rows AS row
CREATE (:SegmentRelatedness {segment: row.segment, units: row.units, index: row.index,
                             phi: [x IN row.phi | toFloat(x)], phiTotal: toFloat(row.phiTotal)})
