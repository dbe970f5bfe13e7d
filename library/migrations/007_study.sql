-- 007: studying a document: where the reader is, its validity, marks
-- (highlights, notes, bookmarks) and relations between documents.
ALTER TABLE documents ADD COLUMN read_offset  INTEGER NOT NULL DEFAULT 0; -- global rune offset at the top of the reader
ALTER TABLE documents ADD COLUMN read_percent INTEGER NOT NULL DEFAULT 0; -- 0..100, the furthest read
ALTER TABLE documents ADD COLUMN validity     TEXT    NOT NULL DEFAULT ''; -- '', con-hieu-luc, het-hieu-luc, bi-thay-the

-- Marks on a document's text. Offsets are global runes (the pages joined
-- by form feeds, as `sotayctl show --text` prints them); the quote and a
-- little context on either side re-anchor a mark when the text changes.
CREATE TABLE notes (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,              -- highlight, note, bookmark
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    quote        TEXT    NOT NULL DEFAULT '',
    before       TEXT    NOT NULL DEFAULT '',   -- up to 32 runes before the quote
    after        TEXT    NOT NULL DEFAULT '',   -- and after it
    color        TEXT    NOT NULL DEFAULT '',   -- yellow, green, blue, pink
    body         TEXT    NOT NULL DEFAULT '',   -- the note's words
    tags         TEXT    NOT NULL DEFAULT '',   -- space-separated
    folded       TEXT    NOT NULL DEFAULT '',   -- quote, body and tags folded: for search
    lost         INTEGER NOT NULL DEFAULT 0,    -- 1: the text changed and the place was not found
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);
CREATE INDEX notes_document ON notes(document_id, start_offset);

-- Documents that know each other: "from" replaces, amends, guides, is
-- based on or cites "to".
CREATE TABLE relations (
    from_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    to_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind     TEXT    NOT NULL,              -- thay-the, sua-doi, huong-dan, can-cu, trich-dan
    detected INTEGER NOT NULL DEFAULT 0,    -- 1: found in the text, 0: set by hand
    phrase   TEXT    NOT NULL DEFAULT '',   -- the words that cite it
    PRIMARY KEY (from_id, to_id, kind)
) WITHOUT ROWID;
CREATE INDEX relations_to ON relations(to_id);
