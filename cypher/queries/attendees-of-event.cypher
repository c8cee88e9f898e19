// attendees-of-event: who attended an event, with their roles, in the order the article lists them.
// Parameters:
//   $event  string, required  event name or key (unknown names give no rows)
//   $date   string or null    only the event held on this date, YYYY-MM-DD
// Example: zhkg query attendees-of-event --param event=第三届“丝路论坛”活动
//   → one row per attendee: event, eventName, date, order, person, name, titles, role, article, evidence
MATCH (e:Event)
WHERE (e.key = $event OR e.name = $event) AND ($date IS NULL OR e.date = $date)
MATCH (p:Person)-[r:ATTENDED]->(e)
RETURN e.key AS event, e.name AS eventName, e.date AS date, r.order AS `order`,
       p.key AS person, p.name AS name, coalesce(p.titles, []) AS titles, r.role AS role,
       r.article AS article, r.evidence AS evidence
ORDER BY date, event, `order`, name, person, article
