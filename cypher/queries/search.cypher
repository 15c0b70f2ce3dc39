// @name search
// @title Search
// @title:zh 搜索
// @description Full-text search over names, aliases and their pinyin, best matches first
// @description:zh 按名称、别名及拼音全文检索实体，按相关度排序
// @param q fulltext  What to search for: a name or part of one, pinyin, initials or a code (the server builds the Lucene query)
// @param:zh q 要找的内容：名称或其一部分、拼音、首字母或简称（服务器生成 Lucene 查询）
// @param labels string[] = []  Only nodes with one of these labels (empty: all labels)
// @param:zh labels 只看带这些标签的节点（空：全部）
// @param limit integer = 20  Maximum hits
// @param:zh limit 最多命中数
//
// The entity_names index (cypher/schema.cypher) uses the cjk analyzer: Chinese is indexed as overlapping
// bigrams, so a two-character part of a name finds the whole name. Ties are broken by name for a stable order.
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
WHERE size($labels) = 0 OR any(label IN labels(node) WHERE label IN $labels)
RETURN node, score
ORDER BY score DESC, node.name
LIMIT $limit
