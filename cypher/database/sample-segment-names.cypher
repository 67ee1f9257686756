// Names of segments that at least one firm makes, for the benchmark's search requests: at most
// $count, spread evenly in segment id order, so that one graph always yields the same sample.
// $count: how many names at most (a positive integer).
// Returns: id, name per row, in id order.
MATCH (s:Segment)
WHERE EXISTS { (s)<-[:MAKES]-(:Firm) }
WITH s
ORDER BY s.id
WITH collect(s {.id, .name}) AS segments
UNWIND range(0, $count - 1) AS i
WITH segments, toInteger(floor(i * toFloat(size(segments)) / $count)) AS at
WHERE at < size(segments)
WITH DISTINCT segments[at] AS segment
RETURN segment.id AS id, segment.name AS name
ORDER BY id
