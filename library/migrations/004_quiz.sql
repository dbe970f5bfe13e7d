-- 004: question banks, questions linked to passages, profiles, attempts,
-- spaced review. Times are UTC RFC 3339 text; JSON columns hold what is
-- read whole and never queried inside.

CREATE TABLE quiz_banks (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    description   TEXT NOT NULL DEFAULT '',
    document_id   INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    collection_id INTEGER REFERENCES collections(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE quiz_questions (
    id           INTEGER PRIMARY KEY,
    bank_id      INTEGER NOT NULL REFERENCES quiz_banks(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,              -- order within the bank
    type         TEXT    NOT NULL,              -- single, multi, truefalse, cloze, short
    name         TEXT    NOT NULL DEFAULT '',   -- short title (GIFT ::name::), may be empty
    stem         TEXT    NOT NULL,              -- cloze blanks as {1}, {2}
    options      TEXT    NOT NULL DEFAULT '[]', -- JSON [{text, correct, feedback}]
    blanks       TEXT    NOT NULL DEFAULT '[]', -- JSON [[accepted answers]] per blank
    fold         INTEGER NOT NULL DEFAULT 0,    -- accept answers without diacritics
    explanation  TEXT    NOT NULL DEFAULT '',
    difficulty   INTEGER NOT NULL DEFAULT 0,    -- 0 unset, 1 dễ, 2 vừa, 3 khó
    document_id  INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    page_no      INTEGER NOT NULL DEFAULT 0,
    start_offset INTEGER NOT NULL DEFAULT 0,    -- runes into the page text
    end_offset   INTEGER NOT NULL DEFAULT 0,
    quote        TEXT    NOT NULL DEFAULT '',   -- the passage, to find it again
    folded       TEXT    NOT NULL DEFAULT '',   -- stem, options, answers, tags folded: for search
    content_hash TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    UNIQUE (bank_id, content_hash)
);
CREATE INDEX quiz_questions_bank ON quiz_questions(bank_id, ordinal);
CREATE INDEX quiz_questions_document ON quiz_questions(document_id);

CREATE TABLE quiz_tags (
    question_id INTEGER NOT NULL REFERENCES quiz_questions(id) ON DELETE CASCADE,
    tag         TEXT    NOT NULL,
    PRIMARY KEY (question_id, tag)
) WITHOUT ROWID;
CREATE INDEX quiz_tags_tag ON quiz_tags(tag);

CREATE TABLE profiles (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- An attempt is a self-check, an exam or a review session. Its questions
-- and their option order are fixed when it starts, so an exam resumes
-- exactly as it was.
CREATE TABLE quiz_attempts (
    id          INTEGER PRIMARY KEY,
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    mode        TEXT    NOT NULL,              -- self, exam
    title       TEXT    NOT NULL DEFAULT '',
    bank_id     INTEGER REFERENCES quiz_banks(id) ON DELETE SET NULL,
    plan        TEXT    NOT NULL,              -- JSON: question ids and option orders
    time_limit  INTEGER NOT NULL DEFAULT 0,    -- seconds, 0 = none
    pass_mark   REAL    NOT NULL DEFAULT 0,    -- share of the maximum, 0..1
    started_at  TEXT    NOT NULL,
    finished_at TEXT    NOT NULL DEFAULT '',
    score       REAL    NOT NULL DEFAULT 0,
    max_score   REAL    NOT NULL DEFAULT 0
);
CREATE INDEX quiz_attempts_profile ON quiz_attempts(profile_id, started_at);

CREATE TABLE quiz_responses (
    attempt_id  INTEGER NOT NULL REFERENCES quiz_attempts(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    question_id INTEGER REFERENCES quiz_questions(id) ON DELETE SET NULL,
    response    TEXT    NOT NULL,              -- JSON Response
    score       REAL    NOT NULL,
    answered_at TEXT    NOT NULL,
    PRIMARY KEY (attempt_id, position)
) WITHOUT ROWID;
CREATE INDEX quiz_responses_question ON quiz_responses(question_id);

-- FSRS memory state of each question a profile has answered.
CREATE TABLE review_cards (
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES quiz_questions(id) ON DELETE CASCADE,
    stability   REAL    NOT NULL,
    difficulty  REAL    NOT NULL,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL,
    last_review TEXT    NOT NULL,
    due         TEXT    NOT NULL,
    PRIMARY KEY (profile_id, question_id)
) WITHOUT ROWID;
CREATE INDEX review_cards_due ON review_cards(profile_id, due);

CREATE TABLE review_log (
    id          INTEGER PRIMARY KEY,
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES quiz_questions(id) ON DELETE CASCADE,
    rating      INTEGER NOT NULL,              -- 1 again, 2 hard, 3 good, 4 easy
    reviewed_at TEXT    NOT NULL,
    day         TEXT    NOT NULL               -- local date, for streaks
);
CREATE INDEX review_log_profile ON review_log(profile_id, day);
