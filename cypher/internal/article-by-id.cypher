// An article with its text and items, for showing a sentence of evidence in its place.
MATCH (a:Article {id: $id})
RETURN a
