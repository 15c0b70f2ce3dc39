// One batch of `--clear`: deletes nodes the project loaded (marked with loadedBy) and their relationships.
// Nodes without the marker, i.e. data the project did not write, are never touched.
MATCH (n)
WHERE n.loadedBy = $marker
WITH n LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS touched
