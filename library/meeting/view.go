package meeting

import (
	"cmp"
	"slices"
	"time"

	"sotay/library/quiz"
)

// View is the state of a session as screens show it. Right answers,
// explanation and distribution are set only once revealed.
type View struct {
	Phase    Phase  `json:"phase"`
	Index    int    `json:"index"` // -1 in the lobby
	Total    int    `json:"total"`
	Title    string `json:"title"`
	Code     string `json:"code"`
	Paused   bool   `json:"paused"`
	Question string `json:"question,omitempty"`
	Options  []string
	// Images are the question's pictures (quiz.Image.Part: 0 the stem,
	// k+1 option k), for the projector.
	Images   []quiz.Image
	Multiple bool
	// Left is the time left to answer (0 when closed).
	Left time.Duration
	// Answered counts the members who answered the current question.
	Answered int
	// Present counts members present.
	Present int
	Members []Member
	// After the reveal:
	Right       []int // the right options
	Counts      []int // answers per option, phones and hands together
	Explanation string
	Quote       string
	Document    string
	// Scores, highest first.
	Ranking []Score
	Teams   []Score
}

// Score is one member's or team's total.
type Score struct {
	Name    string `json:"name"`
	Team    string `json:"team,omitempty"`
	Points  int    `json:"points"`
	Correct int    `json:"correct"`
}

// View returns the session's state now.
func (ls *Session) View() View {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	v := View{Phase: ls.phase, Index: ls.index, Total: len(ls.rec.Questions), Title: ls.rec.Title, Code: ls.rec.Code, Paused: ls.paused}
	for _, m := range ls.members {
		v.Members = append(v.Members, *m)
		if m.Present {
			v.Present++
		}
	}
	if ls.index >= 0 && ls.index < len(ls.rec.Questions) && ls.phase != Lobby {
		q := ls.rec.Questions[ls.index]
		v.Question, v.Multiple, v.Images = q.Stem, q.Type == "multi", q.Images
		for _, o := range q.Options {
			v.Options = append(v.Options, o.Text)
		}
		v.Answered = len(ls.answers[ls.index])
		if ls.phase == Question {
			if ls.paused {
				v.Left = ls.left
			} else {
				v.Left = max(ls.deadline.Sub(ls.now()), 0)
			}
		} else {
			for i, o := range q.Options {
				if o.Correct {
					v.Right = append(v.Right, i)
				}
			}
			v.Counts = ls.counts(ls.index)
			v.Explanation = q.Explanation
			if q.Passage != nil {
				v.Quote, v.Document = q.Passage.Quote, q.Passage.DocumentTitle
			}
		}
	}
	v.Ranking, v.Teams = ls.scores()
	return v
}

// counts are the answers per option of question i, with raised hands.
func (ls *Session) counts(i int) []int {
	c := make([]int, len(ls.rec.Questions[i].Options))
	for _, a := range ls.answers[i] {
		for _, ch := range a.Choices {
			if ch >= 0 && ch < len(c) {
				c[ch]++
			}
		}
	}
	for k, n := range ls.hands[i] {
		if k < len(c) {
			c[k] += n
		}
	}
	return c
}

// scores ranks members by points, then right answers, then name; teams by
// the mean of their members' points.
func (ls *Session) scores() (people, teams []Score) {
	if ls.scored == ls.version && ls.version > 0 {
		return ls.ranking, ls.teamRanking // nothing changed since
	}
	byID := map[int64]*Score{}
	teamOf := map[int64]string{}
	teamTotal := map[string]*Score{}
	teamSize := map[string]int{}
	for _, m := range ls.members {
		if m.Team != "" {
			teamOf[m.ID] = m.Team
			if teamTotal[m.Team] == nil {
				teamTotal[m.Team] = &Score{Name: m.Team}
			}
			teamSize[m.Team]++
		}
		if !m.Phone && m.Name == m.Team {
			continue // a team's own answers count for the team only
		}
		byID[m.ID] = &Score{Name: m.Name, Team: m.Team}
	}
	for _, byMember := range ls.answers {
		for id, a := range byMember {
			for _, s := range []*Score{byID[id], teamTotal[teamOf[id]]} {
				if s == nil {
					continue
				}
				s.Points += a.Points
				if a.Correct {
					s.Correct++
				}
			}
		}
	}
	for _, s := range byID {
		people = append(people, *s)
	}
	for name, t := range teamTotal {
		t.Points /= max(teamSize[name], 1)
		teams = append(teams, *t)
	}
	rank := func(a, b Score) int {
		return cmp.Or(cmp.Compare(b.Points, a.Points), cmp.Compare(b.Correct, a.Correct), cmp.Compare(a.Name, b.Name))
	}
	slices.SortFunc(people, rank)
	slices.SortFunc(teams, rank)
	ls.scored, ls.ranking, ls.teamRanking = ls.version, people, teams
	return people, teams
}

// MemberView is what one member's phone shows.
type MemberView struct {
	View
	Name, Team string
	Answered   bool  // this member answered the current question
	Choices    []int // what they answered
	WasRight   bool  // after the reveal: whether it was right
	Points     int   // points for the current question
	Score      int   // total so far
}

// ForMember returns the state as the member with token sees it.
func (ls *Session) ForMember(token string) (MemberView, error) {
	v := ls.View()
	ls.mu.Lock()
	defer ls.mu.Unlock()
	m, ok := ls.member(token)
	if !ok {
		return MemberView{}, ErrNoToken
	}
	mv := MemberView{View: v, Name: m.Name, Team: m.Team}
	if a, ok := ls.answers[v.Index][m.ID]; ok && v.Index >= 0 {
		mv.Answered, mv.Choices, mv.Points = true, a.Choices, a.Points
		mv.WasRight = a.Correct && v.Phase != Question
	}
	for _, byMember := range ls.answers {
		mv.Score += byMember[m.ID].Points
	}
	return mv, nil
}
