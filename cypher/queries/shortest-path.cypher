// @name shortest-path
// @title Shortest path
// @title:zh 最短路径
// @description How two entities are connected: a shortest path between them, articles left out
// @description:zh 两个实体之间的最短关联路径（不经过文章）
// @param from string  The first node: its id, name or an alias
// @param:zh from 第一个节点：id、名称或别名
// @param to string  The second node: its id, name or an alias
// @param:zh to 第二个节点：id、名称或别名
// @param maxLength integer = 6  Longest path accepted (at most 15)
// @param:zh maxLength 可接受的最长路径（最多 15）
//
// MENTIONS edges are not followed: every article mentions dozens of entities and would connect them all;
// nor is provenance (HAS_SENTENCE, MENTIONED_IN), for the same reason.
// The predicate on all relationships is applied while searching, so the search itself skips them.
// No row when the two are not connected within maxLength.
// Each end is found through indexes only, as the centre of neighborhood.cypher: by id, name or alias.
CALL () {
  MATCH (n:Person {id: $from}) RETURN n
  UNION MATCH (n:Organization {id: $from}) RETURN n
  UNION MATCH (n:Place {id: $from}) RETURN n
  UNION MATCH (n:Initiative {id: $from}) RETURN n
  UNION MATCH (n:Mechanism {id: $from}) RETURN n
  UNION MATCH (n:Article {id: $from}) RETURN n
  UNION MATCH (n:Person {name: $from}) RETURN n
  UNION MATCH (n:Organization {name: $from}) RETURN n
  UNION MATCH (n:Place {name: $from}) RETURN n
  UNION MATCH (n:Initiative {name: $from}) RETURN n
  UNION MATCH (n:Mechanism {name: $from}) RETURN n
  UNION CALL db.index.fulltext.queryNodes('entity_names', 'aliases:"' + replace(replace($from, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node WHERE $from IN node.aliases RETURN node AS n
}
WITH collect(n) AS froms
// froms is imported so that this runs once per row (Apply), not as a CartesianProduct of two lookups.
CALL (froms) {
  MATCH (n:Person {id: $to}) RETURN n
  UNION MATCH (n:Organization {id: $to}) RETURN n
  UNION MATCH (n:Place {id: $to}) RETURN n
  UNION MATCH (n:Initiative {id: $to}) RETURN n
  UNION MATCH (n:Mechanism {id: $to}) RETURN n
  UNION MATCH (n:Article {id: $to}) RETURN n
  UNION MATCH (n:Person {name: $to}) RETURN n
  UNION MATCH (n:Organization {name: $to}) RETURN n
  UNION MATCH (n:Place {name: $to}) RETURN n
  UNION MATCH (n:Initiative {name: $to}) RETURN n
  UNION MATCH (n:Mechanism {name: $to}) RETURN n
  UNION CALL db.index.fulltext.queryNodes('entity_names', 'aliases:"' + replace(replace($to, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node WHERE $to IN node.aliases RETURN node AS n
}
WITH froms, collect(n) AS tos
UNWIND froms AS a
UNWIND tos AS b
WITH a, b WHERE a <> b
MATCH path = shortestPath((a)-[*..15]-(b))
WHERE all(r IN relationships(path) WHERE NOT type(r) IN ['MENTIONS', 'HAS_SENTENCE', 'MENTIONED_IN'])
WITH path WHERE length(path) <= $maxLength
RETURN path
ORDER BY length(path)
LIMIT 1
