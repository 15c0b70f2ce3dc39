// Recomputes the derived concept–county incidence (model/properties.ts) of one batch of initiatives and
// mechanisms ($ids): `counties`, the sorted distinct inCounty of everything that RUNS one, `countyCount`,
// their number, and `countyRunners`, how many distinct runners it has in each of those counties (same
// order), so the shared-initiatives matrix is read from the concepts alone. Runs after
// derive-in-county.cypher, whose values it reads. Only values that differ are written.
UNWIND $ids AS id
CALL (id) {
  MATCH (i:Initiative {id: id}) RETURN i
  UNION MATCH (i:Mechanism {id: id}) RETURN i
}
// Counted from the loaded runners only (a user's own node that RUNS one is not the graph's).
WITH i, COLLECT {
  MATCH (r)-[:RUNS]->(i) WHERE r.loadedBy IS NOT NULL AND r.inCounty IS NOT NULL
  WITH r.inCounty AS county, count(DISTINCT r) AS runners
  RETURN [county, runners] AS incidence ORDER BY county
} AS incidence
WITH i, [x IN incidence | x[0]] AS counties, [x IN incidence | x[1]] AS countyRunners
WHERE i.counties IS NULL OR i.counties <> counties OR i.countyRunners IS NULL OR i.countyRunners <> countyRunners
SET i.counties = counties, i.countyCount = size(counties), i.countyRunners = countyRunners
RETURN count(*) AS changed
