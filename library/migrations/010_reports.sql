-- 010: bản thu hoạch. A saved draft of a document's learning report (the
-- text the user edited); without one, the report is generated from the
-- document's highlights and notes.
CREATE TABLE reports (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
