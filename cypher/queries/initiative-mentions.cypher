// initiative-mentions: initiatives and the people and events that raised them (ADDRESSED).
// Parameters:
//   $initiative  string or null  initiative name or key; every initiative when null
// Example: zhkg query initiative-mentions --param initiative=数字化改革
//   → initiative, initiativeName, raisedByLabel (Person | Event), raisedBy, raisedByName,
//     date (the event's date, else the article's), article, evidence
MATCH (x)-[r:ADDRESSED]->(i:Initiative)
WHERE (x:Person OR x:Event)
  AND ($initiative IS NULL OR i.key = $initiative OR i.name = $initiative)
OPTIONAL MATCH (a:Article {id: r.article})
RETURN i.key AS initiative, i.name AS initiativeName,
       CASE WHEN x:Person THEN 'Person' ELSE 'Event' END AS raisedByLabel,
       x.key AS raisedBy, x.name AS raisedByName, coalesce(x.date, a.date) AS date,
       r.article AS article, r.evidence AS evidence
ORDER BY initiativeName, initiative, raisedByLabel, raisedByName, raisedBy, article
