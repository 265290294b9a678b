-- crmkit schema version 4: searchable projections, JSON a host queries in clear.
-- H2 dialect: the JSON type (well-formed JSON checked on write; H2 has no JSON index).
-- crmkit_customer.search holds CustomerJson.searchable, crmkit_complaint_event.search holds
-- ComplaintEventJson.searchable: ids, kinds, states, channels, dates and counts, never a personal or
-- confidential value (those stay in the record). JdbcStores writes them in the transaction that writes
-- the record. Rows stored before this version have no projection yet (NULL): JdbcStores fills them
-- when it opens, table by table as listed in crmkit_projection_backfill, and removes each entry when done.

ALTER TABLE crmkit_customer ADD COLUMN search JSON;

ALTER TABLE crmkit_complaint_event ADD COLUMN search JSON;

CREATE TABLE crmkit_projection_backfill (
  table_name VARCHAR(64) PRIMARY KEY
);

INSERT INTO crmkit_projection_backfill (table_name) VALUES ('crmkit_customer'), ('crmkit_complaint_event');
