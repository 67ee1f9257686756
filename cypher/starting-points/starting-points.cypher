// What the graph holds data about, for the landing page: the places the sources speak of, the
// chains with firms, projects or places behind them, and the articles it was read from.
// Starts from chains, observations and sources (tens of nodes), never from a scan of firms or projects.
// No $params.
// Returns one row:
//   places: [{regionCode, parkId, facts}], the regions and parks that focus on a chain or report a
//     figure (the subjects of the articles), `facts` counting those focuses and figures, most first;
//   chains: [{chainId, placeCount, firmCount, projectCount}], the chains some place focuses on or
//     some firm or project has a segment of: places focusing on it, firms making and projects adding
//     any of its segments (each once), most places, then most firms first;
//   sources: [sourceId], by id.
CALL () {
  CALL () {
    MATCH (place)-[:FOCUSES_ON]->(:Chain)
    RETURN place
    UNION ALL
    MATCH (place)-[:REPORTED]->(:Observation)
    RETURN place
  }
  WITH place, count(*) AS facts
  ORDER BY facts DESC, coalesce(place.code, place.id)
  RETURN collect({regionCode: CASE WHEN place:Region THEN place.code END,
                  parkId: CASE WHEN place:Park THEN place.id END, facts: facts}) AS places
}
CALL () {
  MATCH (c:Chain)
  WITH c,
       COUNT { MATCH (place)-[:FOCUSES_ON]->(c) RETURN DISTINCT place } AS placeCount,
       COUNT { MATCH (c)<-[:PART_OF]-(:Segment)<-[:MAKES]-(f:Firm) RETURN DISTINCT f } AS firmCount,
       COUNT { MATCH (c)<-[:PART_OF]-(:Segment)<-[:ADDS]-(p:Project) RETURN DISTINCT p } AS projectCount
  WHERE placeCount + firmCount + projectCount > 0
  ORDER BY placeCount DESC, firmCount DESC, c.id
  RETURN collect({chainId: c.id, placeCount: placeCount, firmCount: firmCount, projectCount: projectCount}) AS chains
}
CALL () {
  MATCH (s:Source)
  WITH s ORDER BY s.id
  RETURN collect(s.id) AS sources
}
RETURN places, chains, sources
