package library

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"sotay/internal/viet"
)

// dateLayout is how a plan writes its days: local calendar dates.
const dateLayout = "2006-01-02"

// ErrNoPlan means no study plan has that id.
var ErrNoPlan = errors.New("no such study plan")

// ErrNoProfile means no learner (profile) has the name given.
var ErrNoProfile = errors.New("no such learner")

// ErrBadPlan means a study plan cannot be made as asked (no documents, a
// date that is not one, a due date before its start).
var ErrBadPlan = errors.New("study plan not usable")

// StudyPlan is a schedule of documents to read and a closing quiz: from a
// study pack (its ID is the pack's) or made by hand.
type StudyPlan struct {
	ID, Title, Unit string
	Version         int
	Steps           []PlanStep
	Quiz            PlanQuiz
	CreatedAt       time.Time
}

// PlanStep is one document to read between two days (YYYY-MM-DD).
type PlanStep struct {
	DocumentID  int64
	Title       string
	Starts, Due string
}

// PlanQuiz is the plan's closing quiz: Questions drawn from the bank,
// taken between Opens and Due. BankID 0 means the plan has none.
type PlanQuiz struct {
	BankID      int64
	Bank        string
	Opens, Due  string
	Questions   int
	PassPercent int
}

func parseDay(s string) (time.Time, bool) {
	t, err := time.ParseInLocation(dateLayout, s, time.Local)
	return t, err == nil
}

// check refuses a plan whose days are not dates or run backwards.
func (p *StudyPlan) check() error {
	if p.Title = viet.NFC(p.Title); p.Title == "" || len(p.Steps) == 0 {
		return fmt.Errorf("%w: no title or no documents", ErrBadPlan)
	}
	for _, s := range p.Steps {
		a, ok1 := parseDay(s.Starts)
		b, ok2 := parseDay(s.Due)
		if !ok1 || !ok2 || b.Before(a) {
			return fmt.Errorf("%w: %q–%q", ErrBadPlan, s.Starts, s.Due)
		}
	}
	if q := p.Quiz; q.BankID != 0 {
		a, ok1 := parseDay(q.Opens)
		b, ok2 := parseDay(q.Due)
		if !ok1 || !ok2 || b.Before(a) || q.Questions < 0 || q.Questions > 1000 || q.PassPercent < 0 || q.PassPercent > 100 {
			return fmt.Errorf("%w: quiz %q–%q", ErrBadPlan, q.Opens, q.Due)
		}
	}
	return nil
}

// PlanSpec asks for a plan made by hand: the documents one after another,
// DaysEach days each from Start, then the closing quiz open QuizDays days.
type PlanSpec struct {
	Title       string
	Documents   []int64
	Start       time.Time
	DaysEach    int
	BankID      int64
	QuizDays    int
	Questions   int
	PassPercent int
}

// MakePlan makes and keeps a plan by hand.
func (l *Library) MakePlan(ctx context.Context, spec PlanSpec) (StudyPlan, error) {
	var b [6]byte
	rand.Read(b[:])
	p := StudyPlan{ID: "tay-" + hex.EncodeToString(b[:]), Title: spec.Title, Version: 1}
	if spec.PassPercent < 0 || spec.PassPercent > 100 || spec.Questions < 0 || spec.DaysEach < 0 || spec.DaysEach > 366 {
		return p, fmt.Errorf("%w: pass %d%%, %d questions, %d days", ErrBadPlan, spec.PassPercent, spec.Questions, spec.DaysEach)
	}
	days := max(spec.DaysEach, 1)
	day := time.Date(spec.Start.Year(), spec.Start.Month(), spec.Start.Day(), 0, 0, 0, 0, time.Local)
	for _, id := range spec.Documents {
		p.Steps = append(p.Steps, PlanStep{DocumentID: id, Starts: day.Format(dateLayout), Due: day.AddDate(0, 0, days-1).Format(dateLayout)})
		day = day.AddDate(0, 0, days)
	}
	if spec.BankID != 0 {
		p.Quiz = PlanQuiz{BankID: spec.BankID, Opens: day.Format(dateLayout), Due: day.AddDate(0, 0, max(spec.QuizDays, 1)-1).Format(dateLayout),
			Questions: spec.Questions, PassPercent: spec.PassPercent}
	}
	if err := l.SavePlan(ctx, p); err != nil {
		return p, err
	}
	return l.Plan(ctx, p.ID)
}

