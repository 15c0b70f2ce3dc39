// After a load has written every row and derived what depends on them: each Article node of the document
// records the fingerprint of the rows that touched it ($rows: id, fingerprint).
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
WHERE a.loadedBy = $marker
SET a.loadFingerprint = row.fingerprint
RETURN count(*) AS stored
