// title-holder-at-date: who held a title on a date — the holder(s) whose position with exactly
// that title was most recently attested on or before the date (several when attested together).
// Parameters:
//   $title  string, required  the title as written (e.g. 义乌市长)
//   $date   string, required  YYYY-MM-DD
// Example: zhkg query title-holder-at-date --param title=义乌市长 --param date=2022-01-01
//   → title, person, name, organization, organizationKey, asOf, article, evidence
MATCH (:Person)-[seen:HOLDS_POSITION]->()
WHERE seen.title = $title AND seen.asOf <= $date
WITH max(seen.asOf) AS latest
MATCH (p:Person)-[r:HOLDS_POSITION]->(t)
WHERE r.title = $title AND r.asOf = latest
RETURN $title AS title, p.key AS person, p.name AS name, t.name AS organization, t.key AS organizationKey,
       r.asOf AS asOf, r.article AS article, r.evidence AS evidence
ORDER BY person, organizationKey, article
