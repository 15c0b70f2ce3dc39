// @name who-leads
// @description People holding posts in a place or body and everything under it (a county, its townships, their villages …), with titles
// @description:zh 某地区或机构及其下属（县→乡镇→村……）的任职人员及职务
// @param scope string  The place or body: its id, name or an alias
// @param limit integer = 500  Maximum rows
//
// chain: the nodes from the scope down to the body where the post is held, following LOCATED_IN and
// PART_OF against their direction (shortest way down), scope first and body last; [scope] when the post
// is held in the scope itself. Rows come nearest first.
MATCH (scope)
WHERE (scope:Place OR scope:Organization) AND (scope.id = $scope OR scope.name = $scope OR $scope IN scope.aliases)
MATCH down = (scope)<-[:LOCATED_IN|PART_OF*0..8]-(body)
WHERE body:Place OR body:Organization
WITH scope, body, down ORDER BY length(down)
WITH scope, body, head(collect(nodes(down))) AS chain
MATCH (person:Person)-[post:HOLDS_POST]->(body)
RETURN scope, chain, person, post, post.title AS title
ORDER BY size(chain), [n IN chain | n.name], person.name, title
LIMIT $limit
