-- What each run saw of each source it crawled: the ground of `icewatch sources status` and
-- of the maintainers' source.broken / source.stale alerts.
CREATE TABLE source_checks (
    source_id       TEXT NOT NULL,
    run_id          TEXT NOT NULL,
    checked_at      TIMESTAMPTZ NOT NULL,
    outcome         TEXT NOT NULL,          -- ok | failed | robots (robots.txt disallows us)
    error           TEXT,
    documents_new   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source_id, run_id)
);
