-- 009: citations between documents. A document's number folded for
-- matching (08-NQ/QU → 8-nq/qu, prefix 8-nq), and every reference to a
-- document found in a text, resolved into relations when the cited
-- document is (or later comes) in the library.
ALTER TABLE documents ADD COLUMN number_key    TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN number_prefix TEXT NOT NULL DEFAULT '';
CREATE INDEX documents_number_key ON documents(number_key) WHERE number_key <> '';
CREATE INDEX documents_number_prefix ON documents(number_prefix) WHERE number_prefix <> '';

CREATE TABLE citations (
    from_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind      TEXT    NOT NULL,              -- the relation it makes (relations.kind)
    number    TEXT    NOT NULL DEFAULT '',   -- folded full number, '' for "NQ 08"
    prefix    TEXT    NOT NULL DEFAULT '',   -- folded number before the issuer part
    issued_on TEXT    NOT NULL DEFAULT '',   -- the date cited, if any
    issuer    TEXT    NOT NULL DEFAULT '',   -- "Ban Thường vụ Quận ủy", if cited
    phrase    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX citations_from ON citations(from_id);
CREATE INDEX citations_number ON citations(number);
CREATE INDEX citations_prefix ON citations(prefix);
