// One batch of `--replace` for nodes, as remove-articles-relationships.cypher: nodes left without any
// article are deleted with whatever relationships still hang on them. Their mentions of the articles'
// sentences went with the sentences (remove-articles-sentences.cypher).
MATCH (n)
WHERE n.loadedBy = $marker AND any(a IN n.articles WHERE a IN $articles)
WITH n LIMIT $batchSize
WITH n, [a IN n.articles WHERE NOT a IN $articles] AS keep
CALL (n, keep) {
  WITH n WHERE size(keep) = 0
  DETACH DELETE n
}
CALL (n, keep) {
  WITH n WHERE size(keep) > 0
  SET n.articles = keep
}
RETURN count(*) AS touched
