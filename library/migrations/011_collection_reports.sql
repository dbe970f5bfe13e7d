-- 011: bản thu hoạch on a collection (the documents of a course): a saved
-- draft per collection, as 010 keeps one per document.
CREATE TABLE collection_reports (
    collection_id INTEGER PRIMARY KEY REFERENCES collections(id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
