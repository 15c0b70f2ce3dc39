// What the graph holds from each of the given stored articles ($ids: article keys, as in `articles`):
// loaded or not, the entities it mentions, the facts read from it (relationships of those entities
// that list it, MENTIONS aside) and its evidence sentences.
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: 'article:' + id})
RETURN id,
       a IS NOT NULL AS loaded,
       COUNT { MATCH (a)-[:MENTIONS]->() } AS entities,
       COUNT { MATCH (a)-[:HAS_SENTENCE]->() } AS sentences,
       COUNT {
         MATCH (a)-[:MENTIONS]->()-[r]-()
         WHERE type(r) <> 'MENTIONS' AND type(r) <> 'MENTIONED_IN' AND id IN r.articles
         RETURN DISTINCT r
       } AS relationships
