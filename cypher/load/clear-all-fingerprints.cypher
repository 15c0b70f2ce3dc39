// Before articles are taken out (`--replace`, a sync): every fingerprint the loader stored goes, as a
// removal changes nodes and relationships that other articles carry too. The next load of an article
// writes it whole once and stores its fingerprint again.
MATCH (a:Article)
WHERE a.loadedBy = $marker AND a.loadFingerprint IS NOT NULL
REMOVE a.loadFingerprint
RETURN count(*) AS cleared
