package quiz

import (
	"context"
	"database/sql"
	"encoding/json"
	"math"
	"strings"

	"sotay/internal/sqlite"
)

// Scoring an attempt: what counts, essays a trainer marks, descriptions drawn with their question.

// withDescriptions puts before each question the description standing
// right before it in its bank, if any (once).
func (s *Store) withDescriptions(ctx context.Context, ids []int64) ([]int64, error) {
	before := map[int64]int64{}
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.db.Read.QueryContext(ctx, `SELECT q.id, p.id FROM quiz_questions q
			JOIN quiz_questions p ON p.bank_id = q.bank_id AND p.type = 'description'
			 AND p.ordinal = (SELECT max(o.ordinal) FROM quiz_questions o WHERE o.bank_id = q.bank_id AND o.ordinal < q.ordinal)
			WHERE q.id IN (`+strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")+`)`, args...)
		if err != nil {
			return nil, sqlite.Classify(err)
		}
		for rows.Next() {
			var q, d int64
			if err := rows.Scan(&q, &d); err != nil {
				rows.Close()
				return nil, err
			}
			before[q] = d
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	if len(before) == 0 {
		return ids, nil
	}
	out := make([]int64, 0, len(ids)+len(before))
	shown := map[int64]bool{}
	for _, id := range ids {
		if d, ok := before[id]; ok && !shown[d] {
			shown[d] = true
			out = append(out, d)
		}
		out = append(out, id)
	}
	return out, nil
}

// Asked counts the items that ask something (not descriptions).
func (a *Attempt) Asked() int {
	n := 0
	for _, it := range a.Items {
		if it.Q == nil || Scored(it.Q.Type) {
			n++
		}
	}
	return n
}

// Unmarked counts the answered essays no trainer has marked yet.
func (a *Attempt) Unmarked() int {
	n := 0
	for _, it := range a.Items {
		if it.Response != nil && it.Result.Manual {
			n++
		}
	}
	return n
}

func scoredCount(plan []planItem, qs map[int64]*Question) int {
	n := 0
	for _, p := range plan {
		if q := qs[p.QuestionID]; q != nil && Scored(q.Type) {
			n++
		}
	}
	return n
}

// sum is the score of the answered items and how many were answered.
func (a *Attempt) sum() (score float64, answered int) {
	for _, it := range a.Items {
		// An essay not yet marked counts in an exam (its maximum is
		// there, its mark comes later), not in a self-check's share.
		if it.Response != nil && (it.Q == nil || Scored(it.Q.Type)) && (a.Mode == Exam || !it.Result.Manual) {
			score += it.Result.Score
			answered++
		}
	}
	return score, answered
}

// MarkEssay records a trainer's mark (0 to 1) for the essay at position
// of an attempt, finished or not, and updates a finished attempt's score.
func (s *Store) MarkEssay(ctx context.Context, attemptID int64, position int, mark float64) (*Attempt, error) {
	if mark < 0 || mark > 1 || math.IsNaN(mark) {
		return nil, NewFault("mark_range")
	}
	a, err := s.Attempt(ctx, attemptID)
	if err != nil {
		return nil, err
	}
	if position < 0 || position >= len(a.Items) || a.Items[position].Q == nil {
		return nil, Failure(ErrNotFound, "missing_position", "N", position+1, "ID", attemptID)
	}
	it := a.Items[position]
	if it.Q.Type != Essay {
		return nil, NewFault("mark_not_essay", "N", position+1)
	}
	r := Response{}
	if it.Response != nil {
		r = *it.Response
	}
	r.Mark = &mark
	a.Items[position].Response = &r
	a.Items[position].Result = Grade(it.Q, r)
	score, _ := a.sum()
	data, _ := json.Marshal(r)
	err = s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO quiz_responses (attempt_id, position, question_id, response, score, answered_at)
			VALUES (?, ?, ?, ?, ?, COALESCE((SELECT answered_at FROM quiz_responses WHERE attempt_id = ? AND position = ?), ?))`,
			attemptID, position, it.Q.ID, string(data), mark, attemptID, position, stamp(s.now())); err != nil {
			return err
		}
		if a.Finished() {
			_, err := tx.ExecContext(ctx, `UPDATE quiz_attempts SET score = ? WHERE id = ?`, score, attemptID)
			return err
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.Attempt(ctx, attemptID)
}
