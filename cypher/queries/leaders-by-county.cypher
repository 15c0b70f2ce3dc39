// @name leaders-by-county
// @title Leaders by county
// @title:zh 各县任职人员
// @description Per county, the named office holders and the bodies they hold posts in
// @description:zh 按县（市、区）列出有名有姓的任职人员及其任职机构
//
// The county of a post: the nearest Place of level 'county' up the body's LOCATED_IN / PART_OF chain,
// else the body's `county` property, else the person's. Posts with no county (a city's) are left out.
MATCH (person:Person)-[post:HOLDS_POST]->(body)
CALL (person, body) {
  OPTIONAL MATCH up = (body)-[:LOCATED_IN|PART_OF*0..8]->(c:Place {level: 'county'})
  WITH c, up ORDER BY length(up) LIMIT 1
  RETURN coalesce(c.name, body.county, person.county) AS county
}
WITH county, person, post, body WHERE county IS NOT NULL
RETURN county, person, post.title AS title, body
ORDER BY county, body.name, person.name, title
