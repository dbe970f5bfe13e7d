-- 008: Thùng rác. A document moved to the trash keeps its text, notes and
-- relations but leaves the list, the search index and the notes view
-- until it is restored or the trash is emptied.
ALTER TABLE documents ADD COLUMN trashed_at TEXT NOT NULL DEFAULT ''; -- UTC RFC 3339; '' in the library
CREATE INDEX documents_trashed ON documents(trashed_at) WHERE trashed_at <> '';
