-- 006: pictures in questions (a formula, a diagram, an option that is a
-- picture), kept from Word question banks. PNG or JPEG only: the importer
-- converts GIF, BMP, TIFF, WMF and EMF.

CREATE TABLE quiz_images (
    question_id INTEGER NOT NULL REFERENCES quiz_questions(id) ON DELETE CASCADE,
    part        INTEGER NOT NULL, -- 0 the stem, k+1 option k
    seq         INTEGER NOT NULL, -- order within the part
    data        BLOB    NOT NULL,
    PRIMARY KEY (question_id, part, seq)
);
