// attendees-of-event: who attended an event, one row per person with all their roles, in the order the article lists them.
// A person has one ATTENDED relationship per role and per reporting article (出席并讲话 gives attended and spoke);
// they are merged here: `order` is the smallest, `role` the most specific, `roles` all of them most specific first
// (presided, keynote, spoke, hosted, inspected, accompanied, attended, other; any other role after, by name),
// `articles` the reporting articles (sorted), `evidence` the distinct evidence sentences in reading order
// (by article, then position in it). The per-article link of a sentence is on the ATTENDED relationships.
// Parameters:
//   $event  string, required  event name or key (unknown names give no rows)
//   $date   string or null    only the event held on this date, YYYY-MM-DD
// Example: zhkg query attendees-of-event --param event=第三届“丝路论坛”活动
//   → one row per attendee: event, eventName, date, order, person, name, titles, role, roles, articles, evidence
MATCH (e:Event)
WHERE (e.key = $event OR e.name = $event) AND ($date IS NULL OR e.date = $date)
MATCH (p:Person)-[r:ATTENDED]->(e)
WITH e, p, r, ['presided', 'keynote', 'spoke', 'hosted', 'inspected', 'accompanied', 'attended', 'other'] AS ranked
WITH e, p, r, coalesce([i IN range(0, size(ranked) - 1) WHERE ranked[i] = r.role][0], size(ranked)) AS specificity
ORDER BY specificity, r.role
WITH e, p, collect(DISTINCT r.role) AS roles, collect(r) AS rels
UNWIND rels AS r
WITH e, p, roles, r
ORDER BY r.article, r.evidenceStart, r.evidence
WITH e, p, roles, min(r.order) AS first, collect(DISTINCT r.article) AS articles, collect(DISTINCT r.evidence) AS sentences
RETURN e.key AS event, e.name AS eventName, e.date AS date, first AS `order`,
       p.key AS person, p.name AS name, coalesce(p.titles, []) AS titles, roles[0] AS role, roles,
       articles, [s IN sentences WHERE s <> ''] AS evidence
ORDER BY date, event, `order`, name, person
