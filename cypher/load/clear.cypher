// One batch of `--clear`, second phase: nodes the project loaded (marked with loadedBy). Their own
// relationships are gone already (clear-relationships.cypher); DETACH takes the few that others drew to them.
// Nodes without the marker, i.e. data the project did not write, are never touched.
MATCH (n)
WHERE n.loadedBy = $marker
WITH n LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS touched
