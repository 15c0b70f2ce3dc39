// Merges one batch of relationships of one type between nodes of one start label and one end label. The
// loader puts a type of REL_TYPES and labels of NODE_LABELS (model/schema.ts) in place of __TYPE__,
// __START__ and __END__, so both ends are found through their label's uniqueness index (a dynamic label
// would scan every node in Neo4j 5.26). `articles` is merged as in merge-nodes.cypher. The evidence is
// two parallel lists, `sentences` (Sentence ids) and `surfaces` (what was read in each): a relationship
// cannot point at nodes. They are merged as one sorted set of (sentence, surface) pairs, so both lists
// stay aligned; an `evidence` left by an older load is removed.
// `rows` is the number of relationships whose two ends were found: fewer than sent means missing nodes.
UNWIND $rows AS row
MATCH (a:__START__ {id: row.start})
MATCH (b:__END__ {id: row.end})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
WITH r, row, properties(r) AS before
SET r += row.properties
WITH r, row, before, COLLECT {
  UNWIND [i IN range(0, size(coalesce(before.sentences, [])) - 1) | [before.sentences[i], before.surfaces[i]]]
       + [i IN range(0, size(row.sentences) - 1) | [row.sentences[i], row.surfaces[i]]] AS pair
  RETURN DISTINCT pair ORDER BY pair[0], pair[1]
} AS pairs
SET r.loadedBy = $marker,
    r.articles = COLLECT { UNWIND coalesce(before.articles, []) + row.articles AS x RETURN DISTINCT x ORDER BY x },
    r.sentences = [p IN pairs | p[0]],
    r.surfaces = [p IN pairs | p[1]]
REMOVE r.evidence
WITH before, properties(r) <> before AS changed
WITH count(*) AS rows, sum(CASE WHEN changed THEN 1 ELSE 0 END) AS changed,
     collect(CASE WHEN changed THEN before.articles END) AS carried
// A node or relationship that changed may have been the last write of an article's fingerprint
// (pipeline/load/fingerprint.ts): the fingerprints of the articles it carried before go, in this transaction.
CALL (carried) {
  UNWIND carried AS keys
  UNWIND keys AS key
  WITH DISTINCT key
  MATCH (a:Article)
  WHERE a.id IN [key, 'article:' + key] AND a.loadFingerprint IS NOT NULL
  REMOVE a.loadFingerprint
}
RETURN rows, changed
