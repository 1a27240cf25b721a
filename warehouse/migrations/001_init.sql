-- icewatch warehouse, version 1.
-- Conventions: ids are text derived from content (stable across re-runs); dates are DATE,
-- instants TIMESTAMPTZ; history tables carry valid_from / valid_to (NULL = current).

CREATE TABLE runs (
    run_id          TEXT PRIMARY KEY,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    status          TEXT NOT NULL,          -- running | completed | failed | partial
    mode            TEXT NOT NULL,          -- live | replay | demo
    sources_ok      INTEGER DEFAULT 0,
    sources_failed  INTEGER DEFAULT 0,
    documents_new   INTEGER DEFAULT 0,
    alerts_new      INTEGER DEFAULT 0,
    summary         JSON
);

CREATE TABLE jurisdictions (
    jurisdiction_id TEXT PRIMARY KEY,       -- Open Civic Data division id
    name            TEXT NOT NULL,
    kind            TEXT,                   -- country | state | county | place
    state           TEXT,                   -- two-letter code
    fips            TEXT,
    parent_id       TEXT
);

CREATE TABLE sources (
    source_id       TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,          -- ice | agenda
    platform        TEXT NOT NULL,
    jurisdiction_id TEXT,
    body            TEXT,
    url             TEXT NOT NULL,
    updated_at      TIMESTAMPTZ
);

CREATE TABLE documents (
    sha256          TEXT PRIMARY KEY,
    path            TEXT NOT NULL,          -- relative to the documents folder
    content_type    TEXT,
    size            BIGINT,
    first_url       TEXT,
    first_seen_run  TEXT,
    first_seen_at   TIMESTAMPTZ
);

-- Every time a source served a document: the same file can be linked from many places.
CREATE TABLE document_fetches (
    run_id          TEXT NOT NULL,
    source_id       TEXT NOT NULL,
    url             TEXT NOT NULL,
    sha256          TEXT NOT NULL,
    role            TEXT,
    fetched_at      TIMESTAMPTZ,
    last_modified   TEXT,
    PRIMARY KEY (run_id, source_id, url)
);

CREATE TABLE meetings (
    meeting_id      TEXT PRIMARY KEY,
    source_id       TEXT NOT NULL,
    jurisdiction_id TEXT,
    body            TEXT,
    title           TEXT,
    start_at        TIMESTAMPTZ,
    location        TEXT,
    status          TEXT,                   -- tentative | confirmed | cancelled | rescheduled | passed
    url             TEXT,
    agenda_url      TEXT,
    packet_url      TEXT,
    minutes_url     TEXT,
    first_seen_run  TEXT,
    last_seen_run   TEXT
);

CREATE TABLE meeting_status_history (
    meeting_id      TEXT NOT NULL,
    status          TEXT NOT NULL,
    valid_from      TIMESTAMPTZ NOT NULL,
    valid_to        TIMESTAMPTZ,
    run_id          TEXT,
    PRIMARY KEY (meeting_id, valid_from)
);

CREATE TABLE agenda_items (
    item_id         TEXT PRIMARY KEY,
    meeting_id      TEXT NOT NULL,
    number          TEXT,
    title           TEXT,
    text            TEXT,
    links           JSON
);

CREATE TABLE mentions (
    mention_id      TEXT PRIMARY KEY,
    document_sha256 TEXT,
    item_id         TEXT,
    kind            TEXT NOT NULL,
    confidence      DOUBLE,
    page            INTEGER,
    quote           TEXT,
    run_id          TEXT
);

CREATE TABLE contracts (
    contract_id     TEXT PRIMARY KEY,
    jurisdiction_id TEXT,
    kind            TEXT NOT NULL,          -- 287g | igsa | usms_iga | digsa | data_sharing | ...
    counterparty    TEXT,
    contract_number TEXT,
    start_date      DATE,
    end_date        DATE,
    expiry_date     DATE,
    expiry_basis    TEXT,                   -- stated | computed | auto_renewal | open_ended
    amount          DECIMAL(18, 2),
    per_diem        DECIMAL(10, 2),
    beds            INTEGER,
    first_seen_run  TEXT,
    last_seen_run   TEXT
);

CREATE TABLE contract_events (
    event_id        TEXT PRIMARY KEY,
    contract_id     TEXT NOT NULL,
    action          TEXT NOT NULL,          -- approve | renew | extend | amend | terminate | discuss
    event_date      DATE,
    document_sha256 TEXT,
    page            INTEGER,
    quote           TEXT,
    run_id          TEXT
);

-- ICE's 287(g) lists, one row per version of an agreement.
CREATE TABLE agreements_287g (
    agreement_id    TEXT NOT NULL,
    list            TEXT NOT NULL,          -- participating | pending
    match_key       TEXT NOT NULL,          -- state | folded agency | model, as last seen
    state           TEXT,
    state_raw       TEXT,
    agency          TEXT NOT NULL,
    agency_type     TEXT,
    county          TEXT,
    support_model   TEXT,
    support_raw     TEXT,
    signed          DATE,
    moa_url         TEXT,
    addendum_url    TEXT,
    jurisdiction_id TEXT,
    valid_from      DATE NOT NULL,
    valid_to        DATE,
    document_sha256 TEXT NOT NULL,
    run_id          TEXT,
    PRIMARY KEY (agreement_id, list, valid_from)
);

-- Which list editions are loaded: loading an edition twice, or one older than the newest
-- loaded, changes nothing.
CREATE TABLE snapshots_287g (
    list            TEXT NOT NULL,
    snapshot_date   DATE NOT NULL,
    document_sha256 TEXT NOT NULL,
    file_name       TEXT,
    row_count       INTEGER NOT NULL,
    run_id          TEXT,
    loaded_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (list, document_sha256)
);

CREATE TABLE facilities (
    facility_id     TEXT NOT NULL,
    name            TEXT NOT NULL,
    address         TEXT,
    city            TEXT,
    state           TEXT,
    zip             TEXT,
    aor             TEXT,
    type            TEXT,                   -- IGSA | DIGSA | USMS IGA | CDF | SPC | ...
    operator        TEXT,
    average_daily_population DOUBLE,
    guaranteed_minimum INTEGER,
    last_inspection DATE,
    jurisdiction_id TEXT,
    valid_from      DATE NOT NULL,
    valid_to        DATE,
    document_sha256 TEXT,
    run_id          TEXT,
    PRIMARY KEY (facility_id, valid_from)
);

CREATE TABLE alerts (
    alert_id        TEXT PRIMARY KEY,       -- hash of kind, subject and event: re-runs never duplicate
    kind            TEXT NOT NULL,
    subject_id      TEXT NOT NULL,
    title           TEXT NOT NULL,
    summary         TEXT NOT NULL,
    event_date      DATE,
    action_date     DATE,
    jurisdiction_id TEXT,
    state           TEXT,
    source_url      TEXT,
    evidence_url    TEXT,
    data            JSON,
    run_id          TEXT,
    created_at      TIMESTAMPTZ NOT NULL
);

CREATE INDEX alerts_kind ON alerts (kind);
CREATE INDEX alerts_event_date ON alerts (event_date);
