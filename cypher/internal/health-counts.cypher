// Node counts per label of the domain model, for /api/health. Each COUNT names its label, so Neo4j reads
// it from the count store instead of scanning nodes; only the labels asked for ($labels) are returned.
UNWIND [
  {label: 'Article', count: COUNT { MATCH (:Article) }},
  {label: 'Person', count: COUNT { MATCH (:Person) }},
  {label: 'Organization', count: COUNT { MATCH (:Organization) }},
  {label: 'Place', count: COUNT { MATCH (:Place) }},
  {label: 'Initiative', count: COUNT { MATCH (:Initiative) }},
  {label: 'Mechanism', count: COUNT { MATCH (:Mechanism) }}
] AS c
WITH c WHERE c.label IN $labels
RETURN c.label AS label, c.count AS count
