package quiz

import (
	"context"
	"database/sql"
	"encoding/json"
	"math"
	"time"
)

// The trainer's table of the results learners sent back.

// PersonResult is one learner's line in the trainer's table.
type PersonResult struct {
	Person, Branch, PlanTitle string
	Verified                  bool
	MadeAt                    time.Time
	Attempts                  int
	// Best and Last are percentages of the maximum (NaN with no attempt).
	Best, Last float64
	Questions  int // questions answered, over all attempts
}

// ReceivedQuestion is one question's line in the trainer's table: the
// statistics of the Thống kê tab over every learner's answers.
type ReceivedQuestion struct {
	Hash string
	Stem string
	// Bank is the trainer's bank that holds the question, "" if none.
	Bank           string
	Options        []string
	Answers        int
	Facility       float64
	Discrimination float64
	Picks          []int
}

// ResultTable is what the trainer sees of the results received.
type ResultTable struct {
	People    []PersonResult
	Questions []ReceivedQuestion
}

// Results builds the trainer's table of the results received, for one plan
// by its id or title ("" for all).
func (s *Store) Results(ctx context.Context, planID, planTitle string) (ResultTable, error) {
	var t ResultTable
	filter, args := "", []any{}
	if planID != "" {
		// The plan's id as the learners have it (the pack's), or its
		// title (the trainer's own plan may have another id).
		filter, args = ` WHERE s.plan_id = ? OR (? <> '' AND s.plan_title = ?)`, append(args, planID, planTitle, planTitle)
	}
	rows, err := s.db.Read.QueryContext(ctx, `SELECT s.id, s.person, s.branch, s.plan_title, s.verified, s.made_at,
			(SELECT count(*) FROM result_attempts a WHERE a.submission_id = s.id),
			(SELECT max(CASE WHEN a.max_score > 0 THEN a.score * 100.0 / a.max_score END) FROM result_attempts a WHERE a.submission_id = s.id),
			(SELECT CASE WHEN a.max_score > 0 THEN a.score * 100.0 / a.max_score END FROM result_attempts a WHERE a.submission_id = s.id ORDER BY a.finished_at DESC, a.ordinal DESC LIMIT 1),
			(SELECT count(*) FROM result_responses r WHERE r.submission_id = s.id)
		FROM result_submissions s`+filter+` ORDER BY s.branch, s.person`, args...)
	if err != nil {
		return t, err
	}
	var subs []int64
	for rows.Next() {
		var p PersonResult
		var id int64
		var made string
		var best, last sql.NullFloat64
		if err := rows.Scan(&id, &p.Person, &p.Branch, &p.PlanTitle, &p.Verified, &made, &p.Attempts, &best, &last, &p.Questions); err != nil {
			rows.Close()
			return t, err
		}
		p.MadeAt, p.Best, p.Last = parseStamp(made), math.NaN(), math.NaN()
		if best.Valid {
			p.Best = best.Float64
		}
		if last.Valid {
			p.Last = last.Float64
		}
		t.People = append(t.People, p)
		subs = append(subs, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return t, err
	}
	if len(subs) == 0 {
		return t, nil
	}
	ids, _ := json.Marshal(subs)
	rows, err = s.db.Read.QueryContext(ctx, `SELECT r.question_hash, r.stem, r.score, r.choices, a.score, a.max_score
		FROM result_responses r JOIN result_attempts a ON a.submission_id = r.submission_id AND a.ordinal = r.attempt
		WHERE r.submission_id IN (SELECT value FROM json_each(?)) ORDER BY r.submission_id, r.attempt, r.position`, string(ids))
	if err != nil {
		return t, err
	}
	byHash := map[string]int{}
	type pair struct{ item, rest float64 }
	pairs := map[string][]pair{}
	for rows.Next() {
		var hash, stem, choices string
		var score, total, max float64
		if err := rows.Scan(&hash, &stem, &score, &choices, &total, &max); err != nil {
			rows.Close()
			return t, err
		}
		i, ok := byHash[hash]
		if !ok {
			i = len(t.Questions)
			byHash[hash] = i
			t.Questions = append(t.Questions, ReceivedQuestion{Hash: hash, Stem: stem})
		}
		q := &t.Questions[i]
		q.Answers++
		q.Facility += score
		// The rest of the attempt, as a share of its maximum, beside this
		// question's credit (each question counts its points; the rest
		// is what the attempt scored besides it).
		rest := total - score
		if max > 0 {
			rest = (total - score) / max
		}
		pairs[hash] = append(pairs[hash], pair{score, rest})
		var picks []int
		if json.Unmarshal([]byte(choices), &picks) == nil {
			for _, c := range picks {
				if c < 0 || c >= 64 {
					continue
				}
				for len(q.Picks) <= c {
					q.Picks = append(q.Picks, 0)
				}
				q.Picks[c]++
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return t, err
	}
	for i := range t.Questions {
		q := &t.Questions[i]
		q.Facility /= float64(q.Answers)
		ps := pairs[q.Hash]
		xs, ys := make([]float64, len(ps)), make([]float64, len(ps))
		for k, p := range ps {
			xs[k], ys[k] = p.item, p.rest
		}
		q.Discrimination = pearson(xs, ys)
	}
	return t, s.nameReceived(ctx, t.Questions)
}

// nameReceived gives each received question the trainer's own wording,
// bank and options when the trainer's library holds it.
func (s *Store) nameReceived(ctx context.Context, qs []ReceivedQuestion) error {
	byHash := map[string]*ReceivedQuestion{}
	var hashes []string
	for i := range qs {
		byHash[qs[i].Hash] = &qs[i]
		hashes = append(hashes, qs[i].Hash)
	}
	list, _ := json.Marshal(hashes)
	rows, err := s.db.Read.QueryContext(ctx, `SELECT q.content_hash, q.stem, q.options, b.name
		FROM quiz_questions q JOIN quiz_banks b ON b.id = q.bank_id
		WHERE q.content_hash IN (SELECT value FROM json_each(?)) ORDER BY q.id`, string(list))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var hash, stem, options, bank string
		if err := rows.Scan(&hash, &stem, &options, &bank); err != nil {
			return err
		}
		q := byHash[hash]
		if q == nil || q.Bank != "" {
			continue
		}
		q.Stem, q.Bank = stem, bank
		var opts []Option
		if json.Unmarshal([]byte(options), &opts) == nil {
			for _, o := range opts {
				q.Options = append(q.Options, o.Text)
			}
		}
	}
	return rows.Err()
}

// ForgetResults removes every result received (for one plan, or all with "").
func (s *Store) ForgetResults(ctx context.Context, planID string) error {
	return s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM result_submissions WHERE ? = '' OR plan_id = ?`, planID, planID)
		return err
	})
}
