// County-level places (县、县级市、区), for the client's filters.
MATCH (p:Place {level: 'county'})
RETURN p.id AS id, p.name AS name
ORDER BY name, id