// SavePlan keeps p, replacing the plan of the same id (a newer pack).
func (l *Library) SavePlan(ctx context.Context, p StudyPlan) error {
	if err := p.check(); err != nil {
		return err
	}
	defer l.changed()
	return l.db.Tx(ctx, func(tx *sql.Tx) error { return savePlanTx(ctx, tx, p) })
}

func savePlanTx(ctx context.Context, tx *sql.Tx, p StudyPlan) error {
	for _, s := range p.Steps {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ? AND trashed_at = ''`, s.DocumentID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("%w: %s %d", ErrBadPlan, "no document", s.DocumentID)
		}
	}
	var bank any
	if p.Quiz.BankID != 0 {
		bank = p.Quiz.BankID
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO study_plans (id, title, unit, version, quiz_bank_id, quiz_opens, quiz_due, quiz_questions, quiz_pass, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, unit = excluded.unit, version = excluded.version,
			quiz_bank_id = excluded.quiz_bank_id, quiz_opens = excluded.quiz_opens, quiz_due = excluded.quiz_due,
			quiz_questions = excluded.quiz_questions, quiz_pass = excluded.quiz_pass`,
		p.ID, p.Title, p.Unit, max(p.Version, 1), bank, p.Quiz.Opens, p.Quiz.Due, p.Quiz.Questions, min(max(p.Quiz.PassPercent, 0), 100),
		time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM study_plan_steps WHERE plan_id = ?`, p.ID); err != nil {
		return err
	}
	for i, s := range p.Steps {
		if _, err := tx.ExecContext(ctx, `INSERT INTO study_plan_steps (plan_id, ordinal, document_id, starts, due) VALUES (?, ?, ?, ?, ?)`,
			p.ID, i, s.DocumentID, s.Starts, s.Due); err != nil {
			return err
		}
	}
	return nil
}

// Plans lists the study plans, newest first, each with its steps.
func (l *Library) Plans(ctx context.Context) ([]StudyPlan, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT p.id, p.title, p.unit, p.version, coalesce(p.quiz_bank_id, 0), coalesce(b.name, ''),
			p.quiz_opens, p.quiz_due, p.quiz_questions, p.quiz_pass, p.created_at
		FROM study_plans p LEFT JOIN quiz_banks b ON b.id = p.quiz_bank_id ORDER BY p.created_at DESC, p.id`)
	if err != nil {
		return nil, err
	}
	var plans []StudyPlan
	for rows.Next() {
		var p StudyPlan
		var created string
		if err := rows.Scan(&p.ID, &p.Title, &p.Unit, &p.Version, &p.Quiz.BankID, &p.Quiz.Bank, &p.Quiz.Opens, &p.Quiz.Due,
			&p.Quiz.Questions, &p.Quiz.PassPercent, &created); err != nil {
			rows.Close()
			return nil, err
		}
		p.CreatedAt, _ = time.Parse(time.RFC3339, created)
		plans = append(plans, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range plans {
		p := &plans[i]
		rows, err := l.db.Read.QueryContext(ctx, `SELECT s.document_id, d.title, s.starts, s.due
			FROM study_plan_steps s JOIN documents d ON d.id = s.document_id
			WHERE s.plan_id = ? AND d.trashed_at = '' ORDER BY s.ordinal`, p.ID)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var s PlanStep
			if err := rows.Scan(&s.DocumentID, &s.Title, &s.Starts, &s.Due); err != nil {
				rows.Close()
				return nil, err
			}
			p.Steps = append(p.Steps, s)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return plans, nil
}

// Plan is the plan of that id.
func (l *Library) Plan(ctx context.Context, id string) (StudyPlan, error) {
	plans, err := l.Plans(ctx)
	if err != nil {
		return StudyPlan{}, err
	}
	for _, p := range plans {
		if p.ID == id {
			return p, nil
		}
	}
	return StudyPlan{}, fmt.Errorf("%w: %s", ErrNoPlan, id)
}

// DeletePlan removes a plan (its documents and bank stay).
func (l *Library) DeletePlan(ctx context.Context, id string) error {
	defer l.changed()
	return l.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM study_plans WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("%w: %s", ErrNoPlan, id)
		}
		return nil
	})
}

// Step and quiz states in a PlanStatus.
const (
	PlanDone  = "done"  // read (or the quiz taken)
	PlanNow   = "now"   // to do now
	PlanLate  = "late"  // past its day and not done
	PlanLater = "later" // not begun yet
)

