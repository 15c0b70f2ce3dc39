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
MATCH (a) WHERE a.id = $from OR a.name = $from OR $from IN a.aliases
MATCH (b) WHERE b.id = $to OR b.name = $to OR $to IN b.aliases
WITH a, b WHERE a <> b
MATCH path = shortestPath((a)-[*..15]-(b))
WHERE all(r IN relationships(path) WHERE NOT type(r) IN ['MENTIONS', 'HAS_SENTENCE', 'MENTIONED_IN'])
WITH path WHERE length(path) <= $maxLength
RETURN path
ORDER BY length(path)
LIMIT 1
