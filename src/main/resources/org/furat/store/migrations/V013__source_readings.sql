-- What the extractor read in each report: every finding, each proposal with the alternatives it weighed and the
-- incident it became, as one JSON document (its format is written and read by app.ReadingJson), with the
-- extractor's version and when it read. Review shows this reading instead of running the extractor again; reading a
-- report again with today's gazetteer and rules replaces it. A report stored before this migration has none until
-- it is first opened for review.
CREATE TABLE source_readings (
  source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  extractor_version TEXT NOT NULL,
  read_at TEXT NOT NULL,
  reading TEXT NOT NULL
);
