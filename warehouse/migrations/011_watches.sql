-- Keyword watches: the text of every page of every document read, so that a watch added later
-- finds its matches without reading any document again; and how far each watch has read.

CREATE TABLE document_pages (
    sha256          TEXT NOT NULL,
    page            INTEGER NOT NULL,       -- 1-based
    -- as extraction read it (text layer, layout or OCR). ZSTD: DuckDB leaves long strings
    -- uncompressed otherwise; the corpus's real pages take a quarter of the room with it
    text            TEXT NOT NULL USING COMPRESSION zstd,
    loaded_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (sha256, page)
);

-- Documents read before this version have no pages: they are read again at their next crawl.
ALTER TABLE document_extractions ADD COLUMN pages_stored BOOLEAN;

-- How far each watch has read: the newest load stamp of each table it read (items changed,
-- pages loaded, alerts created); the next reading starts after them.
CREATE TABLE watch_scans (
    watch           TEXT PRIMARY KEY,       -- its name
    fingerprint     TEXT NOT NULL,          -- of its terms and scope: a changed watch reads all again
    items_through   TIMESTAMPTZ,
    pages_through   TIMESTAMPTZ,
    alerts_through  TIMESTAMPTZ,
    scanned_at      TIMESTAMPTZ NOT NULL
);

-- When an agenda item's title or text last changed (its load): watches read items changed since.
ALTER TABLE agenda_items ADD COLUMN changed_at TIMESTAMPTZ;
