// Before articles are taken out ($articles): the nodes whose derived properties the removal may change,
// by label. The nodes that carry the articles (they may lose relationships, or be deleted with the
// relationships of their children), the children of those, the starts of LOCATED_IN / PART_OF / RUNS
// relationships that carry them, and the initiatives at the end of such RUNS or run by such nodes.
// Seeds deleted meanwhile are simply not found again by derive-in-county.cypher.
CALL () {
  MATCH (n) WHERE n.loadedBy = $marker AND any(a IN n.articles WHERE a IN $articles) RETURN n
  UNION MATCH (n)-[:LOCATED_IN|PART_OF]->(p) WHERE any(a IN p.articles WHERE a IN $articles) RETURN n
  UNION MATCH (n)-[r:LOCATED_IN|PART_OF|RUNS]->() WHERE any(a IN r.articles WHERE a IN $articles) RETURN n
  UNION MATCH (r)-[:RUNS]->(n) WHERE any(a IN r.articles WHERE a IN $articles) RETURN n
  UNION MATCH ()-[r:RUNS]->(n) WHERE any(a IN r.articles WHERE a IN $articles) RETURN n
}
WITH n WHERE n.id IS NOT NULL
RETURN head(labels(n)) AS label, collect(n.id) AS ids
