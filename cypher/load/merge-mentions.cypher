// Merges one batch of MENTIONED_IN relationships from entities of one label (the loader puts a label of
// model/schema.ts NODE_LABELS in place of __LABEL__, as in merge-nodes.cypher) to Sentence nodes. A
// mention is known by its two ends and its surface, so loading it again changes nothing.
// `rows` is the number of mentions whose two ends were found: fewer than sent means missing nodes.
UNWIND $rows AS row
MATCH (e:__LABEL__ {id: row.start})
MATCH (s:Sentence {id: row.end})
MERGE (e)-[m:MENTIONED_IN {surface: row.properties.surface}]->(s)
WITH m, row, properties(m) AS before
SET m += row.properties, m.loadedBy = $marker
// JavaScript numbers arrive as floats; offsets are integers, so substring(text, m.start) works.
SET m.start = toInteger(m.start), m.end = toInteger(m.end)
RETURN count(*) AS rows, sum(CASE WHEN properties(m) <> before THEN 1 ELSE 0 END) AS changed
