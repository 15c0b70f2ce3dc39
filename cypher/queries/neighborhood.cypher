// @name neighborhood
// @title Neighbourhood
// @title:zh 邻居
// @description A node and its neighbours up to a depth, capped
// @description:zh 某实体及其若干层以内的邻居（有上限）
// @param id string  The node: its id, name or an alias
// @param:zh id 节点：id、名称或别名
// @param depth integer = 1  How many hops (1 to 3; more act as 3)
// @param:zh depth 跳数（1 到 3，更大按 3 计）
// @param limit integer = 200  Maximum nodes, the centre included; truncated says the cap cut the result
// @param:zh limit 最多节点数（含中心节点）；截断时 truncated 为真
// @param types string[] = []  Only these relationship types (empty: all types but provenance)
// @param:zh types 只看这些关系类型（空：除出处外的全部类型）
//
// Expands level by level (breadth first): each level starts from the distinct nodes of the level before,
// so a hub is expanded once, not once per path. A level whose number exceeds $depth expands nothing
// (an aggregation over no rows still returns one row, with empty lists). Nodes are kept nearest first.
// Provenance (HAS_SENTENCE, MENTIONED_IN to Sentence nodes) is followed only when named in $types: every
// entity has several sentences, which would flood the drawing.
// The centre is found through indexes only: its id (each label's uniqueness index), its name (the name
// indexes), or an alias (the entity_names full-text index, as a phrase of the escaped key, then checked
// exactly). A match on the id wins.
CALL () {
  MATCH (n:Person {id: $id}) RETURN n
  UNION MATCH (n:Organization {id: $id}) RETURN n
  UNION MATCH (n:Place {id: $id}) RETURN n
  UNION MATCH (n:Initiative {id: $id}) RETURN n
  UNION MATCH (n:Mechanism {id: $id}) RETURN n
  UNION MATCH (n:Article {id: $id}) RETURN n
  UNION MATCH (n:Person {name: $id}) RETURN n
  UNION MATCH (n:Organization {name: $id}) RETURN n
  UNION MATCH (n:Place {name: $id}) RETURN n
  UNION MATCH (n:Initiative {name: $id}) RETURN n
  UNION MATCH (n:Mechanism {name: $id}) RETURN n
  UNION CALL db.index.fulltext.queryNodes('entity_names', 'aliases:"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node WHERE $id IN node.aliases RETURN node AS n
}
WITH n AS center ORDER BY center.id = $id DESC, center.id LIMIT 1
CALL (center) {
  MATCH (center)-[r]-(m)
  WHERE (size($types) = 0 AND NOT type(r) IN ['HAS_SENTENCE', 'MENTIONED_IN']) OR type(r) IN $types
  RETURN collect(DISTINCT m) AS level1, collect(DISTINCT r) AS rels1
}
CALL (level1) {
  UNWIND CASE WHEN $depth >= 2 THEN level1 ELSE [] END AS a
  MATCH (a)-[r]-(m)
  WHERE (size($types) = 0 AND NOT type(r) IN ['HAS_SENTENCE', 'MENTIONED_IN']) OR type(r) IN $types
  RETURN collect(DISTINCT m) AS level2, collect(DISTINCT r) AS rels2
}
CALL (level2) {
  UNWIND CASE WHEN $depth >= 3 THEN level2 ELSE [] END AS a
  MATCH (a)-[r]-(m)
  WHERE (size($types) = 0 AND NOT type(r) IN ['HAS_SENTENCE', 'MENTIONED_IN']) OR type(r) IN $types
  RETURN collect(DISTINCT m) AS level3, collect(DISTINCT r) AS rels3
}
WITH center,
     COLLECT { UNWIND rels1 + rels2 + rels3 AS r RETURN DISTINCT r } AS rels,
     COLLECT { UNWIND [center] + level1 + level2 + level3 AS n RETURN DISTINCT n } AS reached
WITH center, rels, reached, reached[..$limit] AS nodes
RETURN center, nodes,
       [r IN rels WHERE startNode(r) IN nodes AND endNode(r) IN nodes] AS relationships,
       size(reached) > $limit AS truncated
