package meeting

import (
	"cmp"
	"slices"
)

// Results are a finished (or stopped) session's outcome: for the minutes,
// the exports and `sotayctl meeting serve`'s last line.
type Results struct {
	ID        int64            `json:"id"`
	Title     string           `json:"title"`
	HeldOn    string           `json:"held_on"`
	Phase     Phase            `json:"phase"`
	Present   []string         `json:"present"`
	Absent    []Absent         `json:"absent"`
	Ranking   []Score          `json:"ranking"`
	Teams     []Score          `json:"teams,omitempty"`
	Questions []QuestionResult `json:"questions"`
}

// Absent is a member marked absent, with the reason.
type Absent struct {
	Name   string `json:"name"`
	Reason string `json:"reason,omitempty"`
}

// QuestionResult is how one question went.
type QuestionResult struct {
	Index    int      `json:"index"`
	Stem     string   `json:"stem"`
	Options  []string `json:"options"`
	Right    []int    `json:"right"`
	Counts   []int    `json:"counts"`   // answers per option, hands included
	Answered int      `json:"answered"` // members who answered (phones and teams)
	Correct  int      `json:"correct"`
	// Share is the share of right answers among those given (0..1).
	Share float64 `json:"share"`
}

// Results returns the session's outcome now.
func (ls *Session) Results() Results {
	v := ls.View()
	ls.mu.Lock()
	defer ls.mu.Unlock()
	r := Results{ID: ls.rec.ID, Title: ls.rec.Title, HeldOn: ls.rec.HeldOn, Phase: ls.phase,
		Ranking: v.Ranking, Teams: v.Teams, Present: []string{}, Absent: []Absent{}}
	for _, m := range ls.members {
		switch {
		case !m.Phone && m.Name == m.Team:
			// a team's stand-in, not a person
		case m.Present:
			r.Present = append(r.Present, m.Name)
		default:
			r.Absent = append(r.Absent, Absent{Name: m.Name, Reason: m.Absence})
		}
	}
	for i, q := range ls.rec.Questions {
		qr := QuestionResult{Index: i, Stem: q.Stem, Counts: ls.counts(i), Right: []int{}}
		for k, o := range q.Options {
			qr.Options = append(qr.Options, o.Text)
			if o.Correct {
				qr.Right = append(qr.Right, k)
			}
		}
		for _, a := range ls.answers[i] {
			qr.Answered++
			if a.Correct {
				qr.Correct++
			}
		}
		// Raised hands for a right option count as right answers.
		if hands := ls.hands[i]; len(hands) > 0 && len(qr.Right) == 1 {
			for k, n := range hands {
				qr.Answered += n
				if k == qr.Right[0] {
					qr.Correct += n
				}
			}
		}
		if qr.Answered > 0 {
			qr.Share = float64(qr.Correct) / float64(qr.Answered)
		}
		r.Questions = append(r.Questions, qr)
	}
	return r
}

// Hardest returns up to n questions with the lowest share of right
// answers among those anybody answered.
func (r Results) Hardest(n int) []QuestionResult {
	var qs []QuestionResult
	for _, q := range r.Questions {
		if q.Answered > 0 {
			qs = append(qs, q)
		}
	}
	slices.SortStableFunc(qs, func(a, b QuestionResult) int { return cmp.Compare(a.Share, b.Share) })
	return qs[:min(n, len(qs))]
}
