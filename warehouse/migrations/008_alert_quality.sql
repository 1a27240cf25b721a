-- Agreements missing from the newest edition of their list, not yet reported ended: an
-- edition that drops a row for a day is a gap; the next edition without it confirms the end.
CREATE TABLE agreement_absences (
    agreement_id    TEXT NOT NULL,
    list            TEXT NOT NULL,
    missing_since   DATE NOT NULL,          -- the first edition without it
    document_sha256 TEXT NOT NULL,
    PRIMARY KEY (agreement_id, list)
);

-- Editions held back because they lost too much at once (a header-only sheet, a cut file):
-- nothing of them is turned into ends; a source.suspect alert tells the maintainers.
CREATE TABLE suspect_editions (
    list            TEXT NOT NULL,
    snapshot_date   DATE NOT NULL,
    document_sha256 TEXT NOT NULL,
    row_count       INTEGER NOT NULL,
    open_count      INTEGER NOT NULL,
    reason          TEXT NOT NULL,
    run_id          TEXT,
    flagged_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (list, document_sha256)
);

-- The day icewatch first saw what an alert tells (the list edition, the run): feeds are
-- ordered by it, so that a signing dated months back is read as today's news.
ALTER TABLE alerts ADD COLUMN observed_on DATE;
UPDATE alerts SET observed_on = coalesce(
    TRY_CAST(json_extract_string(data, '$.snapshot_date') AS DATE),
    CAST(created_at AS DATE)
);
