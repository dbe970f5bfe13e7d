package meeting

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"sotay/internal/sqlite"
	"sotay/library/quiz"
)

// Store keeps meeting sessions in the library file.
type Store struct {
	db   *sqlite.DB
	quiz *quiz.Store // where a finished session's answers go, for the bank's statistics
	now  func() time.Time
}

// NewStore is the meeting store of an open library database.
func NewStore(db *sqlite.DB, qs *quiz.Store) *Store { return &Store{db: db, quiz: qs, now: time.Now} }

// Summary is one saved session, for lists.
type Summary struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	HeldOn    string    `json:"held_on"`
	Branch    string    `json:"branch"`
	BankID    int64     `json:"bank"`
	Phase     Phase     `json:"phase"`
	Members   int       `json:"members"`
	Questions int       `json:"questions"`
	Created   time.Time `json:"created_at"`
}

// Setup is what a new session is made from.
type Setup struct {
	Title, HeldOn, Branch string
	BankID                int64
	Settings              Settings
	Questions             []*quiz.Question // live ones only (see Live)
}

// Record is a session as stored: what Open resumes and exports read.
type Record struct {
	Summary
	Code      string
	Settings  Settings
	Questions []*quiz.Question
	Current   int
	Members   []Member
	Answers   []Answer
	Hands     map[int][]int
}

// Member is one person in a session.
type Member struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Team     string `json:"team,omitempty"`
	Phone    bool   `json:"phone"`
	Present  bool   `json:"present"`
	Absence  string `json:"absence,omitempty"`
	token    string // hash of the phone's token
	joinedAt time.Time
}

// Answer is one member's answer to one question.
type Answer struct {
	Member   int64 `json:"member"`
	Question int   `json:"question"`
	Choices  []int `json:"choices"`
	Correct  bool  `json:"correct"`
	Points   int   `json:"points"`
	Elapsed  int64 `json:"elapsed_ms"`
	at       time.Time
}

// Create stores a new session in the lobby with a fresh 6-digit code.
func (s *Store) Create(ctx context.Context, su Setup) (int64, string, error) {
	if len(su.Questions) == 0 {
		return 0, "", ErrNoChoice
	}
	code, err := newCode()
	if err != nil {
		return 0, "", err
	}
	settings, _ := json.Marshal(su.Settings)
	qs, err := json.Marshal(snapshot(su.Questions))
	if err != nil {
		return 0, "", err
	}
	if su.HeldOn == "" {
		su.HeldOn = s.now().Format("2006-01-02")
	}
	var id int64
	err = s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO meeting_sessions (title, held_on, branch, bank_id, settings, questions, code, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, su.Title, su.HeldOn, su.Branch, nullID(su.BankID), string(settings), string(qs), code, stamp(s.now()))
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, code, sqlite.Classify(err)
}

// Sessions lists the saved sessions, newest first.
func (s *Store) Sessions(ctx context.Context) ([]Summary, error) {
	rows, err := s.db.Read.QueryContext(ctx, `SELECT s.id, s.title, s.held_on, s.branch, coalesce(s.bank_id, 0), s.phase,
		(SELECT count(*) FROM meeting_members m WHERE m.session_id = s.id), json_array_length(s.questions), s.created_at
		FROM meeting_sessions s ORDER BY s.created_at DESC, s.id DESC`)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var m Summary
		var created, phase string
		if err := rows.Scan(&m.ID, &m.Title, &m.HeldOn, &m.Branch, &m.BankID, &phase, &m.Members, &m.Questions, &created); err != nil {
			return nil, sqlite.Classify(err)
		}
		m.Phase, m.Created = Phase(phase), parseStamp(created)
		out = append(out, m)
	}
	return out, sqlite.Classify(rows.Err())
}

