// @name initiative-adopters
// @title Who runs an initiative
// @title:zh 举措的开展主体
// @description Who runs one initiative or mechanism, in which county, with the evidence
// @description:zh 某品牌举措或工作机制由谁在哪个县开展，及出处
// @param initiative string  The initiative or mechanism: id, name, an alias or a mechanism's code
// @param:zh initiative 品牌举措或工作机制：id、名称、别名或机制的数字简称
//
// county: the runner's derived inCounty, as in shared-initiatives (null when unknown, listed last).
// evidence: the RUNS relationship's evidence, read from its Sentence nodes as in posts-of.
MATCH (initiative)
WHERE (initiative:Initiative OR initiative:Mechanism)
  AND (initiative.id = $initiative OR initiative.name = $initiative OR $initiative IN initiative.aliases OR initiative.code = $initiative)
MATCH (runner)-[rel:RUNS]->(initiative)
RETURN initiative, runner.inCounty AS county, runner, rel,
       COLLECT {
         UNWIND range(0, size(coalesce(rel.sentences, [])) - 1) AS i
         MATCH (s:Sentence {id: rel.sentences[i]})
         RETURN s {.article, .item, sentence: s.text, .start, .end, surface: rel.surfaces[i]} AS e ORDER BY e.article, e.start
       } AS evidence
ORDER BY county, runner.name, runner.id
