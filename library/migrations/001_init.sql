-- 001: documents, their text by page, their outline, tags and collections.
-- Dates are ISO 8601 text ('2025-03-12'); '' means unknown.

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL,
    kind         TEXT    NOT NULL DEFAULT '',  -- Nghị quyết, Chỉ thị, Hướng dẫn, ...
    number       TEXT    NOT NULL DEFAULT '',  -- số hiệu: 15-NQ/QU
    issuer       TEXT    NOT NULL DEFAULT '',  -- cơ quan ban hành
    issued_on    TEXT    NOT NULL DEFAULT '',  -- ngày ban hành, YYYY-MM-DD
    source_path  TEXT    NOT NULL DEFAULT '',  -- where it was imported from
    format       TEXT    NOT NULL DEFAULT '',  -- txt, md, pdf, docx, html, sample
    content_hash TEXT    NOT NULL,             -- sha256 of the stored NFC text
    imported_at  TEXT    NOT NULL,             -- UTC, RFC 3339
    page_count   INTEGER NOT NULL DEFAULT 1,
    char_count   INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX documents_content_hash ON documents(content_hash);

-- The text of a document, one row per page (one page for plain text), NFC.
CREATE TABLE pages (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page_no     INTEGER NOT NULL,              -- from 1
    text        TEXT    NOT NULL,
    UNIQUE (document_id, page_no)
);

-- Headings (Phần, Chương, Mục, Điều, I., 1., a)) as a tree, with offsets in
-- runes into the page text so the reader can jump to them.
CREATE TABLE sections (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent_id    INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,             -- order within the document
    level        INTEGER NOT NULL,
    label        TEXT    NOT NULL DEFAULT '',  -- "Điều 5.", "II.", "a)"
    heading      TEXT    NOT NULL DEFAULT '',
    page_no      INTEGER NOT NULL DEFAULT 1,
    start_offset INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sections_document ON sections(document_id, ordinal);

CREATE TABLE tags (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    tag         TEXT    NOT NULL,
    PRIMARY KEY (document_id, tag)
) WITHOUT ROWID;
CREATE INDEX tags_tag ON tags(tag);

CREATE TABLE collections (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE collection_documents (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (collection_id, document_id)
) WITHOUT ROWID;
