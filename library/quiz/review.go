package quiz

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"

	"sotay/internal/sqlite"
)

// Profile is a person studying on this PC.
type Profile struct {
	ID   int64
	Name string
}

// DefaultProfileName is the profile made on first use.
const DefaultProfileName = "Cá nhân"

// Profiles lists the profiles, oldest first; the first call makes the
// default one.
func (s *Store) Profiles(ctx context.Context) ([]Profile, error) {
	list := func() ([]Profile, error) {
		rows, err := s.db.Read.QueryContext(ctx, `SELECT id, name FROM profiles ORDER BY id`)
		if err != nil {
			return nil, sqlite.Classify(err)
		}
		defer rows.Close()
		var out []Profile
		for rows.Next() {
			var p Profile
			if err := rows.Scan(&p.ID, &p.Name); err != nil {
				return nil, err
			}
			out = append(out, p)
		}
		return out, rows.Err()
	}
	ps, err := list()
	if err != nil || len(ps) > 0 {
		return ps, err
	}
	if _, err := s.CreateProfile(ctx, DefaultProfileName); err != nil && !errors.Is(err, ErrBankExists) {
		return nil, err
	}
	return list()
}

// CreateProfile adds a profile. A name already used is an ErrBankExists
// (the same "name taken" error as banks).
func (s *Store) CreateProfile(ctx context.Context, name string) (Profile, error) {
	name = Tidy(name)
	if name == "" {
		return Profile{}, NewFault("profile_no_name")
	}
	var id int64
	err := s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM profiles WHERE name = ?`, name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return Failure(ErrBankExists, "profile_exists", "Name", name)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO profiles (name, created_at) VALUES (?, ?)`, name, stamp(s.now()))
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return Profile{ID: id, Name: name}, err
}

// Review records a spaced-review answer outside an attempt.
func (s *Store) Review(ctx context.Context, profileID, questionID int64, g Rating) error {
	return s.db.LocalTx(ctx, func(tx *sql.Tx) error { return reviewTx(ctx, tx, profileID, questionID, g, s.now()) })
}

// reviewTx moves a question's card on by one review and logs it.
func reviewTx(ctx context.Context, tx *sql.Tx, profileID, questionID int64, g Rating, now time.Time) error {
	var c Card
	var last, due string
	err := tx.QueryRowContext(ctx, `SELECT stability, difficulty, reps, lapses, last_review, due FROM review_cards
		WHERE profile_id = ? AND question_id = ?`, profileID, questionID).Scan(&c.Stability, &c.Difficulty, &c.Reps, &c.Lapses, &last, &due)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	c.LastReview, c.Due = parseStamp(last), parseStamp(due)
	n := c.Review(g, now)
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO review_cards (profile_id, question_id, stability, difficulty, reps, lapses, last_review, due)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, profileID, questionID, n.Stability, n.Difficulty, n.Reps, n.Lapses, stamp(now), stamp(n.Due)); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO review_log (profile_id, question_id, rating, reviewed_at, day) VALUES (?, ?, ?, ?, ?)`,
		profileID, questionID, int(g), stamp(now), now.Local().Format(time.DateOnly))
	return err
}

// endOfDay is the last instant of t's local day.
func endOfDay(t time.Time) time.Time {
	y, m, d := t.Local().Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, time.Local).Add(-time.Second)
}

// Due returns the questions due for review by the end of today, most
// overdue first.
func (s *Store) Due(ctx context.Context, profileID int64, limit int) ([]int64, error) {
	return s.queryIDs(ctx, `SELECT c.question_id FROM review_cards c JOIN quiz_questions q ON q.id = c.question_id
		WHERE c.profile_id = ? AND c.due <= ? ORDER BY c.due LIMIT ?`, profileID, stamp(endOfDay(s.now())), max(limit, 1))
}

// queryIDs runs a query of one integer column on the read pool.
func (s *Store) queryIDs(ctx context.Context, query string, args ...any) ([]int64, error) {
	rows, err := s.db.Read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// ReviewSummary is what the Ôn tập screen shows at the top.
type ReviewSummary struct {
	DueToday      int // cards due by the end of today
	ReviewedToday int
	Learned       int // questions answered at least once
	New           int // questions never answered
	Streak        int // days in a row with a review, up to today (or yesterday)
}

// Summary counts a profile's reviews.
func (s *Store) Summary(ctx context.Context, profileID int64) (ReviewSummary, error) {
	var r ReviewSummary
	now := s.now()
	today := now.Local().Format(time.DateOnly)
	err := s.db.Read.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM review_cards WHERE profile_id = ?1 AND due <= ?2),
		(SELECT count(*) FROM review_log WHERE profile_id = ?1 AND day = ?3),
		(SELECT count(*) FROM review_cards WHERE profile_id = ?1),
		(SELECT count(*) FROM quiz_questions WHERE type NOT IN ('essay', 'description')) - (SELECT count(*) FROM review_cards WHERE profile_id = ?1)`,
		profileID, stamp(endOfDay(now)), today).Scan(&r.DueToday, &r.ReviewedToday, &r.Learned, &r.New)
	if err != nil {
		return r, err
	}
	rows, err := s.db.Read.QueryContext(ctx, `SELECT DISTINCT day FROM review_log WHERE profile_id = ? ORDER BY day DESC LIMIT 4000`, profileID)
	if err != nil {
		return r, err
	}
	defer rows.Close()
	want := now.Local()
	first := true
	for rows.Next() {
		var day string
		if err := rows.Scan(&day); err != nil {
			return r, err
		}
		if first && day != want.Format(time.DateOnly) {
			want = want.AddDate(0, 0, -1) // no review yet today: the streak may still end yesterday
		}
		first = false
		if day != want.Format(time.DateOnly) {
			break
		}
		r.Streak++
		want = want.AddDate(0, 0, -1)
	}
	return r, rows.Err()
}

