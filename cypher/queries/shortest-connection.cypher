// shortest-connection: every shortest chain linking two people through events, positions,
// places, organizations and initiatives (articles and figures are left out: they would link everyone).
// Parameters:
//   $from     string, required  first person, name or key
//   $to       string, required  second person, name or key
//   $maxHops  integer           longest chain considered (default 6, at most 10)
//   $limit    integer           most paths returned (default 10)
// Example: zhkg query shortest-connection --param from=王芳 --param to=陈刚
//   → from, to, hops, keys, names, labels (the nodes of the chain in order)
MATCH (a:Person), (b:Person)
WHERE (a.key = $from OR a.name = $from) AND (b.key = $to OR b.name = $to) AND a <> b
MATCH path = allShortestPaths((a)-[:ATTENDED|HOLDS_POSITION|HELD_IN|ORGANIZED_BY|ADDRESSED|PART_OF|LOCATED_IN*..10]-(b))
// The hop limit is checked after a WITH: as a WHERE on the path itself it would turn the
// breadth-first shortest-path search into an exhaustive one.
WITH a, b, path
WHERE length(path) <= $maxHops
WITH DISTINCT a.key AS `from`, b.key AS `to`, length(path) AS hops,
     [n IN nodes(path) | n.key] AS keys,
     [n IN nodes(path) | coalesce(n.name, n.text, n.title, n.key)] AS names,
     [n IN nodes(path) | head(labels(n))] AS labels
RETURN `from`, `to`, hops, keys, names, labels
ORDER BY hops, `from`, `to`, keys
LIMIT toInteger($limit)
