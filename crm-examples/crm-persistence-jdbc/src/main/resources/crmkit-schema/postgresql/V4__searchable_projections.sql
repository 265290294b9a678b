-- crmkit schema version 4 (PostgreSQL): searchable projections, JSON a host queries in clear.
-- crmkit_customer.search holds CustomerJson.searchable, crmkit_complaint_event.search holds
-- ComplaintEventJson.searchable: ids, kinds, states, channels, dates and counts, never a personal or
-- confidential value (those stay in the record). JdbcStores writes them in the transaction that writes
-- the record. Rows stored before this version have no projection yet (NULL): the SQL cannot read the
-- binary records, so JdbcStores fills them when it opens, table by table as listed in
-- crmkit_projection_backfill, and removes each table's entry when it is done.
-- The GIN indexes (jsonb_path_ops) serve containment queries: search @> '{"kind":"ORGANIZATION"}'.

ALTER TABLE crmkit_customer ADD COLUMN search jsonb;

ALTER TABLE crmkit_complaint_event ADD COLUMN search jsonb;

CREATE INDEX crmkit_customer_search ON crmkit_customer USING gin (search jsonb_path_ops);

CREATE INDEX crmkit_complaint_event_search ON crmkit_complaint_event USING gin (search jsonb_path_ops);

CREATE TABLE crmkit_projection_backfill (
  table_name varchar(64) PRIMARY KEY
);

INSERT INTO crmkit_projection_backfill (table_name) VALUES ('crmkit_customer'), ('crmkit_complaint_event');
