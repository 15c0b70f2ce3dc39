// @name leaders-by-county
// @title Leaders by county
// @title:zh 各县任职人员
// @description Per county, the named office holders and the bodies they hold posts in
// @description:zh 按县（市、区）列出有名有姓的任职人员及其任职机构
// @param limit integer = 1000  Maximum rows (a province holds hundreds of thousands of posts)
// @param:zh limit 最多返回的行数
//
// The county of a post: the body's derived inCounty (pipeline/load/derive.ts: the nearest Place of level
// 'county' up its LOCATED_IN / PART_OF chain, else the body's `county` property), else the person's.
// Posts with no county (a city's) are left out. The LIMIT makes the sort keep only the first rows, so the
// query's memory stays bounded however many posts the graph holds.
MATCH (person:Person)-[post:HOLDS_POST]->(body)
WITH coalesce(body.inCounty, person.inCounty) AS county, person, post, body WHERE county IS NOT NULL
RETURN county, person, post.title AS title, body
ORDER BY county, body.name, person.name, title
LIMIT $limit
