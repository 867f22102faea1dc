// Keys every later query seeks on, and the invariants the database itself defends.
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (c:Company) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT company_uscc IF NOT EXISTS FOR (c:Company) REQUIRE c.uscc IS UNIQUE;
// Processed-event record: a redelivered or replayed event is recognised by its id.
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
// Per topic-partition, the last offset applied, written in the same transaction as the change.
CREATE CONSTRAINT projection_offset_key IF NOT EXISTS FOR (p:ProjectionOffset) REQUIRE (p.topic, p.partition) IS UNIQUE;
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
CREATE INDEX company_kind IF NOT EXISTS FOR (c:Company) ON (c.kind);
