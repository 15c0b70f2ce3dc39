// @name who-leads
// @title Who leads what
// @title:zh 谁领导什么
// @description People holding posts in a place or body and everything under it (a county, its townships, their villages …), with titles
// @description:zh 某地区或机构及其下属（县→乡镇→村……）的任职人员及职务
// @param scope string  The place or body: its id, name or an alias
// @param:zh scope 地区或机构：id、名称或别名
// @param limit integer = 500  Maximum rows
// @param:zh limit 最多行数
// @param asOf string = ""  A day (YYYY-MM-DD): only the posts seen in the latest article on or before it; empty = every post
// @param:zh asOf 日期（YYYY-MM-DD）：只看该日或之前最新文章中的职务；留空为全部职务
//
// chain: the nodes from the scope down to the body where the post is held, following LOCATED_IN and
// PART_OF against their direction (shortest way down), scope first and body last; [scope] when the post
// is held in the scope itself. Rows come nearest first.
// asOf: a post is seen on the dates of the dated articles it was read in (Article.date); for each body
// and title, only the holders seen in the latest such article on or before asOf are kept, so a newer
// report's secretary replaces an older one's.
// The scope is found through indexes only, as the centre of neighborhood.cypher: by id, name or alias.
CALL () {
  MATCH (n:Place {id: $scope}) RETURN n
  UNION MATCH (n:Organization {id: $scope}) RETURN n
  UNION MATCH (n:Place {name: $scope}) RETURN n
  UNION MATCH (n:Organization {name: $scope}) RETURN n
  UNION CALL db.index.fulltext.queryNodes('entity_names', 'aliases:"' + replace(replace($scope, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node WHERE (node:Place OR node:Organization) AND $scope IN node.aliases RETURN node AS n
}
WITH n AS scope
MATCH down = (scope)<-[:LOCATED_IN|PART_OF*0..8]-(body)
WHERE body:Place OR body:Organization
WITH scope, body, down ORDER BY length(down)
WITH scope, body, head(collect(nodes(down))) AS chain
MATCH (person:Person)-[post:HOLDS_POST]->(body)
WITH scope, chain, body, person, post,
     CASE WHEN $asOf = '' THEN '' ELSE COLLECT {
       UNWIND post.articles AS key
       MATCH (article:Article {id: 'article:' + key})
       WHERE article.date <= $asOf
       RETURN article.date ORDER BY article.date DESC LIMIT 1
     }[0] END AS seen
WHERE seen IS NOT NULL
WITH scope, chain, body, post.title AS title, collect({person: person, post: post, seen: seen}) AS holders
WITH scope, chain, title, holders, reduce(latest = '', h IN holders | CASE WHEN h.seen > latest THEN h.seen ELSE latest END) AS latest
UNWIND [h IN holders WHERE h.seen = latest] AS holder
WITH scope, chain, holder.person AS person, holder.post AS post, title
RETURN scope, chain, person, post, title
ORDER BY size(chain), [n IN chain | n.name], person.name, title
LIMIT $limit
