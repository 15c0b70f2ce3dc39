// The node a user named by id or by exact name (or alias); an id match wins over a name match.
CALL () {
  MATCH (n:Person) WHERE n.id = $key OR n.name = $key OR $key IN n.aliases RETURN n
  UNION MATCH (n:Organization) WHERE n.id = $key OR n.name = $key OR $key IN n.aliases RETURN n
  UNION MATCH (n:Place) WHERE n.id = $key OR n.name = $key OR $key IN n.aliases RETURN n
  UNION MATCH (n:Initiative) WHERE n.id = $key OR n.name = $key OR $key IN n.aliases RETURN n
  UNION MATCH (n:Mechanism) WHERE n.id = $key OR n.name = $key OR $key IN n.aliases RETURN n
  UNION MATCH (n:Article) WHERE n.id = $key RETURN n
}
RETURN n
ORDER BY n.id = $key DESC, n.id
LIMIT 1
