-- crmkit schema version 2: personality style profiles (StyleProfileCodec records).
-- The observation count is the profile's version: observations only grow.

CREATE TABLE crmkit_style_profile (
  customer_id       VARCHAR(64) PRIMARY KEY,
  observation_count INTEGER     NOT NULL,
  record            BYTEA       NOT NULL
);
