-- 003: what import reads from a document besides its text, and how it got it.
ALTER TABLE documents ADD COLUMN place       TEXT NOT NULL DEFAULT '';  -- địa danh: Tây Giang
ALTER TABLE documents ADD COLUMN signer      TEXT NOT NULL DEFAULT '';  -- người ký
ALTER TABLE documents ADD COLUMN signer_role TEXT NOT NULL DEFAULT '';  -- T/M Quận ủy, Bí thư
ALTER TABLE documents ADD COLUMN subject     TEXT NOT NULL DEFAULT '';  -- trích yếu: về …
ALTER TABLE documents ADD COLUMN method      TEXT NOT NULL DEFAULT '';  -- pdf, pdf-repaired, pdftotext, ocr, docx, html, text
ALTER TABLE documents ADD COLUMN warnings    TEXT NOT NULL DEFAULT '';  -- space-separated codes: legacy-tcvn3 nfd …
ALTER TABLE documents ADD COLUMN original    TEXT NOT NULL DEFAULT '';  -- copy of the file, relative to the library's folder
