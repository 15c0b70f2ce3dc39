// The node with this id, whatever its label. One branch per label, so each uses its uniqueness index.
CALL () {
  MATCH (n:Person {id: $id}) RETURN n
  UNION MATCH (n:Organization {id: $id}) RETURN n
  UNION MATCH (n:Place {id: $id}) RETURN n
  UNION MATCH (n:Initiative {id: $id}) RETURN n
  UNION MATCH (n:Mechanism {id: $id}) RETURN n
  UNION MATCH (n:Article {id: $id}) RETURN n
}
RETURN n
LIMIT 1
