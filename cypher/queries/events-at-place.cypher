// events-at-place: events held at a place or at any place inside it (PART_OF, up to 10 levels).
// Parameters:
//   $place  string, required  place name or key (adcode)
//   $from   string or null    earliest event date, YYYY-MM-DD
//   $to     string or null    latest event date, YYYY-MM-DD
// Example: zhkg query events-at-place --param place=金华市
//   → place, placeName, event, eventName, date, kind, heldIn (the place named in the article), heldInKey
MATCH (top:Place)
WHERE top.key = $place OR top.name = $place
MATCH (sub:Place)-[:PART_OF*0..10]->(top)
MATCH (e:Event)-[:HELD_IN]->(sub)
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
RETURN DISTINCT top.key AS place, top.name AS placeName, e.key AS event, e.name AS eventName,
       e.date AS date, e.kind AS kind, sub.name AS heldIn, sub.key AS heldInKey
ORDER BY date, event, heldInKey, place
