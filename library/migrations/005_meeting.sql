-- Sinh hoạt chi bộ: live quiz sessions for branch meetings (library/meeting).

-- A chi bộ's member list, kept between meetings for attendance.
CREATE TABLE branch_members (
    id      INTEGER PRIMARY KEY,
    branch  TEXT NOT NULL DEFAULT '',   -- the chi bộ's name
    name    TEXT NOT NULL,
    team    TEXT NOT NULL DEFAULT '',   -- tổ đảng
    UNIQUE (branch, name)
);

CREATE TABLE meeting_sessions (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL,
    held_on     TEXT    NOT NULL,              -- YYYY-MM-DD
    branch      TEXT    NOT NULL DEFAULT '',
    bank_id     INTEGER REFERENCES quiz_banks(id) ON DELETE SET NULL,
    settings    TEXT    NOT NULL,              -- JSON: seconds, teams, scoring
    questions   TEXT    NOT NULL,              -- JSON: the questions as run (a snapshot)
    code        TEXT    NOT NULL,              -- the 6-digit join code
    phase       TEXT    NOT NULL DEFAULT 'lobby',
    current     INTEGER NOT NULL DEFAULT -1,   -- index of the question on screen
    created_at  TEXT    NOT NULL,
    ended_at    TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE meeting_members (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES meeting_sessions(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    team        TEXT    NOT NULL DEFAULT '',
    token_hash  TEXT    NOT NULL DEFAULT '',   -- SHA-256 of the phone's token; '' without a phone
    present     INTEGER NOT NULL DEFAULT 1,
    absence     TEXT    NOT NULL DEFAULT '',   -- reason, when absent
    joined_at   TEXT    NOT NULL,
    UNIQUE (session_id, name)
);
CREATE INDEX meeting_members_token ON meeting_members(token_hash);

CREATE TABLE meeting_answers (
    session_id  INTEGER NOT NULL REFERENCES meeting_sessions(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES meeting_members(id) ON DELETE CASCADE,
    question    INTEGER NOT NULL,              -- index in the session
    choices     TEXT    NOT NULL,              -- JSON list of option numbers
    correct     INTEGER NOT NULL,
    points      INTEGER NOT NULL,
    elapsed_ms  INTEGER NOT NULL,              -- from the question opening
    answered_at TEXT    NOT NULL,
    PRIMARY KEY (session_id, member_id, question)
) WITHOUT ROWID;

-- Show of hands: counts per option, or a team's answer, entered by the trainer.
CREATE TABLE meeting_hands (
    session_id  INTEGER NOT NULL REFERENCES meeting_sessions(id) ON DELETE CASCADE,
    question    INTEGER NOT NULL,
    counts      TEXT    NOT NULL DEFAULT '[]', -- JSON: raised hands per option
    PRIMARY KEY (session_id, question)
) WITHOUT ROWID;
