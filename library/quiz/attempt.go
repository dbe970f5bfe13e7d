package quiz

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Mode is what an attempt is for.
type Mode string

// Attempt modes.
const (
	SelfCheck Mode = "self" // instant feedback after each answer
	Exam      Mode = "exam" // timed, feedback only after submitting
)

// Selection says which questions to draw for an attempt. Empty lists mean
// any; Difficulty 0 means any.
type Selection struct {
	BankIDs     []int64
	DocumentIDs []int64
	// CollectionIDs keeps questions about a document of these collections,
	// or in a bank that belongs to one of them.
	CollectionIDs []int64
	Tags          []string
	Difficulty    int
	Count         int // 0 = all that match
}

// Draw picks up to sel.Count matching questions at random (rng nil: a new
// random source) and returns their ids.
func (s *Store) Draw(ctx context.Context, sel Selection, rng *rand.Rand) ([]int64, error) {
	var where []string
	var args []any
	in := func(col string, ids []int64) {
		if len(ids) == 0 {
			return
		}
		marks := strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")
		where = append(where, col+" IN ("+marks+")")
		for _, id := range ids {
			args = append(args, id)
		}
	}
	if n := len(sel.BankIDs); n > 0 {
		// A bank with its sub-banks (Moodle's categories below it).
		marks := strings.TrimSuffix(strings.Repeat("?,", n), ",")
		where = append(where, `q.bank_id IN (WITH RECURSIVE sub(id) AS (SELECT id FROM quiz_banks WHERE id IN (`+marks+`)
			UNION SELECT b.id FROM quiz_banks b JOIN sub ON b.parent_id = sub.id) SELECT id FROM sub)`)
		for _, id := range sel.BankIDs {
			args = append(args, id)
		}
	}
	in("q.document_id", sel.DocumentIDs)
	if n := len(sel.CollectionIDs); n > 0 {
		// The collections' documents (the library knows them, as one JSON
		// list: a collection may hold more documents than SQLite takes
		// parameters) and the banks given to the collections.
		docs, err := s.passages.InCollections(ctx, sel.CollectionIDs)
		if err != nil {
			return nil, err
		}
		list, _ := json.Marshal(orEmptyIDs(docs))
		marks := strings.TrimSuffix(strings.Repeat("?,", n), ",")
		where = append(where, "(q.document_id IN (SELECT value FROM json_each(?)) OR q.bank_id IN (SELECT id FROM quiz_banks WHERE collection_id IN ("+marks+")))")
		args = append(args, string(list))
		for _, id := range sel.CollectionIDs {
			args = append(args, id)
		}
	}
	if len(sel.Tags) > 0 {
		marks := strings.TrimSuffix(strings.Repeat("?,", len(sel.Tags)), ",")
		where = append(where, "q.id IN (SELECT question_id FROM quiz_tags WHERE tag IN ("+marks+"))")
		for _, t := range sel.Tags {
			args = append(args, t)
		}
	}
	if sel.Difficulty > 0 {
		where = append(where, "q.difficulty = ?")
		args = append(args, sel.Difficulty)
	}
	// A description asks nothing: it comes along with the question it
	// stands before in its bank (below), never drawn on its own.
	where = append(where, "q.type <> 'description'")
	query := "SELECT q.id FROM quiz_questions q WHERE " + strings.Join(where, " AND ")
	ids, err := s.queryIDs(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	if rng == nil {
		rng = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	if sel.Count > 0 && len(ids) > sel.Count {
		ids = ids[:sel.Count]
	}
	return s.withDescriptions(ctx, ids)
}

// AttemptOptions describes an attempt to start.
type AttemptOptions struct {
	ProfileID int64
	Mode      Mode
	Title     string
	BankID    int64         // 0 when drawn from several banks or documents
	TimeLimit time.Duration // 0 = none
	PassMark  float64       // share of the maximum needed to pass, 0..1
	// ShuffleOptions puts each question's options in a random order
	// (true/false stays Đúng, Sai).
	ShuffleOptions bool
}

// Item is one question of an attempt as the user sees it.
type AttemptItem struct {
	Position int
	Q        *Question // nil if the question was deleted since
	// Order is the option order shown: Order[k] is the index in Q.Options
	// of the k-th option displayed.
	Order    []int
	Response *Response // nil until answered
	Result   Result
}

// Attempt is a self-check or an exam with its questions and answers.
type Attempt struct {
	ID         int64
	ProfileID  int64
	Mode       Mode
	Title      string
	BankID     int64
	TimeLimit  time.Duration
	PassMark   float64
	StartedAt  time.Time
	FinishedAt time.Time // zero while in progress
	Score      float64
	MaxScore   float64
	Items      []AttemptItem
}

// Finished reports whether the attempt was submitted.
func (a *Attempt) Finished() bool { return !a.FinishedAt.IsZero() }

// Deadline is when a timed attempt ends (zero without a limit).
func (a *Attempt) Deadline() time.Time {
	if a.TimeLimit == 0 {
		return time.Time{}
	}
	return a.StartedAt.Add(a.TimeLimit)
}

// Passed reports whether a finished attempt reached the pass mark.
func (a *Attempt) Passed() bool {
	return a.MaxScore > 0 && a.Score/a.MaxScore >= a.PassMark-1e-9
}

// Answered counts the answered items.
func (a *Attempt) Answered() int {
	n := 0
	for _, it := range a.Items {
		if it.Q != nil && !Scored(it.Q.Type) {
			continue
		}
		if it.Response != nil && !it.Response.Empty() {
			n++
		}
	}
	return n
}

type planItem struct {
	QuestionID int64 `json:"q"`
	Order      []int `json:"o,omitempty"`
}

// StartAttempt begins an attempt over the questions ids, in that order.
func (s *Store) StartAttempt(ctx context.Context, opt AttemptOptions, ids []int64, rng *rand.Rand) (*Attempt, error) {
	if len(ids) == 0 {
		return nil, ErrNoQuestions
	}
	if rng == nil {
		rng = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	qs, err := s.questionsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	plan := make([]planItem, 0, len(ids))
	for _, id := range ids {
		q := qs[id]
		if q == nil {
			continue
		}
		p := planItem{QuestionID: id}
		if len(q.Options) > 0 {
			p.Order = make([]int, len(q.Options))
			for i := range p.Order {
				p.Order[i] = i
			}
			if opt.ShuffleOptions && q.Shufflable() {
				rng.Shuffle(len(p.Order), func(i, j int) { p.Order[i], p.Order[j] = p.Order[j], p.Order[i] })
			}
		}
		plan = append(plan, p)
	}
	data, _ := json.Marshal(plan)
	if opt.Mode == "" {
		opt.Mode = SelfCheck
	}
	var id int64
	err = s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO quiz_attempts (profile_id, mode, title, bank_id, plan, time_limit, pass_mark, started_at, max_score)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			opt.ProfileID, string(opt.Mode), opt.Title, nullID(opt.BankID), string(data), int64(opt.TimeLimit/time.Second),
			opt.PassMark, stamp(s.now()), scoredCount(plan, qs))
		if err != nil {
			if strings.Contains(err.Error(), "FOREIGN KEY") {
				return missing("profile", opt.ProfileID)
			}
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.Attempt(ctx, id)
}

// QuestionsByID loads the questions with these ids, in that order
// (deleted ones are left out).
func (s *Store) QuestionsByID(ctx context.Context, ids []int64) ([]*Question, error) {
	m, err := s.questionsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*Question, 0, len(ids))
	for _, id := range ids {
		if q := m[id]; q != nil {
			out = append(out, q)
		}
	}
	return out, nil
}

func (s *Store) questionsByID(ctx context.Context, ids []int64) (map[int64]*Question, error) {
	out := make(map[int64]*Question, len(ids))
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		marks := strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		qs, err := s.queryQuestions(ctx, `SELECT `+questionColumns+questionFrom+` WHERE q.id IN (`+marks+`)`, args...)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			out[q.ID] = q
		}
	}
	return out, nil
}

