// Merges one batch of Sentence nodes, each linked from its Article (HAS_SENTENCE). A sentence's id is
// its article and start offset (model/schema.ts sentenceId), so the same sentence read by two loads is
// one node. The Article is loaded before (nodes come first); a sentence whose Article is not in the
// database is still stored, without HAS_SENTENCE. `changed` counts sentences whose properties differ afterwards.
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
WITH s, row, properties(s) AS before
SET s += row.properties, s.loadedBy = $marker
// JavaScript numbers arrive as floats; offsets are integers, so substring(text, s.start) works.
SET s.item = toInteger(s.item), s.start = toInteger(s.start), s.end = toInteger(s.end)
WITH s, row, before
OPTIONAL MATCH (a:Article {id: row.articleNode})
CALL (a, s) {
  WITH a, s WHERE a IS NOT NULL
  MERGE (a)-[h:HAS_SENTENCE]->(s)
  SET h.loadedBy = $marker
}
RETURN count(*) AS rows, sum(CASE WHEN properties(s) <> before THEN 1 ELSE 0 END) AS changed