// Load reads a whole session.
func (s *Store) Load(ctx context.Context, id int64) (*Record, error) {
	r := &Record{Hands: map[int][]int{}}
	var settings, qs, created, phase string
	err := s.db.Read.QueryRowContext(ctx, `SELECT id, title, held_on, branch, coalesce(bank_id, 0), settings, questions, code, phase, current, created_at
		FROM meeting_sessions WHERE id = ?`, id).Scan(&r.ID, &r.Title, &r.HeldOn, &r.Branch, &r.BankID, &settings, &qs, &r.Code, &phase, &r.Current, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("session %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	r.Phase, r.Created = Phase(phase), parseStamp(created)
	if err := json.Unmarshal([]byte(settings), &r.Settings); err != nil {
		return nil, fmt.Errorf("session %d settings: %w", id, err)
	}
	var snap []snapQuestion
	if err := json.Unmarshal([]byte(qs), &snap); err != nil {
		return nil, fmt.Errorf("session %d questions: %w", id, err)
	}
	r.Questions = restore(snap)
	r.Summary.Questions = len(r.Questions)

	rows, err := s.db.Read.QueryContext(ctx, `SELECT id, name, team, token_hash, present, absence, joined_at
		FROM meeting_members WHERE session_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	for rows.Next() {
		var m Member
		var joined string
		if err := rows.Scan(&m.ID, &m.Name, &m.Team, &m.token, &m.Present, &m.Absence, &joined); err != nil {
			rows.Close()
			return nil, sqlite.Classify(err)
		}
		m.Phone, m.joinedAt = m.token != "", parseStamp(joined)
		r.Members = append(r.Members, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, sqlite.Classify(err)
	}
	r.Summary.Members = len(r.Members)

	rows, err = s.db.Read.QueryContext(ctx, `SELECT member_id, question, choices, correct, points, elapsed_ms, answered_at
		FROM meeting_answers WHERE session_id = ? ORDER BY question, answered_at`, id)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	for rows.Next() {
		var a Answer
		var choices, at string
		if err := rows.Scan(&a.Member, &a.Question, &choices, &a.Correct, &a.Points, &a.Elapsed, &at); err != nil {
			rows.Close()
			return nil, sqlite.Classify(err)
		}
		json.Unmarshal([]byte(choices), &a.Choices)
		a.at = parseStamp(at)
		r.Answers = append(r.Answers, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, sqlite.Classify(err)
	}

	rows, err = s.db.Read.QueryContext(ctx, `SELECT question, counts FROM meeting_hands WHERE session_id = ?`, id)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	for rows.Next() {
		var q int
		var counts string
		if err := rows.Scan(&q, &counts); err != nil {
			return nil, sqlite.Classify(err)
		}
		var c []int
		json.Unmarshal([]byte(counts), &c)
		r.Hands[q] = c
	}
	return r, sqlite.Classify(rows.Err())
}

// Rerun makes a new session in the lobby with the questions and settings
// of session id (a new code, today's date).
func (s *Store) Rerun(ctx context.Context, id int64) (int64, error) {
	r, err := s.Load(ctx, id)
	if err != nil {
		return 0, err
	}
	nid, _, err := s.Create(ctx, Setup{Title: r.Title, Branch: r.Branch, BankID: r.BankID, Settings: r.Settings, Questions: r.Questions})
	return nid, err
}

// Unfinished is the newest session that was not ended (the app closed in
// the middle), or 0.
func (s *Store) Unfinished(ctx context.Context) (int64, error) {
	var id int64
	err := s.db.Read.QueryRowContext(ctx, `SELECT id FROM meeting_sessions WHERE phase <> 'ended' AND current >= 0
		ORDER BY created_at DESC, id DESC LIMIT 1`).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, sqlite.Classify(err)
}

// Delete removes a saved session with its members and answers.
func (s *Store) Delete(ctx context.Context, id int64) error {
	return s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM meeting_sessions WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return nil
	})
}

func (s *Store) addMember(ctx context.Context, session int64, m *Member) error {
	return sqlite.Classify(s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO meeting_members (session_id, name, team, token_hash, present, absence, joined_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, session, m.Name, m.Team, m.token, m.Present, m.Absence, stamp(m.joinedAt))
		if err != nil {
			return err
		}
		m.ID, err = res.LastInsertId()
		return err
	}))
}

func (s *Store) updateMember(ctx context.Context, m Member) error {
	return sqlite.Classify(s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE meeting_members SET present = ?, absence = ?, team = ? WHERE id = ?`,
			m.Present, m.Absence, m.Team, m.ID)
		return err
	}))
}

