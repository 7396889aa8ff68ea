--liquibase formatted sql
--changeset dpds:1
-- The lifecycle store of dpds-store-jdbc, version 1. Runs as it is under Flyway (V1__...) and Liquibase (formatted
-- SQL); JdbcStore.migrate() runs it too, with the table prefix it was given in place of the default one. Every
-- statement is idempotent, so a database migrated by one tool can later be migrated by another.

-- Records: versions, deployments, locks. The revision moves on at every write (compare-and-set); the writer is the
-- token of the call that wrote it last, which tells a retried call whether its first attempt was applied.
CREATE TABLE IF NOT EXISTS dpds_records (
  collection text NOT NULL,
  key text NOT NULL,
  revision bigint NOT NULL,
  value bytea NOT NULL,
  writer uuid NOT NULL,
  PRIMARY KEY (collection, key)
);

-- Append-only logs (the audit trails): entries in the order their appends returned. The token makes a retried
-- append idempotent.
CREATE TABLE IF NOT EXISTS dpds_log_entries (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  log text NOT NULL,
  entry text NOT NULL,
  token uuid NOT NULL UNIQUE
);

CREATE INDEX IF NOT EXISTS dpds_log_entries_by_log ON dpds_log_entries (log, seq);