// Attempt loads an attempt with its questions and answers.
func (s *Store) Attempt(ctx context.Context, id int64) (*Attempt, error) {
	a := &Attempt{ID: id}
	var mode, plan, started, finished string
	var limit int64
	var bank sql.NullInt64
	err := s.db.Read.QueryRowContext(ctx, `SELECT profile_id, mode, title, bank_id, plan, time_limit, pass_mark, started_at, finished_at, score, max_score
		FROM quiz_attempts WHERE id = ?`, id).Scan(&a.ProfileID, &mode, &a.Title, &bank, &plan, &limit, &a.PassMark, &started, &finished, &a.Score, &a.MaxScore)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, missing("attempt", id)
	}
	if err != nil {
		return nil, err
	}
	a.Mode, a.BankID, a.TimeLimit = Mode(mode), bank.Int64, time.Duration(limit)*time.Second
	a.StartedAt = parseStamp(started)
	if finished != "" {
		a.FinishedAt = parseStamp(finished)
	}
	var items []planItem
	if err := json.Unmarshal([]byte(plan), &items); err != nil {
		return nil, fmt.Errorf("attempt %d plan: %w", id, err)
	}
	ids := make([]int64, len(items))
	for i, p := range items {
		ids[i] = p.QuestionID
	}
	qs, err := s.questionsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	a.Items = make([]AttemptItem, len(items))
	for i, p := range items {
		a.Items[i] = AttemptItem{Position: i, Q: qs[p.QuestionID], Order: p.Order}
	}
	rows, err := s.db.Read.QueryContext(ctx, `SELECT position, response FROM quiz_responses WHERE attempt_id = ?`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var pos int
		var resp string
		if err := rows.Scan(&pos, &resp); err != nil {
			return nil, err
		}
		if pos < 0 || pos >= len(a.Items) {
			continue
		}
		var r Response
		if json.Unmarshal([]byte(resp), &r) == nil {
			a.Items[pos].Response = &r
			if q := a.Items[pos].Q; q != nil {
				a.Items[pos].Result = Grade(q, r)
			}
		}
	}
	return a, rows.Err()
}