func (s *Store) saveAnswers(ctx context.Context, session int64, as []Answer) error {
	return sqlite.Classify(s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO meeting_answers
			(session_id, member_id, question, choices, correct, points, elapsed_ms, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, a := range as {
			choices, _ := json.Marshal(a.Choices)
			if _, err := st.ExecContext(ctx, session, a.Member, a.Question, string(choices), a.Correct, a.Points, a.Elapsed, stamp(a.at)); err != nil {
				return err
			}
		}
		return nil
	}))
}

func (s *Store) setPhase(ctx context.Context, session int64, p Phase, current int) error {
	ended := ""
	if p == Ended {
		ended = stamp(s.now())
	}
	return sqlite.Classify(s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE meeting_sessions SET phase = ?, current = ?, ended_at = ? WHERE id = ?`, string(p), current, ended, session)
		return err
	}))
}

func (s *Store) setHands(ctx context.Context, session int64, q int, counts []int) error {
	data, _ := json.Marshal(counts)
	return sqlite.Classify(s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO meeting_hands (session_id, question, counts) VALUES (?, ?, ?)`, session, q, string(data))
		return err
	}))
}

// BranchMembers lists the member list kept for a chi bộ.
func (s *Store) BranchMembers(ctx context.Context, branch string) ([]Member, error) {
	rows, err := s.db.Read.QueryContext(ctx, `SELECT id, name, team FROM branch_members WHERE branch = ? ORDER BY name`, branch)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []Member
	for rows.Next() {
		var m Member
		if err := rows.Scan(&m.ID, &m.Name, &m.Team); err != nil {
			return nil, sqlite.Classify(err)
		}
		out = append(out, m)
	}
	return out, sqlite.Classify(rows.Err())
}

// SaveBranchMember adds a name to a chi bộ's member list (or updates its team).
func (s *Store) SaveBranchMember(ctx context.Context, branch, name, team string) error {
	name, err := cleanName(name)
	if err != nil {
		return err
	}
	return sqlite.Classify(s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO branch_members (branch, name, team) VALUES (?, ?, ?)
			ON CONFLICT (branch, name) DO UPDATE SET team = excluded.team`, branch, name, team)
		return err
	}))
}

// newCode is a random 6-digit join code.
func newCode() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(900000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()+100000), nil
}

// newToken is a random member token and the hash stored for it.
func newToken() (token, hash string, err error) {
	b := make([]byte, 18)
	if _, err := rand.Read(b); err != nil {
		return "", "", err
	}
	token = hex.EncodeToString(b)
	return token, hashToken(token), nil
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseStamp(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// snapQuestion is a question as a session keeps it: later edits of the
// bank do not change a session that was run.
type snapQuestion struct {
	ID          int64         `json:"id"`
	Type        quiz.Type     `json:"type"`
	Stem        string        `json:"stem"`
	Options     []quiz.Option `json:"options"`
	Explanation string        `json:"explanation,omitempty"`
	Quote       string        `json:"quote,omitempty"`
	Document    string        `json:"document,omitempty"`
	DocumentID  int64         `json:"document_id,omitempty"`
	Page        int           `json:"page,omitempty"`
	Images      []quiz.Image  `json:"images,omitempty"` // pictures of a Word bank, shown on the projector
}

func snapshot(qs []*quiz.Question) []snapQuestion {
	out := make([]snapQuestion, len(qs))
	for i, q := range qs {
		s := snapQuestion{ID: q.ID, Type: q.Type, Stem: q.Stem, Options: q.Options, Explanation: q.Explanation, Images: q.Images}
		if p := q.Passage; p != nil {
			s.Quote, s.Document, s.DocumentID, s.Page = p.Quote, p.DocumentTitle, p.DocumentID, p.Page
		}
		out[i] = s
	}
	return out
}

func restore(snap []snapQuestion) []*quiz.Question {
	out := make([]*quiz.Question, len(snap))
	for i, s := range snap {
		q := &quiz.Question{ID: s.ID, Type: s.Type, Stem: s.Stem, Options: s.Options, Explanation: s.Explanation, Images: s.Images}
		if s.Quote != "" || s.DocumentID != 0 {
			q.Passage = &quiz.Passage{Quote: s.Quote, DocumentTitle: s.Document, DocumentID: s.DocumentID, Page: s.Page}
		}
		out[i] = q
	}
	return out
}
