// The database schema. Every statement is idempotent (IF NOT EXISTS): applying it twice is harmless.
// Uniqueness of the id of every label of the domain model (model/schema.ts NODE_LABELS).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mechanism_id IF NOT EXISTS FOR (n:Mechanism) REQUIRE n.id IS UNIQUE;
// Uniqueness of the id of every relationship type (model/schema.ts REL_TYPES): the loader MERGEs
// relationships on their id, and a second relationship with the same id is an extraction error to refuse.
CREATE CONSTRAINT holds_post_id IF NOT EXISTS FOR ()-[r:HOLDS_POST]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT credited_id IF NOT EXISTS FOR ()-[r:CREDITED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT runs_id IF NOT EXISTS FOR ()-[r:RUNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT partners_with_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mentions_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.id IS UNIQUE;
// Range indexes used by the query library: lookups by name, county filters, place levels.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX place_level IF NOT EXISTS FOR (n:Place) ON (n.level);
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
CREATE INDEX mechanism_name IF NOT EXISTS FOR (n:Mechanism) ON (n.name);
CREATE INDEX mechanism_code IF NOT EXISTS FOR (n:Mechanism) ON (n.code);
// The derived concept–county incidence (pipeline/load/derive.ts): shared-initiatives seeks the concepts run
// in at least minCounties counties instead of scanning them.
CREATE INDEX initiative_county_count IF NOT EXISTS FOR (n:Initiative) ON (n.countyCount);
CREATE INDEX mechanism_county_count IF NOT EXISTS FOR (n:Mechanism) ON (n.countyCount);
// Full-text over names and aliases. The cjk analyzer indexes Chinese as overlapping bigrams, so
// a two-character part of a name (建国) finds the whole (张建国). pinyin and initials (db/fulltext.ts)
// let Latin input find Chinese names.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organization|Place|Initiative|Mechanism|Article)
ON EACH [n.name, n.aliases, n.pinyin, n.initials]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
// Provenance (model/schema.ts PROVENANCE_LABELS): every evidence sentence once, found by id when loaded and
// linked, by article when `--replace` takes an article out, and by its words through the full-text index
// `sentence_text` (cjk, as entity_names), so `CALL db.index.fulltext.queryNodes('sentence_text', '充电桩')`
// finds the sentences that say it. HAS_SENTENCE and MENTIONED_IN have no id: they are known by their ends.
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE INDEX sentence_article IF NOT EXISTS FOR (n:Sentence) ON (n.article);
CREATE FULLTEXT INDEX sentence_text IF NOT EXISTS
FOR (n:Sentence)
ON EACH [n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
