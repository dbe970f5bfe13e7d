-- 002: the full-text index.
--
-- Three contentless FTS5 tables (content=''): the text lives once, in
-- pages; the index keeps only tokens and positions. rowid = documents.id.
--   search         the whole document (title, number and text) folded:
--                  lower case, no marks, đ → d. Every query matches here.
--   search_marked  the same with its marks, each syllable's tone moved to
--                  a trailing digit and shape marks written as digits
--                  (viet.ToneKey: "Hoà" and "hòa" are both "hoa2", "Đảng"
--                  is "d9ang3"), to find the exact marked form and rank it
--                  first. Apart from search so that a word written the same
--                  both ways ("kinh", "an") does not make either list longer.
--   search_title   title and number, folded and marked: small, so ranking
--                  the documents whose title holds the query, and sampling
--                  how titles write a phrase, cost little.
-- The Go code fills them (library/index.go); the tokenizer only splits on
-- what is not a letter or digit. contentless_delete lets a document's rows
-- be deleted or replaced.
CREATE VIRTUAL TABLE search USING fts5(
    body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE search_marked USING fts5(
    mbody,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
-- Flush the in-memory index every 64 MB instead of every 1 MB: fewer, larger
-- segments to merge while importing.
INSERT INTO search (search, rank) VALUES ('hashsize', 67108864);
INSERT INTO search_marked (search_marked, rank) VALUES ('hashsize', 67108864);

CREATE VIRTUAL TABLE search_title USING fts5(
    title, mtitle,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Small facts about the library file, such as which version of the folding
-- rules built the index.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
