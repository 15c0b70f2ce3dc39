// True when the database holds no node at all (npm start loads the bundled graph only then).
RETURN NOT EXISTS { MATCH (n) } AS empty
