// Merges one batch of relationships of one type between nodes of one start label and one end label. The
// loader puts a type of REL_TYPES and labels of NODE_LABELS (model/schema.ts) in place of __TYPE__,
// __START__ and __END__, so both ends are found through their label's uniqueness index (a dynamic label
// would scan every node in Neo4j 5.26). Provenance is merged as in merge-nodes.cypher.
// `rows` is the number of relationships whose two ends were found: fewer than sent means missing nodes.
UNWIND $rows AS row
MATCH (a:__START__ {id: row.start})
MATCH (b:__END__ {id: row.end})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
WITH r, row, properties(r) AS before
SET r += row.properties
SET r.loadedBy = $marker,
    r.articles = COLLECT { UNWIND coalesce(before.articles, []) + row.articles AS x RETURN DISTINCT x ORDER BY x },
    r.evidence = COLLECT { UNWIND coalesce(before.evidence, []) + row.evidence AS x RETURN DISTINCT x ORDER BY x }
RETURN count(*) AS rows, sum(CASE WHEN properties(r) <> before THEN 1 ELSE 0 END) AS changed
