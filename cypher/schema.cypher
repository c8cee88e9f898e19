// The zhkg graph schema for Neo4j 5.26 Community: applied by the loader before every load
// (src/neo4j/apply-schema.ts), one statement per `;`, every one IF NOT EXISTS so applying it again changes nothing.
// Node keys: Article.id, every other label .key (conventions in src/graph/schema.ts).

// Uniqueness of the key of every node label (each also gives a range index on the key).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT initiative_key IF NOT EXISTS FOR (n:Initiative) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT figure_key IF NOT EXISTS FOR (n:Figure) REQUIRE n.key IS UNIQUE;

// Relationships are merged by their deterministic `key` (type, ends, article, qualifier): unique per type
// (relationship uniqueness constraints exist in Community since 5.7), and found by `article` when an article is reloaded.
CREATE CONSTRAINT attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT holds_position_key IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT wrote_key IF NOT EXISTS FOR ()-[r:WROTE]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT reports_key IF NOT EXISTS FOR ()-[r:REPORTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT mentions_key IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT held_in_key IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT organized_by_key IF NOT EXISTS FOR ()-[r:ORGANIZED_BY]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT addressed_key IF NOT EXISTS FOR ()-[r:ADDRESSED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT quantifies_key IF NOT EXISTS FOR ()-[r:QUANTIFIES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT located_in_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX attended_article IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.article);
CREATE INDEX holds_position_article IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.article);
CREATE INDEX wrote_article IF NOT EXISTS FOR ()-[r:WROTE]-() ON (r.article);
CREATE INDEX reports_article IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.article);
CREATE INDEX mentions_article IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.article);
CREATE INDEX held_in_article IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.article);
CREATE INDEX organized_by_article IF NOT EXISTS FOR ()-[r:ORGANIZED_BY]-() ON (r.article);
CREATE INDEX addressed_article IF NOT EXISTS FOR ()-[r:ADDRESSED]-() ON (r.article);
CREATE INDEX quantifies_article IF NOT EXISTS FOR ()-[r:QUANTIFIES]-() ON (r.article);
CREATE INDEX part_of_article IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.article);
CREATE INDEX located_in_article IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.article);

// Lookups of the canned queries (cypher/queries/): entities by name, events and articles by date,
// positions by title and date, attendance by role.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);
CREATE INDEX holds_position_title IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.title);
CREATE INDEX holds_position_as_of IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.asOf);
CREATE INDEX attended_role IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.role);
