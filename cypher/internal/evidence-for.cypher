// The evidence behind a drawn subgraph, in one row: the mentions of the given entities ($nodes, ids)
// with their sentences, and the sentences the given relationships list ($sentences, Sentence ids).
// One branch per label, so each entity is found through its uniqueness index.
// @plan-allows CartesianProduct: the two parts are one row each (aggregations), joined into one row
CALL () {
  UNWIND $nodes AS id
  CALL (id) {
    MATCH (n:Person {id: id}) RETURN n
    UNION MATCH (n:Organization {id: id}) RETURN n
    UNION MATCH (n:Place {id: id}) RETURN n
    UNION MATCH (n:Initiative {id: id}) RETURN n
    UNION MATCH (n:Mechanism {id: id}) RETURN n
  }
  MATCH (n)-[m:MENTIONED_IN]->(s:Sentence)
  RETURN collect({node: id, sentence: s.id, surface: m.surface}) AS mentions,
         collect(DISTINCT s {.id, .article, .item, .start, .end, .text}) AS mentioned
}
CALL () {
  UNWIND $sentences AS id
  MATCH (s:Sentence {id: id})
  RETURN collect(s {.id, .article, .item, .start, .end, .text}) AS listed
}
RETURN mentions, mentioned + listed AS sentences
