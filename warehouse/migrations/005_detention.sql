-- Detention facilities: the editions loaded, and what each facility row carries.

-- Which detention statistics editions are loaded: loading one twice, or one older than the
-- newest loaded, changes nothing.
CREATE TABLE detention_editions (
    document_sha256 TEXT PRIMARY KEY,
    edition_date    DATE NOT NULL,          -- the data pull date printed in the workbook
    fiscal_year     INTEGER,
    file_name       TEXT,
    sheet           TEXT,
    facility_count  INTEGER NOT NULL,
    run_id          TEXT,
    loaded_at       TIMESTAMPTZ NOT NULL
);

-- ICE's facility locator as crawled: one row per facility card, with when it was listed.
CREATE TABLE facility_listings (
    site_id         TEXT NOT NULL,
    name            TEXT NOT NULL,
    field_office    TEXT,
    address         TEXT,
    city            TEXT,
    state           TEXT,
    zip             TEXT,
    jurisdiction_id TEXT,
    first_listed    DATE NOT NULL,
    last_listed     DATE NOT NULL,
    run_id          TEXT,
    PRIMARY KEY (site_id, name)
);

ALTER TABLE facilities ADD COLUMN site_id TEXT;          -- address and ZIP: a renamed facility keeps it
ALTER TABLE facilities ADD COLUMN male_female TEXT;
ALTER TABLE facilities ADD COLUMN fiscal_year INTEGER;

-- Facilities as the newest edition lists them, with their county.
CREATE VIEW v_facilities_current AS
SELECT f.facility_id, f.name, f.type, f.operator, f.address, f.city, f.state, f.zip, f.aor,
       f.average_daily_population, f.guaranteed_minimum, f.last_inspection, f.jurisdiction_id,
       j.name AS county, f.valid_from AS listed_since, f.fiscal_year
FROM facilities f
LEFT JOIN jurisdictions j USING (jurisdiction_id)
WHERE f.valid_to IS NULL;
