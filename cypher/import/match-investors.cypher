// Known firms a ledger's investors name: by credit code, else by exact name or alias (found
// through the fulltext index, then compared whole). Linked to, never duplicated.
// $investors: list of {text (as the ledger writes it), phrase (the text as a quoted Lucene phrase)}.
// Returns one row per investor found: text, ids (the matching firms' ids, name matches before alias matches, each in id order), matchedBy.
UNWIND $investors AS investor
WITH investor,
     COLLECT { MATCH (f:Firm {creditCode: investor.text}) RETURN f.id ORDER BY f.id } AS byCode
WITH investor, byCode,
     CASE WHEN size(byCode) = 0 THEN
       COLLECT { CALL db.index.fulltext.queryNodes('entity_search', investor.phrase) YIELD node
                 WITH node WHERE node:Firm AND (node.name = investor.text OR investor.text IN coalesce(node.aliases, []))
                 RETURN node.id AS id ORDER BY node.name = investor.text DESC, id }
     ELSE [] END AS byName
WITH investor, CASE WHEN size(byCode) > 0 THEN byCode ELSE byName END AS ids, CASE WHEN size(byCode) > 0 THEN 'creditCode' ELSE 'name' END AS matchedBy
WHERE size(ids) > 0
RETURN investor.text AS text, ids, matchedBy
