// Node counts per label of the domain model, for /api/health.
UNWIND $labels AS label
CALL (label) {
  MATCH (n) WHERE label IN labels(n)
  RETURN count(n) AS count
}
RETURN label, count
