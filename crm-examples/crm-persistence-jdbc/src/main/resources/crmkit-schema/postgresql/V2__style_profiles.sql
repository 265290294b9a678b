-- crmkit schema version 2 (PostgreSQL): personality style profiles (StyleProfileCodec records).
-- The observation count is the profile's version: observations only grow.

CREATE TABLE crmkit_style_profile (
  customer_id       varchar(64) COLLATE "C" PRIMARY KEY,
  observation_count integer     NOT NULL CHECK (observation_count >= 1),
  record            bytea       NOT NULL
);
