-- crmkit schema version 1 (PostgreSQL): customers and complaint histories.
-- Flyway can run this directory (classpath:crmkit-schema/postgresql); JdbcStores.on applies it itself
-- otherwise. Records are the codecs' versioned binary form (CustomerCodec, ComplaintEventCodec) in
-- bytea; they hold confidential values in clear, so the host encrypts the database at rest.
-- Ids sort COLLATE "C" (code-point order, which is Java's String order but between supplementary
-- characters and U+E000..U+FFFF): pages come in the order the SPI promises whatever the database's locale.

CREATE TABLE crmkit_customer (
  id       varchar(64) COLLATE "C" PRIMARY KEY,
  version  bigint      NOT NULL CHECK (version >= 1),
  record   bytea       NOT NULL
);

CREATE TABLE crmkit_complaint (
  id             varchar(64) COLLATE "C" PRIMARY KEY,
  complainant_id varchar(64) COLLATE "C" NOT NULL,
  event_count    integer     NOT NULL CHECK (event_count >= 1)
);

CREATE INDEX crmkit_complaint_by_complainant ON crmkit_complaint (complainant_id);

-- Step, time and resulting state in columns for the host's own queries (no personal text in them).
CREATE TABLE crmkit_complaint_event (
  complaint_id varchar(64) COLLATE "C" NOT NULL REFERENCES crmkit_complaint (id),
  seq          integer     NOT NULL CHECK (seq >= 1),
  step         varchar(40) NOT NULL,
  occurred_at  timestamptz NOT NULL,
  to_state     varchar(40) NOT NULL,
  record       bytea       NOT NULL,
  PRIMARY KEY (complaint_id, seq)
);
