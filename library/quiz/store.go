package quiz

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"sotay/internal/sqlite"
	"sotay/internal/viet"
)

// Errors callers act on; test with errors.Is.
var (
	// ErrNotFound means no bank, question, profile or attempt has that id or name.
	ErrNotFound = errors.New("not found")
	// ErrDuplicate means the bank already holds a question with that content.
	ErrDuplicate = errors.New("duplicate question")
	// ErrBankExists means another bank already has that name.
	ErrBankExists = errors.New("bank name taken")
	// ErrInvalid wraps a question that fails Validate; its message is Vietnamese.
	ErrInvalid = errors.New("invalid question")
	// ErrNoQuestions means a self-check, exam or review found no question
	// to ask: the bank is empty, or none fits the choices made.
	ErrNoQuestions = errors.New("no questions to ask")
	// ErrFinished means the attempt was already submitted.
	ErrFinished = errors.New("attempt finished")
)

// Store is the quiz side of a library file. It is safe for concurrent use.
type Store struct {
	db       *sqlite.DB
	passages Passages
	now      func() time.Time
}

// NewStore returns the store over an open library database (its schema
// must include migration 012) whose documents p reads (nil: none).
func NewStore(db *sqlite.DB, p Passages) *Store {
	if p == nil {
		p = noPassages{}
	}
	return &Store{db: db, passages: p, now: time.Now}
}

// Within is the store reading documents through p instead (a transaction
// that is adding them).
func (s *Store) Within(p Passages) *Store {
	c := *s
	c.passages = p
	return &c
}

// SetClock replaces the store's clock (tests of scheduling and timing).
func (s *Store) SetClock(now func() time.Time) { s.now = now }

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func parseStamp(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}

// Bank is a named set of questions, optionally about one document.
type Bank struct {
	ID          int64
	Name        string
	Description string
	DocumentID  int64 // 0 = not tied to a document
	// CollectionID is the collection (bộ sưu tập) the bank belongs to, 0
	// for none.
	CollectionID int64
	Questions    int
	// ParentID is the bank this one is a sub-bank of (Moodle's category
	// nesting), 0 for a bank of its own.
	ParentID int64
	// Total is Questions with its sub-banks' (what drawing from it takes).
	Total int
}

// Banks lists every bank by name (Vietnamese order) with its question count.
func (s *Store) Banks(ctx context.Context) ([]Bank, error) {
	rows, err := s.db.Read.QueryContext(ctx, `
		SELECT b.id, b.name, b.description, COALESCE(b.document_id, 0), COALESCE(b.collection_id, 0),
		       (SELECT count(*) FROM quiz_questions q WHERE q.bank_id = b.id), COALESCE(b.parent_id, 0)
		FROM quiz_banks b`)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []Bank
	for rows.Next() {
		var b Bank
		if err := rows.Scan(&b.ID, &b.Name, &b.Description, &b.DocumentID, &b.CollectionID, &b.Questions, &b.ParentID); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	totals(out)
	sortBanks(out)
	return out, nil
}

func sortBanks(bs []Bank) {
	keys := make(map[int64]string, len(bs))
	for _, b := range bs {
		keys[b.ID] = string(viet.SortKey(b.Name))
	}
	for i := 1; i < len(bs); i++ {
		for j := i; j > 0 && keys[bs[j].ID] < keys[bs[j-1].ID]; j-- {
			bs[j], bs[j-1] = bs[j-1], bs[j]
		}
	}
}

// FindBank finds a bank by id (digits) or by name (case and diacritics
// folded when no exact name matches).
func (s *Store) FindBank(ctx context.Context, ref string) (Bank, error) {
	ref = Tidy(ref)
	banks, err := s.Banks(ctx)
	if err != nil {
		return Bank{}, err
	}
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		for _, b := range banks {
			if b.ID == id {
				return b, nil
			}
		}
	}
	for _, b := range banks {
		if b.Name == ref {
			return b, nil
		}
	}
	var found []Bank
	for _, b := range banks {
		if viet.Fold(b.Name) == viet.Fold(ref) {
			found = append(found, b)
		}
	}
	if len(found) == 1 {
		return found[0], nil
	}
	return Bank{}, missing("bank", ref)
}

