-- 013 (issue 20): study plans and results sent back to the trainer.
--
-- A study plan is a schedule of documents and a closing quiz. It comes in
-- a study pack (its id is the pack's) or is made by hand ("tay-…").
-- Dates are local calendar days, YYYY-MM-DD.
CREATE TABLE study_plans (
    id             TEXT    PRIMARY KEY,
    title          TEXT    NOT NULL,
    unit           TEXT    NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1,
    quiz_bank_id   INTEGER REFERENCES quiz_banks(id) ON DELETE SET NULL,
    quiz_opens     TEXT    NOT NULL DEFAULT '',
    quiz_due       TEXT    NOT NULL DEFAULT '',
    quiz_questions INTEGER NOT NULL DEFAULT 0,
    quiz_pass      INTEGER NOT NULL DEFAULT 0,    -- percent needed to pass, 0 = none
    created_at     TEXT    NOT NULL
);

CREATE TABLE study_plan_steps (
    plan_id     TEXT    NOT NULL REFERENCES study_plans(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    starts      TEXT    NOT NULL,
    due         TEXT    NOT NULL,
    PRIMARY KEY (plan_id, ordinal)
) WITHOUT ROWID;

-- Results a learner sent back (Nộp kết quả), as the trainer imported
-- them. A later file of the same person, chi bộ and plan replaces the
-- earlier one. Questions are known by their content hash, so the
-- trainer's own bank names them; the file's stem is kept for questions
-- the trainer's library does not hold.
CREATE TABLE result_submissions (
    id           INTEGER PRIMARY KEY,
    person       TEXT    NOT NULL,
    branch       TEXT    NOT NULL DEFAULT '',
    plan_id      TEXT    NOT NULL DEFAULT '',
    plan_title   TEXT    NOT NULL DEFAULT '',
    made_at      TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL,
    signed       INTEGER NOT NULL DEFAULT 0,
    verified     INTEGER NOT NULL DEFAULT 0,
    file_hash    TEXT    NOT NULL UNIQUE,
    UNIQUE (person, branch, plan_id)
);

CREATE TABLE result_attempts (
    submission_id INTEGER NOT NULL REFERENCES result_submissions(id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    title         TEXT    NOT NULL DEFAULT '',
    mode          TEXT    NOT NULL,
    bank          TEXT    NOT NULL DEFAULT '',
    started_at    TEXT    NOT NULL,
    finished_at   TEXT    NOT NULL,
    score         REAL    NOT NULL,
    max_score     REAL    NOT NULL,
    PRIMARY KEY (submission_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE result_responses (
    submission_id INTEGER NOT NULL REFERENCES result_submissions(id) ON DELETE CASCADE,
    attempt       INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    question_hash TEXT    NOT NULL,
    stem          TEXT    NOT NULL DEFAULT '',
    score         REAL    NOT NULL,
    max_score     REAL    NOT NULL,
    choices       TEXT    NOT NULL DEFAULT '[]', -- JSON: option indices chosen
    PRIMARY KEY (submission_id, attempt, position)
) WITHOUT ROWID;
CREATE INDEX result_responses_question ON result_responses(question_hash);

-- Study packs this library made (sent = 1) or took in (sent = 0), by the
-- pack's id: a newer version updates what an older one brought; an
-- older one is refused; a plan exported again gets the next version.
CREATE TABLE packs (
    id      TEXT    NOT NULL,
    sent    INTEGER NOT NULL,
    version INTEGER NOT NULL,
    title   TEXT    NOT NULL DEFAULT '',
    unit    TEXT    NOT NULL DEFAULT '',
    at      TEXT    NOT NULL,
    PRIMARY KEY (id, sent)
) WITHOUT ROWID;

-- Which document each entry of a pack taken in became.
CREATE TABLE pack_documents (
    pack_id     TEXT    NOT NULL,
    file        TEXT    NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (pack_id, file)
) WITHOUT ROWID;
