// An article with its text and items, for showing a sentence of evidence in its place. Evidence names
// an article by its key (Evidence.article, kept in the node's `articles`), the graph by its node id: both work.
MATCH (a:Article)
WHERE a.id = $id OR $id IN a.articles
RETURN a
ORDER BY a.id = $id DESC
LIMIT 1