// CreateBank makes an empty bank. docID 0 means not tied to a document.
func (s *Store) CreateBank(ctx context.Context, name, description string, docID int64) (Bank, error) {
	name = Tidy(name)
	if name == "" {
		return Bank{}, NewFault("bank_no_name")
	}
	var id int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM quiz_banks WHERE name = ?`, name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return Failure(ErrBankExists, "bank_exists", "Name", name)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO quiz_banks (name, description, document_id, created_at) VALUES (?, ?, ?, ?)`,
			name, strings.TrimSpace(description), nullID(docID), stamp(s.now()))
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return Bank{}, err
	}
	return Bank{ID: id, Name: name, Description: strings.TrimSpace(description), DocumentID: docID}, nil
}

// BankNamed returns the bank with that exact name, creating it if missing.
func (s *Store) BankNamed(ctx context.Context, name string) (Bank, error) {
	return s.BankFor(ctx, name, 0)
}

// BankFor is BankNamed, a new bank being tied to the document docID (0:
// none) — the bank of questions drafted from that document.
func (s *Store) BankFor(ctx context.Context, name string, docID int64) (Bank, error) {
	b, err := s.FindBank(ctx, name)
	if err == nil && b.Name == Tidy(name) {
		return b, nil
	}
	return s.CreateBank(ctx, name, "", docID)
}

// SetBankCollection makes a bank belong to a collection (0: to none).
func (s *Store) SetBankCollection(ctx context.Context, bankID, collectionID int64) error {
	var coll any
	if collectionID != 0 {
		coll = collectionID
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE quiz_banks SET collection_id = ? WHERE id = ?`, coll, bankID)
		if err != nil {
			if strings.Contains(err.Error(), "FOREIGN KEY") {
				return missing("collection", collectionID)
			}
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return missing("bank", bankID)
		}
		return nil
	})
	return sqlite.Classify(err)
}

// RenameBank gives a bank a new name.
func (s *Store) RenameBank(ctx context.Context, id int64, name string) error {
	name = Tidy(name)
	if name == "" {
		return NewFault("bank_no_name")
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM quiz_banks WHERE name = ? AND id <> ?`, name, id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return Failure(ErrBankExists, "bank_exists", "Name", name)
		}
		return mustChange(tx.ExecContext(ctx, `UPDATE quiz_banks SET name = ? WHERE id = ?`, name, id))
	})
}

// DeleteBank removes a bank and its questions (attempts keep their scores).
func (s *Store) DeleteBank(ctx context.Context, id int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		return mustChange(tx.ExecContext(ctx, `DELETE FROM quiz_banks WHERE id = ?`, id))
	})
}

