// Recomputes the derived `inCounty` (model/properties.ts) of one batch of seed nodes of one label (the
// loader puts Person, Organization or Place in place of __LABEL__, as in merge-nodes.cypher) and of
// everything under them: whatever is LOCATED_IN or PART_OF a seed inherits its county, so a county renamed
// or a township moved changes the villages below it too. inCounty is the nearest Place of level 'county'
// up the LOCATED_IN / PART_OF chain (a county is its own), else the node's own `county`; none leaves it unset.
// The loader puts 8 in place of __BELOW__, or 0 when every node is a seed (after an import).
// Only values that differ are written, so loading unchanged data writes nothing here. `concepts`: the ids
// of the initiatives and mechanisms run by a node whose county changed, whose incidence is due next.
UNWIND $ids AS id
MATCH (s:__LABEL__ {id: id})
MATCH (s)<-[:LOCATED_IN|PART_OF*0..__BELOW__]-(n)
// Only what the loader wrote: a node of the user's own hung under a loaded place is left as it is.
WHERE (n:Person OR n:Organization OR n:Place) AND n.loadedBy IS NOT NULL
WITH DISTINCT n
CALL (n) {
  OPTIONAL MATCH up = (n)-[:LOCATED_IN|PART_OF*0..8]->(c:Place {level: 'county'})
  WITH c, up ORDER BY length(up) LIMIT 1
  RETURN coalesce(c.name, n.county) AS county
}
WITH n, county WHERE coalesce(n.inCounty, '') <> coalesce(county, '')
SET n.inCounty = county
WITH collect(n) AS changed
RETURN size(changed) AS changed, COLLECT { UNWIND changed AS n MATCH (n)-[:RUNS]->(i) RETURN DISTINCT i.id } AS concepts
