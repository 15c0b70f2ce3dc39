// @name evidence
// @description The sentences and articles behind a node or relationship
// @description:zh 某实体或关系的出处：文章与原句
// @param id string  The id of a node or of a relationship
//
// Evidence is stored as canonical JSON strings (model/storage.ts: keys sorted, so always article, end,
// item, sentence, start, surface, in that order). Cypher 5 cannot parse JSON, so the fields are cut out
// at their keys: inside a JSON string every quote is escaped, so `","start":` and the like can only be
// the boundaries between fields. Escaped quotes and backslashes are unescaped; other JSON escapes
// (control characters, which sentences do not contain) are left as written.
CALL () {
  MATCH (n) WHERE n.id = $id RETURN n.evidence AS stored
  UNION ALL
  MATCH ()-[r]->() WHERE r.id = $id RETURN r.evidence AS stored
}
UNWIND stored AS json
WITH split(json, ',"sentence":"') AS halves
WITH halves[0] AS head, split(halves[1], '","start":') AS tail
WITH head, tail[0] AS sentence, split(tail[1], ',"surface":"') AS rest
RETURN split(split(head, '{"article":"')[1], '","end":')[0] AS article,
       toInteger(split(head, ',"item":')[1]) AS item,
       replace(replace(sentence, '\\"', '"'), '\\\\', '\\') AS sentence,
       toInteger(rest[0]) AS start,
       toInteger(split(split(head, '","end":')[1], ',"item":')[0]) AS end,
       replace(replace(left(rest[1], size(rest[1]) - 2), '\\"', '"'), '\\\\', '\\') AS surface
ORDER BY article, start, surface
