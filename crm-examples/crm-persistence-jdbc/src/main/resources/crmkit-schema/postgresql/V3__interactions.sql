-- crmkit schema version 3 (PostgreSQL): the interaction log (InteractionCodec records), every
-- revision kept. One row per revision; is_current marks the latest revision of each interaction. The
-- columns beside the record serve the store's own questions: a customer's contacts by time (time_key
-- orders them), the last contact per customer, and the interactions that carry commitments or their
-- outcomes. Ids and keys collate as "C", so pages come in Java's order whatever the locale.

CREATE TABLE crmkit_interaction (
  id               varchar(64)  COLLATE "C" NOT NULL,
  revision         integer      NOT NULL CHECK (revision >= 1),
  customer_id      varchar(64)  COLLATE "C" NOT NULL,
  occurred_at      timestamptz  NOT NULL,
  occurred_zone    varchar(64)  NOT NULL,
  time_key         varchar(120) COLLATE "C" NOT NULL,
  is_current       boolean      NOT NULL,
  with_commitments boolean      NOT NULL,
  record           bytea        NOT NULL,
  PRIMARY KEY (id, revision)
);

CREATE INDEX crmkit_interaction_by_customer_time ON crmkit_interaction (customer_id, is_current, time_key);

CREATE VIEW crmkit_interaction_current AS
  SELECT id, revision, customer_id, occurred_at, occurred_zone, time_key, with_commitments, record
  FROM crmkit_interaction WHERE is_current;
