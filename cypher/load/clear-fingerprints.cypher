// Before a load writes anything: the fingerprints of the given Article nodes ($ids, the document's
// changed articles) go, so that a load interrupted halfway leaves none that its writes made untrue.
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.loadFingerprint IS NOT NULL
REMOVE a.loadFingerprint
RETURN count(*) AS cleared
