// One batch of `--replace` for provenance: the Sentence nodes of the given articles, with their
// HAS_SENTENCE and MENTIONED_IN relationships. Runs after remove-articles-relationships.cypher (which
// takes those sentences' ids out of relationships) and before remove-articles-nodes.cypher.
MATCH (s:Sentence)
WHERE s.article IN $articles AND s.loadedBy = $marker
WITH s LIMIT $batchSize
DETACH DELETE s
RETURN count(*) AS touched
