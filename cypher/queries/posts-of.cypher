// @name posts-of
// @description A person's posts, with the bodies and the evidence
// @description:zh 某人的全部职务、任职机构及出处
// @param person string  The person: id, name or an alias
//
// evidence: the post's evidence as stored, canonical JSON strings of {article, item, sentence, start, end,
// surface} (model/storage.ts); the CLI shows their sentences, decodeProperties() or JSON.parse reads them.
// The `evidence` query returns them as columns.
MATCH (person:Person)
WHERE person.id = $person OR person.name = $person OR $person IN person.aliases
MATCH (person)-[post:HOLDS_POST]->(body)
RETURN person, post.title AS title, body, post, post.evidence AS evidence
ORDER BY person.id, title, body.name
