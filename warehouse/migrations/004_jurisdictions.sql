-- Jurisdictions: the gazetteer, agencies matched to it, and the views people query.

ALTER TABLE jurisdictions ADD COLUMN lsad TEXT;            -- County, Parish, city, borough…
ALTER TABLE jurisdictions ADD COLUMN source TEXT;          -- us-states | census-counties-2020 | census-gazetteer-places | derived
ALTER TABLE jurisdictions ADD COLUMN aliases TEXT[];       -- former names (Wade Hampton → Kusilvak)

-- How each 287(g) agency name was matched (agreements keep their jurisdiction_id column).
ALTER TABLE agreements_287g ADD COLUMN agency_kind TEXT;   -- sheriff | police | corrections | state_agency | council | board | constable | other
ALTER TABLE agreements_287g ADD COLUMN county_id TEXT;     -- the county the agency sits in, when known
ALTER TABLE agreements_287g ADD COLUMN match_method TEXT;  -- exact | fuzzy | county_column | state | derived | unmatched
ALTER TABLE agreements_287g ADD COLUMN match_score DOUBLE; -- 100 exact … 50 derived from the name, 0 unmatched
ALTER TABLE agreements_287g ADD COLUMN match_note TEXT;

ALTER TABLE sources ADD COLUMN agency_kind TEXT;

-- A jurisdiction and everything under it: a county's places and townships, a state's all.
CREATE VIEW v_jurisdiction_tree AS
SELECT j.jurisdiction_id AS root_id, j.jurisdiction_id
FROM jurisdictions j
UNION
SELECT c.parent_id, c.jurisdiction_id
FROM jurisdictions c
WHERE c.kind IN ('place', 'township') AND c.parent_id IS NOT NULL
UNION
SELECT s.jurisdiction_id, c.jurisdiction_id
FROM jurisdictions s
JOIN jurisdictions c ON c.state = s.state AND c.kind <> 'state'
WHERE s.kind = 'state';

-- 287(g) agreements as ICE lists them today (the open version of each agreement).
CREATE VIEW v_287g_current AS
SELECT a.agreement_id, a.list, a.state, a.agency, a.agency_kind, a.support_model, a.signed,
       a.county, a.jurisdiction_id, j.name AS jurisdiction, a.county_id,
       a.match_method, a.moa_url, a.addendum_url, a.valid_from AS listed_since
FROM agreements_287g a
LEFT JOIN jurisdictions j USING (jurisdiction_id)
WHERE a.valid_to IS NULL;

-- Contracts with an expiry date that have not been terminated, soonest first.
CREATE VIEW v_expiring_contracts AS
SELECT c.contract_id, c.expiry_date, c.expiry_date - current_date AS days_left, c.expiry_basis,
       c.kind, c.counterparty, c.contract_number, c.jurisdiction_id, j.name AS jurisdiction,
       coalesce(j.state, upper(regexp_extract(c.jurisdiction_id, '/(?:state|territory):([a-z]{2})', 1)))
           AS state,
       c.start_date, c.end_date, c.amount, c.per_diem, c.beds, c.status, c.action_date,
       c.source_id
FROM contracts c
LEFT JOIN jurisdictions j USING (jurisdiction_id)
WHERE c.expiry_date IS NOT NULL AND coalesce(c.status, 'active') <> 'terminated';

-- Meetings from today on with agenda items or documents that mention ICE collaboration.
CREATE VIEW v_upcoming_collaboration_items AS
SELECT m.meeting_id, m.start_at, m.body, m.title AS meeting, m.status, m.jurisdiction_id,
       i.number AS item_number, i.title AS item, list(DISTINCT n.kind ORDER BY n.kind) AS kinds,
       min(n.quote) AS quote, coalesce(m.agenda_url, m.url) AS url
FROM meetings m
JOIN mentions n ON n.meeting_id = m.meeting_id
LEFT JOIN agenda_items i ON i.item_id = n.item_id
WHERE m.start_at >= current_date AND coalesce(m.status, '') <> 'cancelled'
GROUP BY ALL;

-- Everything known about a place, one row per event; query it through v_jurisdiction_tree to
-- see a county together with its towns.
CREATE VIEW v_jurisdiction_timeline AS
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

-- 287(g) agency names that matched no jurisdiction, with the reason.
CREATE VIEW v_unmatched_agencies AS
SELECT state, agency, county, agency_type, match_note, min(valid_from) AS first_listed,
       max(coalesce(valid_to, DATE '9999-12-31')) = DATE '9999-12-31' AS still_listed
FROM agreements_287g
WHERE match_method = 'unmatched'
GROUP BY ALL;
