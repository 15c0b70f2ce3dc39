// @name posts-of
// @title Posts of a person
// @title:zh 某人的职务
// @description A person's posts, with the bodies and the evidence
// @description:zh 某人的全部职务、任职机构及出处
// @param person string  The person: id, name or an alias
// @param:zh person 人物：id、姓名或别名
//
// evidence: the post's evidence, {article, item, sentence, start, end, surface} read from the Sentence
// nodes the post lists in `sentences` (the surface read in each is at the same position of `surfaces`).
// The `evidence` query returns them as columns.
MATCH (person:Person)
WHERE person.id = $person OR person.name = $person OR $person IN person.aliases
MATCH (person)-[post:HOLDS_POST]->(body)
RETURN person, post.title AS title, body, post,
       COLLECT {
         UNWIND range(0, size(coalesce(post.sentences, [])) - 1) AS i
         MATCH (s:Sentence {id: post.sentences[i]})
         RETURN s {.article, .item, sentence: s.text, .start, .end, surface: post.surfaces[i]} AS e ORDER BY e.article, e.start
       } AS evidence
ORDER BY person.id, title, body.name