// DocumentMastery is how well a profile knows one document's questions.
type DocumentMastery struct {
	DocumentID int64
	Title      string
	Questions  int     // questions linked to the document
	Seen       int     // of them answered at least once
	Mastery    float64 // mean recall probability now over all its questions (unseen count 0), 0..1
}

// Mastery lists, for every document with linked questions, the profile's
// mean recall probability now, by FSRS.
func (s *Store) Mastery(ctx context.Context, profileID int64) ([]DocumentMastery, error) {
	rows, err := s.db.Read.QueryContext(ctx, `SELECT q.document_id, c.stability, c.last_review, c.reps
		FROM quiz_questions q
		LEFT JOIN review_cards c ON c.question_id = q.id AND c.profile_id = ?
		WHERE q.type NOT IN ('essay', 'description') AND q.document_id IS NOT NULL`, profileID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	now := s.now()
	var out []DocumentMastery
	index := map[int64]int{}
	sums := map[int64]float64{}
	for rows.Next() {
		var id int64
		var stab sql.NullFloat64
		var last sql.NullString
		var reps sql.NullInt64
		if err := rows.Scan(&id, &stab, &last, &reps); err != nil {
			return nil, err
		}
		i, ok := index[id]
		if !ok {
			i = len(out)
			index[id] = i
			out = append(out, DocumentMastery{DocumentID: id})
		}
		out[i].Questions++
		if stab.Valid {
			out[i].Seen++
			c := Card{Stability: stab.Float64, LastReview: parseStamp(last.String), Reps: int(reps.Int64)}
			sums[id] += c.Mastery(now)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	ids := make([]int64, len(out))
	for i := range out {
		out[i].Mastery = sums[out[i].DocumentID] / float64(out[i].Questions)
		ids[i] = out[i].DocumentID
	}
	titles, err := s.passages.Titles(ctx, ids)
	if err != nil {
		return nil, err
	}
	kept := out[:0]
	for _, m := range out {
		if t, ok := titles[m.DocumentID]; ok {
			m.Title = t
			kept = append(kept, m)
		}
	}
	slices.SortStableFunc(kept, func(a, b DocumentMastery) int { return strings.Compare(a.Title, b.Title) })
	return kept, nil
}
