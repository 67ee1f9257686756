// Firms by id with their place, projects and firm-to-firm relations, for the per-request firm
// loader; with the region and park records their loaders would read (region/find-regions-by-code,
// park/find-parks-by-id), so that a firm's region and park cost no second round trip.
// $ids: list of firm ids.
// Returns one row per firm found:
//   firm {key, name, aliases, note, sources, evidence, parkId, regionCode,
//     inRegionCode (the region it or its park lies in, from regionPath), projectIds,
//     relations: [{type, outgoing, otherId, note, sources, evidence}],
//     and the registry fields of a roster import, null when none gave them: creditCode, creditCodeWarning,
//     registryStatus (its status), foundedOn, registeredCapital, registeredCapitalCurrency, industryCode, industryCodeEdition,
//     industryName, businessScope, legalRepresentative, address, firmType, tags};
//   region {code, name, level, parentCode}: the region of inRegionCode, or null;
//   park {key, name, aliases, level, note, sources, evidence, regionCode}: its park, or null.
UNWIND $ids AS id
MATCH (f:Firm {id: id})
OPTIONAL MATCH (f)-[:LOCATED_IN]->(place)
OPTIONAL MATCH (region:Region {code: f.regionPath[0]})
OPTIONAL MATCH (region)-[:PART_OF]->(parent:Region)
OPTIONAL MATCH (place:Park)-[:IN]->(parkRegion:Region)
RETURN f {key: f.id, .name, .aliases, .note, .sources, .evidence,
  .creditCode, .creditCodeWarning, registryStatus: f.status, .foundedOn, .registeredCapital, .registeredCapitalCurrency,
  .industryCode, .industryCodeEdition, .industryName, .businessScope, .legalRepresentative, .address, .firmType, .tags,
  parkId: CASE WHEN place:Park THEN place.id END,
  regionCode: CASE WHEN place:Region THEN place.code END,
  inRegionCode: f.regionPath[0],
  projectIds: COLLECT { MATCH (x:Project)-[:BY]->(f) RETURN x.id ORDER BY x.id },
  relations: COLLECT { MATCH (f)-[r:SUPPLIES|ACQUIRES|RESTRUCTURES]-(other:Firm)
                       RETURN r {type: type(r), outgoing: startNode(r) = f, otherId: other.id, .note, .sources, .evidence} AS relation
                       ORDER BY relation.type, relation.otherId }
} AS firm,
CASE WHEN region IS NOT NULL THEN region {.code, .name, .level, parentCode: parent.code} END AS region,
CASE WHEN place:Park THEN place {key: place.id, .name, .aliases, .level, .note, .sources, .evidence, regionCode: parkRegion.code} END AS park
