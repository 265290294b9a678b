-- crmkit schema version 1: customers and complaint histories.
-- H2 dialect: VARCHAR, BIGINT, INTEGER, BYTEA (H2 binary), TIMESTAMP WITH TIME ZONE.
-- Records are the codecs' versioned binary form (CustomerCodec, ComplaintEventCodec); they hold
-- confidential values in clear, so the host encrypts the database at rest.

CREATE TABLE crmkit_customer (
  id       VARCHAR(64) PRIMARY KEY,
  version  BIGINT      NOT NULL,
  record   BYTEA       NOT NULL
);

CREATE TABLE crmkit_complaint (
  id             VARCHAR(64) PRIMARY KEY,
  complainant_id VARCHAR(64) NOT NULL,
  event_count    INTEGER     NOT NULL
);

CREATE INDEX crmkit_complaint_by_complainant ON crmkit_complaint (complainant_id);

CREATE TABLE crmkit_complaint_event (
  complaint_id VARCHAR(64)              NOT NULL REFERENCES crmkit_complaint (id),
  seq          INTEGER                  NOT NULL,
  step         VARCHAR(40)              NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  to_state     VARCHAR(40)              NOT NULL,
  record       BYTEA                    NOT NULL,
  PRIMARY KEY (complaint_id, seq)
);
