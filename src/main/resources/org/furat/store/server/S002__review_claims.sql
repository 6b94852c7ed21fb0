-- Who is reviewing which report now, as in the GeoPackage (store/migrations/V017): working state, not data.
CREATE TABLE review_claims (
  source_key TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  who TEXT NOT NULL,
  since TIMESTAMPTZ NOT NULL DEFAULT now()
);
