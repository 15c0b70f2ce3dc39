// One batch of `--replace`: takes the given articles out of relationships the project loaded (their
// `articles` list and the sentences read in them, with their surfaces; a sentence id is
// `sentence:<article>/<start>`, so it is of one of those articles when it starts with one of
// $sentencePrefixes and has no further '/') and deletes relationships left without any article.
// A processed relationship no longer matches, so the loader repeats this until `touched` is 0.
MATCH ()-[r]->()
WHERE r.loadedBy = $marker AND any(a IN r.articles WHERE a IN $articles)
WITH r LIMIT $batchSize
WITH r, [a IN r.articles WHERE NOT a IN $articles] AS keep
CALL (r, keep) {
  WITH r WHERE size(keep) = 0
  DELETE r
}
CALL (r, keep) {
  WITH r WHERE size(keep) > 0
  WITH r, keep, [i IN range(0, size(coalesce(r.sentences, [])) - 1)
    WHERE none(p IN $sentencePrefixes WHERE r.sentences[i] STARTS WITH p AND NOT substring(r.sentences[i], size(p)) CONTAINS '/')] AS kept
  SET r.articles = keep,
      r.sentences = [i IN kept | r.sentences[i]],
      r.surfaces = [i IN kept | r.surfaces[i]]
}
RETURN count(*) AS touched