// StepStatus is a step with the learner's progress on it.
type StepStatus struct {
	PlanStep
	ReadPercent int
	// Mastery is the profile's mean recall of the document's questions,
	// 0..1, and Questions their number (0: none to know it by).
	Mastery   float64
	Questions int
	State     string
	ThisWeek  bool
}

// QuizStatus is the closing quiz with the learner's best score on it.
type QuizStatus struct {
	PlanQuiz
	State string
	// Best is the best percentage of an attempt finished since it opened
	// (-1: none); the quiz is done once it reaches the pass mark.
	Best float64
}

// PlanStatus is a plan as one learner stands on it today.
type PlanStatus struct {
	Plan  StudyPlan
	Steps []StepStatus
	Quiz  QuizStatus
	// Done is the share of steps done, 0..1.
	Done float64
}

// readDone is how far a document must be read to count as read.
const readDone = 90

// PlanProgress says where the learner (profileID) stands on plan today.
func (l *Library) PlanProgress(ctx context.Context, plan StudyPlan, profileID int64, today time.Time) (PlanStatus, error) {
	st := PlanStatus{Plan: plan, Quiz: QuizStatus{PlanQuiz: plan.Quiz, Best: -1}}
	day := today.Format(dateLayout)
	weekday := (int(today.Weekday()) + 6) % 7 // Monday 0
	monday := today.AddDate(0, 0, -weekday).Format(dateLayout)
	sunday := today.AddDate(0, 0, 6-weekday).Format(dateLayout)
	mastery, err := l.quiz.Mastery(ctx, profileID)
	if err != nil {
		return st, err
	}
	known := map[int64]int{}
	for i, m := range mastery {
		known[m.DocumentID] = i
	}
	done := 0
	for _, s := range plan.Steps {
		ss := StepStatus{PlanStep: s}
		if err := l.db.Read.QueryRowContext(ctx, `SELECT read_percent FROM documents WHERE id = ?`, s.DocumentID).Scan(&ss.ReadPercent); err != nil {
			return st, err
		}
		if i, ok := known[s.DocumentID]; ok {
			ss.Mastery, ss.Questions = mastery[i].Mastery, mastery[i].Questions
		}
		switch {
		case ss.ReadPercent >= readDone:
			ss.State = PlanDone
			done++
		case day < s.Starts:
			ss.State = PlanLater
		case day > s.Due:
			ss.State = PlanLate
		default:
			ss.State = PlanNow
		}
		ss.ThisWeek = s.Starts <= sunday && s.Due >= monday
		st.Steps = append(st.Steps, ss)
	}
	if len(plan.Steps) > 0 {
		st.Done = float64(done) / float64(len(plan.Steps))
	}
	if q := plan.Quiz; q.BankID != 0 {
		var best sql.NullFloat64
		opens, _ := parseDay(q.Opens)
		if err := l.db.Read.QueryRowContext(ctx, `SELECT max(score * 100.0 / max_score) FROM quiz_attempts
			WHERE profile_id = ? AND bank_id = ? AND finished_at <> '' AND max_score > 0 AND finished_at >= ?`,
			profileID, q.BankID, opens.UTC().Format(time.RFC3339)).Scan(&best); err != nil {
			return st, err
		}
		if best.Valid {
			st.Quiz.Best = best.Float64
		}
		switch {
		case best.Valid && best.Float64+1e-9 >= float64(q.PassPercent):
			// Done when passed; a score under the pass mark leaves it to
			// take again.
			st.Quiz.State = PlanDone
		case day < q.Opens:
			st.Quiz.State = PlanLater
		case day > q.Due:
			st.Quiz.State = PlanLate
		default:
			st.Quiz.State = PlanNow
		}
	}
	return st, nil
}

// PlanBanks are the banks whose attempts a plan's results hold: the
// closing quiz's and those tied to the plan's documents.
func (l *Library) PlanBanks(ctx context.Context, plan StudyPlan) ([]int64, error) {
	banks, err := l.quiz.Banks(ctx)
	if err != nil {
		return nil, err
	}
	in := map[int64]bool{}
	for _, s := range plan.Steps {
		in[s.DocumentID] = true
	}
	ids := []int64{}
	for _, b := range banks {
		if b.ID == plan.Quiz.BankID || in[b.DocumentID] {
			ids = append(ids, b.ID)
		}
	}
	return ids, nil
}
