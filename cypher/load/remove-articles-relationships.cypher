// One batch of `--replace`: takes the given articles out of relationships the project loaded (their
// `articles` list and the evidence read in them; $evidencePrefixes are the canonical JSON openings of
// evidence entries of those articles) and deletes relationships left without any article.
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
  SET r.articles = keep,
      r.evidence = [e IN coalesce(r.evidence, []) WHERE none(p IN $evidencePrefixes WHERE e STARTS WITH p)]
}
RETURN count(*) AS touched
