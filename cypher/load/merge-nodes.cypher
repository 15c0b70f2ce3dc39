// Merges one batch of nodes of one label. The loader puts a label of model/schema.ts NODE_LABELS in place
// of __LABEL__: Neo4j 5.26 plans MERGE on a dynamic label $(…) as an AllNodesScan, while a static label
// seeks the uniqueness constraint's index (NodeUniqueIndexSeek). Nothing else is substituted; every value
// is a parameter.
// `articles` and aliases are merged as sorted set unions: loading the same articles twice, or in two parts,
// gives the same node. Evidence is not a property: it is the node's MENTIONED_IN relationships to Sentence
// nodes (merge-sentences.cypher, merge-mentions.cypher); an `evidence` left by an older load is removed.
// `changed` counts nodes whose properties differ afterwards (created ones included).
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
WITH n, row, properties(n) AS before
SET n += row.properties
SET n.loadedBy = $marker,
    n.articles = COLLECT { UNWIND coalesce(before.articles, []) + row.articles AS x RETURN DISTINCT x ORDER BY x },
    n.aliases = CASE WHEN row.aliases IS NULL THEN before.aliases
      ELSE COLLECT { UNWIND coalesce(before.aliases, []) + row.aliases AS x RETURN DISTINCT x ORDER BY x } END
REMOVE n.evidence
WITH before, properties(n) <> before AS changed
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
