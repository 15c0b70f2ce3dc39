// The articles the project has loaded (their keys, as in `articles` lists), and how many nodes and
// relationships it has loaded in all: what a sync from the article store compares and reports.
MATCH (a:Article)
WHERE a.loadedBy = $marker
WITH collect(substring(a.id, size('article:'))) AS articles
RETURN articles,
       COUNT { MATCH (n) WHERE n.loadedBy = $marker } AS nodes,
       COUNT { MATCH ()-[r]->() WHERE r.loadedBy = $marker } AS relationships
