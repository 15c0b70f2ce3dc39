// @name evidence
// @title Evidence
// @title:zh 出处
// @description The sentences and articles behind a node or relationship
// @description:zh 某实体或关系的出处：文章与原句
// @param id string  The id of a node or of a relationship
// @param:zh id 节点或关系的 id
//
// An entity's evidence is its MENTIONED_IN relationships to Sentence nodes (the surface read is on the
// relationship); a relationship lists its Sentence ids in `sentences`, with the surface read in each at
// the same position of `surfaces` (a relationship cannot point at nodes). start/end: the sentence's
// offsets in its article's text.
// Both are found through indexes: a node by its label's uniqueness index, a relationship by its type's.
CALL () {
  CALL () {
    MATCH (n:Person {id: $id}) RETURN n
    UNION MATCH (n:Organization {id: $id}) RETURN n
    UNION MATCH (n:Place {id: $id}) RETURN n
    UNION MATCH (n:Initiative {id: $id}) RETURN n
    UNION MATCH (n:Mechanism {id: $id}) RETURN n
  }
  MATCH (n)-[m:MENTIONED_IN]->(s:Sentence)
  RETURN s, m.surface AS surface
  UNION ALL
  CALL () {
    MATCH ()-[r:HOLDS_POST {id: $id}]->() RETURN r
    UNION MATCH ()-[r:CREDITED {id: $id}]->() RETURN r
    UNION MATCH ()-[r:LOCATED_IN {id: $id}]->() RETURN r
    UNION MATCH ()-[r:PART_OF {id: $id}]->() RETURN r
    UNION MATCH ()-[r:RUNS {id: $id}]->() RETURN r
    UNION MATCH ()-[r:PARTNERS_WITH {id: $id}]->() RETURN r
    UNION MATCH ()-[r:MENTIONS {id: $id}]->() RETURN r
  }
  UNWIND range(0, size(coalesce(r.sentences, [])) - 1) AS i
  MATCH (s:Sentence {id: r.sentences[i]})
  RETURN s, r.surfaces[i] AS surface
}
RETURN s.article AS article, s.item AS item, s.text AS sentence, s.start AS start, s.end AS end, surface
ORDER BY article, start, surface
