// events-of-person: the events a person attended, with role and places, optionally in a date range.
// Parameters:
//   $person  string, required  person name or key
//   $from    string or null    earliest event date, YYYY-MM-DD (inclusive)
//   $to      string or null    latest event date, YYYY-MM-DD (inclusive)
// Example: zhkg query events-of-person --param person=李华 --param from=2022-01-01 --param to=2022-12-31
//   → person, name, event, eventName, date, kind, role, places, article, evidence
MATCH (p:Person)-[r:ATTENDED]->(e:Event)
WHERE (p.key = $person OR p.name = $person)
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
OPTIONAL MATCH (e)-[:HELD_IN]->(pl:Place)
WITH p, r, e, collect(DISTINCT pl.name) AS places
RETURN p.key AS person, p.name AS name, e.key AS event, e.name AS eventName, e.date AS date,
       e.kind AS kind, r.role AS role, places, r.article AS article, r.evidence AS evidence
ORDER BY date, event, person, role, article
