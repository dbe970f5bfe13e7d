-- Moodle exchange (issue 19): a question's Moodle id number, and banks
-- nested as Moodle's categories ($CATEGORY: …/Ôn tập/Chương 1). A sub-bank
-- is named "Cha / Con" and goes with its parent.
ALTER TABLE quiz_questions ADD COLUMN idnumber TEXT NOT NULL DEFAULT '';
ALTER TABLE quiz_banks ADD COLUMN parent_id INTEGER REFERENCES quiz_banks(id) ON DELETE CASCADE;
CREATE INDEX quiz_banks_parent ON quiz_banks(parent_id);
