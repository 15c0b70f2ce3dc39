// The ids of the loaded nodes that carry any of $articles: the ones taking those articles out may delete
// (with every relationship on them), so a sync loads them and their relationships again.
MATCH (n)
WHERE n.loadedBy = $marker AND any(a IN n.articles WHERE a IN $articles)
RETURN collect(n.id) AS ids
