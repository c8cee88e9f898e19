// co-attendance: people who attended the same events as a person, with the number of shared events.
// Parameters:
//   $person  string, required  person name or key
//   $from    string or null    earliest event date, YYYY-MM-DD
//   $to      string or null    latest event date, YYYY-MM-DD
//   $limit   integer           most rows (default 50)
// Example: zhkg query co-attendance --param person=李华
//   → person, other, name, count, events (names of the shared events)
MATCH (p:Person)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(o:Person)
WHERE (p.key = $person OR p.name = $person) AND o <> p
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
WITH p, o, collect(DISTINCT e) AS shared
RETURN p.key AS person, o.key AS other, o.name AS name, size(shared) AS count,
       [x IN shared | x.name] AS events
ORDER BY count DESC, name, other, person
LIMIT toInteger($limit)
