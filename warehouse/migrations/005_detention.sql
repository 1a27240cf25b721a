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

-- A facility's timeline entry says how many people ICE held there.
CREATE OR REPLACE VIEW v_jurisdiction_timeline AS
SELECT a.jurisdiction_id, a.valid_from AS date, '287g' AS category,
       a.agency || ': ' || coalesce(a.support_model, '287(g)') || ' agreement, ' ||
           CASE a.list WHEN 'pending' THEN 'pending' ELSE 'participating' END ||
           coalesce(', signed ' || strftime(a.signed, '%Y-%m-%d'), '') ||
           coalesce(' (listed until ' || strftime(a.valid_to, '%Y-%m-%d') || ')', '') AS what,
       NULL::DATE AS until, coalesce(a.moa_url, a.addendum_url) AS url, a.agreement_id AS ref
FROM agreements_287g a
WHERE a.jurisdiction_id IS NOT NULL
UNION ALL
SELECT f.jurisdiction_id, f.valid_from, 'facility',
       f.name || coalesce(' (' || f.type || ')', '') || coalesce(', ' || f.operator, '') ||
           coalesce(', ' || round(f.average_daily_population)::INTEGER || ' held a day', '') ||
           coalesce(', guaranteed minimum ' || f.guaranteed_minimum, ''),
       f.valid_to, NULL, f.facility_id
FROM facilities f
WHERE f.jurisdiction_id IS NOT NULL
UNION ALL
SELECT c.jurisdiction_id, coalesce(c.action_date, c.start_date), 'contract',
       upper(c.kind) || coalesce(' with ' || c.counterparty, '') ||
           coalesce(' no. ' || c.contract_number, '') || coalesce(', ' || c.status, '') ||
           coalesce(', expires ' || strftime(c.expiry_date, '%Y-%m-%d') || ' (' || c.expiry_basis || ')', '') ||
           coalesce(', $' || c.per_diem || ' a day', '') ||
           CASE WHEN c.source_id IN ('usaspending', 'uwchr-facility-list') THEN ' [' || c.source_id || ']' ELSE '' END,
       c.expiry_date, NULL, c.contract_id
FROM contracts c
WHERE c.jurisdiction_id IS NOT NULL
UNION ALL
SELECT m.jurisdiction_id, CAST(m.start_at AS DATE), 'meeting',
       m.body || ': ' || coalesce(m.title, 'meeting') || ' — ' || k.kinds ||
           coalesce(' [' || m.status || ']', ''),
       NULL, coalesce(m.agenda_url, m.url), m.meeting_id
FROM meetings m
JOIN (SELECT meeting_id, string_agg(DISTINCT kind, ', ' ORDER BY kind) AS kinds
      FROM mentions WHERE meeting_id IS NOT NULL GROUP BY meeting_id) k USING (meeting_id)
WHERE m.jurisdiction_id IS NOT NULL
UNION ALL
SELECT al.jurisdiction_id, al.event_date, 'alert', al.kind || ': ' || al.title, al.action_date,
       coalesce(al.evidence_url, al.source_url), al.alert_id
FROM alerts al
WHERE al.jurisdiction_id IS NOT NULL;
