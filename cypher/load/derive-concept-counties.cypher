// Recomputes the derived concept–county incidence (model/properties.ts) of one batch of initiatives and
// mechanisms ($ids): `counties`, the sorted distinct inCounty of everything that RUNS one, and
// `countyCount`, their number. Runs after derive-in-county.cypher, whose values it reads. Only values that
// differ are written.
UNWIND $ids AS id
CALL (id) {
  MATCH (i:Initiative {id: id}) RETURN i
  UNION MATCH (i:Mechanism {id: id}) RETURN i
}
// Counted from the loaded runners only (a user's own node that RUNS one is not the graph's).
WITH i, COLLECT { MATCH (r)-[:RUNS]->(i) WHERE r.loadedBy IS NOT NULL AND r.inCounty IS NOT NULL RETURN DISTINCT r.inCounty AS c ORDER BY c } AS counties
WHERE i.counties IS NULL OR i.counties <> counties
SET i.counties = counties, i.countyCount = size(counties)
RETURN count(*) AS changed
