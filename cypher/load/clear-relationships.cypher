// One batch of `--clear`, first phase: relationships the project loaded. They go before the nodes, a
// bounded number per transaction, so that a node with many thousands of relationships never needs one
// transaction (and its memory) for all of them. Relationships without the marker are never touched here.
MATCH ()-[r]->()
WHERE r.loadedBy = $marker
WITH r LIMIT $batchSize
DELETE r
RETURN count(*) AS touched
