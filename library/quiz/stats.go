package quiz

import (
	"context"
	"encoding/json"
	"math"
)

// QuestionStats are Moodle's item statistics for one question, over the
// finished attempts (self-checks and exams) that included it.
type QuestionStats struct {
	Question *Question
	Attempts int
	// Facility is the mean score as a share of the maximum (Moodle's
	// facility index, 0..1): high means easy.
	Facility float64
	// Discrimination is the correlation between the score on this question
	// and on the rest of the attempt (Moodle's discrimination index, -1..1);
	// NaN when fewer than two attempts or no spread.
	Discrimination float64
	// Picks counts, per option, how often it was chosen.
	Picks []int
}

// Unpicked lists the options nobody chose (distractors that do no work).
func (s QuestionStats) Unpicked() []int {
	if s.Attempts == 0 || s.Question.Type != Single && s.Question.Type != Multi && s.Question.Type != TrueFalse {
		return nil
	}
	var out []int
	for i, n := range s.Picks {
		if n == 0 {
			out = append(out, i)
		}
	}
	return out
}

// Stats computes item statistics for a bank's questions.
func (s *Store) Stats(ctx context.Context, bankID int64) ([]QuestionStats, error) {
	qs, err := s.Questions(ctx, bankID)
	if err != nil {
		return nil, err
	}
	stats := make([]QuestionStats, len(qs))
	byID := map[int64]int{}
	for i, q := range qs {
		stats[i] = QuestionStats{Question: q, Picks: make([]int, len(q.Options)), Discrimination: math.NaN()}
		byID[q.ID] = i
	}
	rows, err := s.db.Read.QueryContext(ctx, `SELECT r.question_id, r.response, r.score, a.score
		FROM quiz_responses r JOIN quiz_attempts a ON a.id = r.attempt_id
		JOIN quiz_questions q ON q.id = r.question_id
		WHERE q.bank_id = ? AND a.finished_at <> ''`, bankID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type pair struct{ item, rest float64 }
	pairs := map[int64][]pair{}
	for rows.Next() {
		var qid int64
		var resp string
		var score, total float64
		if err := rows.Scan(&qid, &resp, &score, &total); err != nil {
			return nil, err
		}
		i, ok := byID[qid]
		if !ok {
			continue
		}
		var r Response
		decoded := json.Unmarshal([]byte(resp), &r) == nil
		if stats[i].Question.Type == Essay && (!decoded || r.Mark == nil) {
			continue // not marked yet: its 0 says nothing of the question
		}
		st := &stats[i]
		st.Attempts++
		st.Facility += score
		pairs[qid] = append(pairs[qid], pair{score, total - score})
		if decoded {
			for _, c := range r.Choices {
				if c >= 0 && c < len(st.Picks) {
					st.Picks[c]++
				}
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range stats {
		st := &stats[i]
		if st.Attempts > 0 {
			st.Facility /= float64(st.Attempts)
		}
		ps := pairs[st.Question.ID]
		xs, ys := make([]float64, len(ps)), make([]float64, len(ps))
		for k, p := range ps {
			xs[k], ys[k] = p.item, p.rest
		}
		st.Discrimination = pearson(xs, ys)
	}
	return stats, nil
}

// pearson is the correlation coefficient of xs and ys, NaN when undefined.
func pearson(xs, ys []float64) float64 {
	n := float64(len(xs))
	if len(xs) < 2 {
		return math.NaN()
	}
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return sxy / math.Sqrt(sxx*syy)
}
