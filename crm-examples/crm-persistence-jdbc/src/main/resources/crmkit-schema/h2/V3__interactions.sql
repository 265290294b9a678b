-- crmkit schema version 3: the interaction log (InteractionCodec records), every revision kept.
-- One row per revision; is_current marks the latest revision of each interaction. The columns beside
-- the record serve the store's own questions: a customer's contacts by time (time_key orders them),
-- the last contact per customer, and the interactions that carry commitments or their outcomes.

CREATE TABLE crmkit_interaction (
  id               VARCHAR(64)              NOT NULL,
  revision         INTEGER                  NOT NULL,
  customer_id      VARCHAR(64)              NOT NULL,
  occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  occurred_zone    VARCHAR(64)              NOT NULL,
  time_key         VARCHAR(120)             NOT NULL,
  is_current       BOOLEAN                  NOT NULL,
  with_commitments BOOLEAN                  NOT NULL,
  record           BYTEA                    NOT NULL,
  PRIMARY KEY (id, revision)
);

CREATE INDEX crmkit_interaction_by_customer_time ON crmkit_interaction (customer_id, is_current, time_key);

CREATE VIEW crmkit_interaction_current AS
  SELECT id, revision, customer_id, occurred_at, occurred_zone, time_key, with_commitments, record
  FROM crmkit_interaction WHERE is_current;
