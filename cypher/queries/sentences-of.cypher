// @name sentences-of
// @title Sentences mentioning an entity
// @title:zh 提及某实体的原句
// @description The sentences that mention an entity, with what was read in each
// @description:zh 提及某实体的全部原句及所读到的写法
// @param name string  The entity: its id, name or an alias
// @param:zh name 实体：id、名称或别名
//
// The plain form: MATCH (:Person {name: '某某'})-[:MENTIONED_IN]->(s:Sentence) RETURN s.text.
// surfaceStart/surfaceEnd: the surface's offsets in the article's text (-1 when not verbatim in the sentence).
MATCH (e)-[m:MENTIONED_IN]->(s:Sentence)
WHERE e.id = $name OR e.name = $name OR $name IN e.aliases
RETURN e.id AS entity, s.article AS article, s.text AS sentence, m.surface AS surface,
       m.start AS surfaceStart, m.end AS surfaceEnd, s.id AS sentenceId
ORDER BY entity, article, s.start, surface
