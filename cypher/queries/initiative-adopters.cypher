// @name initiative-adopters
// @title Who runs an initiative
// @title:zh 举措的开展主体
// @description Who runs one initiative or mechanism, in which county, with the evidence
// @description:zh 某品牌举措或工作机制由谁在哪个县开展，及出处
// @param initiative string  The initiative or mechanism: id, name, an alias or a mechanism's code
// @param:zh initiative 品牌举措或工作机制：id、名称、别名或机制的数字简称
// @param county string = ""  Only the runners in this county (its name); empty = every county
// @param:zh county 只看该县（市、区）的开展主体（县名）；留空为全部
// @param limit integer = 500  Maximum rows
// @param:zh limit 最多行数
//
// The initiative is found through indexes only: by id, name or code, else an alias through the full-text
// index, as the scope of who-leads.
// county: the runner's derived inCounty, as in shared-initiatives (null when unknown, listed last).
// evidence: the RUNS relationship's evidence, read from its Sentence nodes as in posts-of.
CALL () {
  MATCH (i:Initiative {id: $initiative}) RETURN i
  UNION MATCH (i:Mechanism {id: $initiative}) RETURN i
  UNION MATCH (i:Initiative {name: $initiative}) RETURN i
  UNION MATCH (i:Mechanism {name: $initiative}) RETURN i
  UNION MATCH (i:Mechanism {code: $initiative}) RETURN i
  UNION CALL db.index.fulltext.queryNodes('entity_names', 'aliases:"' + replace(replace($initiative, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node WHERE (node:Initiative OR node:Mechanism) AND $initiative IN node.aliases RETURN node AS i
}
WITH i AS initiative
MATCH (runner)-[rel:RUNS]->(initiative)
WHERE $county = '' OR runner.inCounty = $county
WITH initiative, runner.inCounty AS county, runner, rel
ORDER BY county, runner.name, runner.id
LIMIT $limit
RETURN initiative, county, runner, rel,
       COLLECT {
         UNWIND range(0, size(coalesce(rel.sentences, [])) - 1) AS i
         MATCH (s:Sentence {id: rel.sentences[i]})
         RETURN s {.article, .item, sentence: s.text, .start, .end, surface: rel.surfaces[i]} AS e ORDER BY e.article, e.start
       } AS evidence
