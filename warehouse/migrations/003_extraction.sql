-- Extraction: what was read from each document, mentions and contracts with their provenance.

-- One row per document read (or that could not be read), for the extractor version that read it.
CREATE TABLE document_extractions (
    sha256          TEXT PRIMARY KEY,
    extractor       TEXT NOT NULL,          -- version of the rules; a new one reads documents again
    page_count      INTEGER,
    pages_screened  INTEGER,
    pages_ocr       INTEGER,
    needs_ocr       INTEGER[],              -- pages without text that could not be OCR'd
    mentions        INTEGER,
    error           TEXT,                   -- the document could not be read: why
    warnings        JSON,
    run_id          TEXT,
    extracted_at    TIMESTAMPTZ
);

ALTER TABLE mentions ADD COLUMN source_id TEXT;
ALTER TABLE mentions ADD COLUMN meeting_id TEXT;

ALTER TABLE contracts ADD COLUMN source_id TEXT;
ALTER TABLE contracts ADD COLUMN status TEXT;            -- active | terminated
ALTER TABLE contracts ADD COLUMN action_date DATE;       -- date of the latest event

ALTER TABLE contract_events ADD COLUMN meeting_id TEXT;
ALTER TABLE contract_events ADD COLUMN item_id TEXT;
ALTER TABLE contract_events ADD COLUMN facts JSON;       -- what this document stated
