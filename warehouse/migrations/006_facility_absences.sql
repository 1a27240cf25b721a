-- Facilities missing from the newest detention statistics edition and not yet reported
-- removed: ICE's workbooks drop a row now and then (a blank cell, a late count), so one
-- edition without a facility is a gap; the next edition without it confirms the removal.
CREATE TABLE facility_absences (
    facility_id     TEXT PRIMARY KEY,
    missing_since   DATE NOT NULL,          -- the first edition without it
    document_sha256 TEXT NOT NULL           -- that edition
);
