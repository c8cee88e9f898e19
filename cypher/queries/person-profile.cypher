// person-profile: a person's titles over time, organizations, places and initiatives, one fact a row.
// Parameters:
//   $person  string, required  person name or key
// Example: zhkg query person-profile --param person=李华
//   → person, name, facet (title | organization | place | initiative), value, target, targetKey, asOf, article
//   title rows carry the title, the organization or place it is held in, asOf and the article;
//   places come from positions and from the events attended; initiatives from the person or their events.
MATCH (p:Person)
WHERE p.key = $person OR p.name = $person
CALL (p) {
  MATCH (p)-[r:HOLDS_POSITION]->(t)
  RETURN 'title' AS facet, r.title AS value, t.name AS target, t.key AS targetKey, r.asOf AS asOf, r.article AS article
  UNION
  MATCH (p)-[:HOLDS_POSITION]->(o:Organization)
  RETURN 'organization' AS facet, o.name AS value, null AS target, o.key AS targetKey, null AS asOf, null AS article
  UNION
  MATCH (p)-[:HOLDS_POSITION]->(pl:Place)
  RETURN 'place' AS facet, pl.name AS value, null AS target, pl.key AS targetKey, null AS asOf, null AS article
  UNION
  MATCH (p)-[:ATTENDED]->(:Event)-[:HELD_IN]->(pl:Place)
  RETURN 'place' AS facet, pl.name AS value, null AS target, pl.key AS targetKey, null AS asOf, null AS article
  UNION
  MATCH (p)-[:ADDRESSED]->(i:Initiative)
  RETURN 'initiative' AS facet, i.name AS value, null AS target, i.key AS targetKey, null AS asOf, null AS article
  UNION
  MATCH (p)-[:ATTENDED]->(:Event)-[:ADDRESSED]->(i:Initiative)
  RETURN 'initiative' AS facet, i.name AS value, null AS target, i.key AS targetKey, null AS asOf, null AS article
}
RETURN p.key AS person, p.name AS name, facet, value, target, targetKey, asOf, article
ORDER BY person, facet, asOf, value, targetKey, article
