// The fingerprints (pipeline/load/fingerprint.ts) the loader stored on the given Article nodes ($ids):
// a document whose rows touching an article hash to the same value changes nothing there.
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.loadedBy = $marker AND a.loadFingerprint IS NOT NULL
RETURN a.id AS id, a.loadFingerprint AS fingerprint
