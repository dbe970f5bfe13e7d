package quiz

import (
	"context"
	"database/sql"
	"encoding/json"
)

// Given is one answer given outside an attempt (at a branch meeting).
type Given struct {
	QuestionID int64
	Choices    []int
	Score      float64 // 0..1
}

// Record stores answers given elsewhere as finished attempts of the
// profile named profile (created if missing), one attempt per person, so
// that Stats counts them with the bank's other attempts. Each person's
// answers are in question order; a question nobody may look up (0) is
// skipped.
func (s *Store) Record(ctx context.Context, profile, title string, bankID int64, people [][]Given) error {
	now := stamp(s.now())
	return s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		var pid int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM profiles WHERE name = ?`, profile).Scan(&pid)
		if err == sql.ErrNoRows {
			res, err := tx.ExecContext(ctx, `INSERT INTO profiles (name, created_at) VALUES (?, ?)`, profile, now)
			if err != nil {
				return err
			}
			pid, _ = res.LastInsertId()
		} else if err != nil {
			return err
		}
		for _, answers := range people {
			var plan []planItem
			total := 0.0
			for _, g := range answers {
				plan = append(plan, planItem{QuestionID: g.QuestionID})
				total += g.Score
			}
			data, _ := json.Marshal(plan)
			res, err := tx.ExecContext(ctx, `INSERT INTO quiz_attempts (profile_id, mode, title, bank_id, plan, started_at, finished_at, score, max_score)
				VALUES (?, 'meeting', ?, ?, ?, ?, ?, ?, ?)`, pid, title, nullID(bankID), string(data), now, now, total, len(plan))
			if err != nil {
				return err
			}
			aid, _ := res.LastInsertId()
			for pos, g := range answers {
				resp, _ := json.Marshal(Response{Choices: g.Choices})
				if _, err := tx.ExecContext(ctx, `INSERT INTO quiz_responses (attempt_id, position, question_id, response, score, answered_at)
					VALUES (?, ?, ?, ?, ?, ?)`, aid, pos, nullID(g.QuestionID), string(resp), g.Score, now); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