func mustChange(res sql.Result, err error) error {
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// questionColumns are read by scanQuestion, in this order.
const questionColumns = `q.id, q.bank_id, q.type, q.name, q.idnumber, q.stem, q.options, q.blanks, q.fold, q.explanation,
	q.difficulty, COALESCE(q.document_id, 0), q.page_no, q.start_offset, q.end_offset, q.quote,
	(SELECT group_concat(tag, char(31)) FROM quiz_tags t WHERE t.question_id = q.id)`

const questionFrom = ` FROM quiz_questions q`

type scanner interface{ Scan(...any) error }

func scanQuestion(r scanner) (*Question, error) {
	var q Question
	var typ, opts, blanks string
	var fold int
	var p Passage
	var tags sql.NullString
	if err := r.Scan(&q.ID, &q.BankID, &typ, &q.Name, &q.IDNumber, &q.Stem, &opts, &blanks, &fold, &q.Explanation,
		&q.Difficulty, &p.DocumentID, &p.Page, &p.Start, &p.End, &p.Quote, &tags); err != nil {
		return nil, err
	}
	q.Type = Type(typ)
	q.Fold = fold != 0
	if err := json.Unmarshal([]byte(opts), &q.Options); err != nil {
		return nil, fmt.Errorf("question %d options: %w", q.ID, err)
	}
	if err := json.Unmarshal([]byte(blanks), &q.Blanks); err != nil {
		return nil, fmt.Errorf("question %d blanks: %w", q.ID, err)
	}
	if tags.Valid && tags.String != "" {
		q.Tags = strings.Split(tags.String, "\x1f")
		SortTags(q.Tags)
	}
	if p.DocumentID != 0 {
		q.Passage = &p
	}
	return &q, nil
}

// Questions returns a bank's questions in order.
func (s *Store) Questions(ctx context.Context, bankID int64) ([]*Question, error) {
	return s.queryQuestions(ctx, `SELECT `+questionColumns+questionFrom+` WHERE q.bank_id = ? ORDER BY q.ordinal, q.id`, bankID)
}

// Question returns one question.
func (s *Store) Question(ctx context.Context, id int64) (*Question, error) {
	qs, err := s.queryQuestions(ctx, `SELECT `+questionColumns+questionFrom+` WHERE q.id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(qs) == 0 {
		return nil, missing("question", id)
	}
	return qs[0], nil
}

func (s *Store) queryQuestions(ctx context.Context, query string, args ...any) ([]*Question, error) {
	rows, err := s.db.Read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []*Question
	for rows.Next() {
		q, err := scanQuestion(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if err := s.fillTitles(ctx, out); err != nil {
		return nil, err
	}
	return out, s.loadImages(ctx, out)
}

// fillTitles gives the questions' passages their documents' titles.
func (s *Store) fillTitles(ctx context.Context, qs []*Question) error {
	var ids []int64
	for _, q := range qs {
		if q.Passage != nil && q.Passage.DocumentID != 0 {
			ids = append(ids, q.Passage.DocumentID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	slices.Sort(ids)
	titles, err := s.passages.Titles(ctx, slices.Compact(ids))
	if err != nil {
		return err
	}
	for _, q := range qs {
		if q.Passage != nil {
			q.Passage.DocumentTitle = titles[q.Passage.DocumentID]
		}
	}
	return nil
}

// loadImages fills the questions' pictures (most libraries have none).
func (s *Store) loadImages(ctx context.Context, qs []*Question) error {
	if len(qs) == 0 {
		return nil
	}
	var some int
	err := s.db.Read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM quiz_images)`).Scan(&some)
	if err != nil || some == 0 {
		return sqlite.Classify(err)
	}
	byID := make(map[int64]*Question, len(qs))
	for _, q := range qs {
		byID[q.ID] = q
	}
	for start := 0; start < len(qs); start += 500 {
		chunk := qs[start:min(start+500, len(qs))]
		args := make([]any, len(chunk))
		for i, q := range chunk {
			args[i] = q.ID
		}
		marks := strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")
		rows, err := s.db.Read.QueryContext(ctx, `SELECT question_id, part, data FROM quiz_images
			WHERE question_id IN (`+marks+`) ORDER BY question_id, part, seq`, args...)
		if err != nil {
			return sqlite.Classify(err)
		}
		for rows.Next() {
			var id int64
			var im Image
			if err := rows.Scan(&id, &im.Part, &im.Data); err != nil {
				rows.Close()
				return err
			}
			if q := byID[id]; q != nil {
				q.Images = append(q.Images, im)
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// SearchQuestions finds questions whose stem, options, answers, tags or
// explanation hold every word of query, with or without diacritics. bankID
// 0 searches every bank.
func (s *Store) SearchQuestions(ctx context.Context, query string, bankID int64) ([]*Question, error) {
	var where []string
	var args []any
	for _, w := range strings.Fields(viet.Fold(viet.NFC(query))) {
		where = append(where, `instr(q.folded, ?) > 0`)
		args = append(args, w)
	}
	if bankID != 0 {
		where = append(where, `q.bank_id = ?`)
		args = append(args, bankID)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	return s.queryQuestions(ctx, `SELECT `+questionColumns+questionFrom+cond+` ORDER BY q.bank_id, q.ordinal LIMIT 2000`, args...)
}

// folded is the search text of a question.
func (q *Question) folded() string {
	parts := []string{q.Stem, q.Explanation}
	for _, o := range q.Options {
		parts = append(parts, o.Text)
	}
	for _, b := range q.Blanks {
		parts = append(parts, b...)
	}
	parts = append(parts, q.Tags...)
	return viet.Fold(strings.Join(parts, " \n "))
}

// DocumentsWithQuestions lists the documents some question is tied to,
// with how many questions each has.
func (s *Store) DocumentsWithQuestions(ctx context.Context) (map[int64]int, error) {
	rows, err := s.db.Read.QueryContext(ctx, `SELECT document_id, count(*) FROM quiz_questions WHERE document_id IS NOT NULL GROUP BY document_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		out[id] = n
	}
	return out, rows.Err()
}