// Answer records the response to item position of a running attempt and
// returns its grade. In a self-check the answer also schedules the
// question for spaced review at once; an exam does so when submitted.
// Answering again replaces the earlier answer (exams allow going back).
func (s *Store) Answer(ctx context.Context, attemptID int64, position int, r Response) (Result, error) {
	a, err := s.Attempt(ctx, attemptID)
	if err != nil {
		return Result{}, err
	}
	if a.Finished() {
		return Result{}, Failure(ErrFinished, "attempt_finished", "ID", attemptID)
	}
	if position < 0 || position >= len(a.Items) || a.Items[position].Q == nil {
		return Result{}, Failure(ErrNotFound, "missing_position", "N", position+1, "ID", attemptID)
	}
	item := a.Items[position]
	res := Grade(item.Q, r)
	data, _ := json.Marshal(r)
	now := s.now()
	err = s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO quiz_responses (attempt_id, position, question_id, response, score, answered_at)
			VALUES (?, ?, ?, ?, ?, ?)`, attemptID, position, item.Q.ID, string(data), res.Score, stamp(now)); err != nil {
			return err
		}
		if a.Mode == SelfCheck && item.Response == nil && Reviewable(item.Q.Type) {
			return reviewTx(ctx, tx, a.ProfileID, item.Q.ID, RatingFor(res), now)
		}
		return nil
	})
	return res, err
}

// Finish submits an attempt: its score is summed, and an exam's answers
// schedule their questions for review. Finishing twice is harmless.
func (s *Store) Finish(ctx context.Context, attemptID int64) (*Attempt, error) {
	a, err := s.Attempt(ctx, attemptID)
	if err != nil {
		return nil, err
	}
	if a.Finished() {
		return a, nil
	}
	score, answered := a.sum()
	// An exam counts every question; a self-check stopped early is scored
	// on what was answered (the rest were not asked, not got wrong).
	// Descriptions ask nothing and count for neither.
	max := a.Asked()
	if a.Mode != Exam {
		max = answered
	}
	now := s.now()
	err = s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE quiz_attempts SET finished_at = ?, score = ?, max_score = ? WHERE id = ?`,
			stamp(now), score, max, attemptID); err != nil {
			return err
		}
		if a.Mode != Exam {
			return nil
		}
		for _, it := range a.Items {
			if it.Q != nil && Reviewable(it.Q.Type) && it.Response != nil && !it.Response.Empty() {
				if err := reviewTx(ctx, tx, a.ProfileID, it.Q.ID, RatingFor(it.Result), now); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.Attempt(ctx, attemptID)
}

// AttemptSummary is one line of a profile's history.
type AttemptSummary struct {
	ID         int64
	Mode       Mode
	Title      string
	StartedAt  time.Time
	FinishedAt time.Time
	Score      float64
	MaxScore   float64
	PassMark   float64
	TimeLimit  time.Duration
}

// Percent is the score as a percentage of the maximum.
func (a AttemptSummary) Percent() float64 {
	if a.MaxScore == 0 {
		return 0
	}
	return 100 * a.Score / a.MaxScore
}

// Attempts lists a profile's attempts, oldest first. unfinished limits the
// list to attempts not yet submitted (an exam left when the app closed).
func (s *Store) Attempts(ctx context.Context, profileID int64, unfinished bool) ([]AttemptSummary, error) {
	cond := ""
	if unfinished {
		cond = " AND finished_at = ''"
	}
	rows, err := s.db.Read.QueryContext(ctx, `SELECT id, mode, title, started_at, finished_at, score, max_score, pass_mark, time_limit
		FROM quiz_attempts WHERE profile_id = ?`+cond+` ORDER BY started_at, id`, profileID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []AttemptSummary
	for rows.Next() {
		var a AttemptSummary
		var mode, started, finished string
		var limit int64
		if err := rows.Scan(&a.ID, &mode, &a.Title, &started, &finished, &a.Score, &a.MaxScore, &a.PassMark, &limit); err != nil {
			return nil, err
		}
		a.Mode, a.StartedAt, a.TimeLimit = Mode(mode), parseStamp(started), time.Duration(limit)*time.Second
		if finished != "" {
			a.FinishedAt = parseStamp(finished)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// DeleteAttempt removes an attempt and its answers.
func (s *Store) DeleteAttempt(ctx context.Context, id int64) error {
	return s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		return mustChange(tx.ExecContext(ctx, `DELETE FROM quiz_attempts WHERE id = ?`, id))
	})
}

func orEmptyIDs(ids []int64) []int64 {
	if ids == nil {
		return []int64{}
	}
	return ids
}
