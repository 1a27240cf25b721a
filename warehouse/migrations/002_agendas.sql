-- Agenda crawls: incremental state per source, meeting listing state, item provenance,
-- and which meeting or item a fetched document belongs to.

ALTER TABLE sources ADD COLUMN last_ok_at TIMESTAMPTZ;   -- start of the last run that crawled it without failure

ALTER TABLE meetings ADD COLUMN time_known BOOLEAN;       -- false: the portal gave a date only
ALTER TABLE meetings ADD COLUMN last_modified TEXT;       -- the portal's own stamp, when it has one
ALTER TABLE meetings ADD COLUMN listed BOOLEAN DEFAULT TRUE;   -- false once a listing no longer shows it
ALTER TABLE meetings ADD COLUMN delisted_at TIMESTAMPTZ;

ALTER TABLE agenda_items ADD COLUMN source_id TEXT;
ALTER TABLE agenda_items ADD COLUMN matter TEXT;           -- file / matter number
ALTER TABLE agenda_items ADD COLUMN first_seen_run TEXT;
ALTER TABLE agenda_items ADD COLUMN last_seen_run TEXT;

ALTER TABLE document_fetches ADD COLUMN meeting_id TEXT;
ALTER TABLE document_fetches ADD COLUMN item_id TEXT;
