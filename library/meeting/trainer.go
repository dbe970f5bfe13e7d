package meeting

import (
	"context"
	"slices"
	"strings"

	"sotay/internal/viet"
	"sotay/library/quiz"
)

// What the trainer does beside moving the session on: attendance, answers
// given without phones, and what a finished session leaves behind.

// AddPresent records a member present without a phone (or, with absence
// set, absent with that reason), as the trainer enters them.
func (ls *Session) AddPresent(ctx context.Context, name, team, absence string) (Member, error) {
	name, err := cleanName(name)
	if err != nil {
		return Member{}, err
	}
	ls.mu.Lock()
	defer ls.mu.Unlock()
	for _, m := range ls.members {
		if viet.Fold(m.Name) == viet.Fold(name) {
			m.Present, m.Absence = absence == "", strings.TrimSpace(absence)
			if team != "" {
				m.Team = team
			}
			ls.touch()
			return *m, ls.store.updateMember(ctx, *m)
		}
	}
	if len(ls.members) >= MaxMembers {
		return Member{}, ErrFull
	}
	m := &Member{Name: name, Team: team, Present: absence == "", Absence: strings.TrimSpace(absence), joinedAt: ls.now()}
	if err := ls.store.addMember(ctx, ls.rec.ID, m); err != nil {
		return Member{}, err
	}
	ls.members = append(ls.members, m)
	ls.touch()
	return *m, nil
}

// TeamAnswer records the answer a whole team gave (show of hands per
// team): it counts for a member standing for the team.
func (ls *Session) TeamAnswer(ctx context.Context, team string, choices []int) error {
	ls.mu.Lock()
	var stand *Member
	for _, m := range ls.members {
		if m.Name == team && m.Team == team && !m.Phone {
			stand = m
		}
	}
	ls.mu.Unlock()
	if stand == nil {
		m, err := ls.AddPresent(ctx, team, team, "")
		if err != nil {
			return err
		}
		stand = &m
	}
	ls.mu.Lock()
	index, open := ls.index, ls.phase == Question || ls.phase == Reveal
	q := (*quiz.Question)(nil)
	if index >= 0 && index < len(ls.rec.Questions) {
		q = ls.rec.Questions[index]
	}
	if !open || q == nil {
		ls.mu.Unlock()
		return ErrClosed
	}
	res := quiz.Grade(q, quiz.Response{Choices: choices})
	a := Answer{Member: stand.ID, Question: index, Choices: choices, Correct: res.Correct,
		Points: Points(Correct, res.Score, 0, 0), at: ls.now()}
	ls.answerMap(index)[stand.ID] = a
	ls.touch()
	ls.mu.Unlock()
	return ls.store.saveAnswers(ctx, ls.rec.ID, []Answer{a})
}

// SetHands records show-of-hands counts per option for the current
// question; they join the distribution.
func (ls *Session) SetHands(ctx context.Context, counts []int) error {
	ls.mu.Lock()
	index := ls.index
	if index < 0 || index >= len(ls.rec.Questions) || len(counts) != len(ls.rec.Questions[index].Options) {
		ls.mu.Unlock()
		return ErrBadChoice
	}
	for _, c := range counts {
		if c < 0 || c > MaxMembers {
			ls.mu.Unlock()
			return ErrBadChoice
		}
	}
	ls.hands[index] = slices.Clone(counts)
	ls.touch()
	ls.mu.Unlock()
	return ls.store.setHands(ctx, ls.rec.ID, index, counts)
}

// record gives the bank's statistics the session's answers: one finished
// attempt per member who answered (called once, as the session ends).
func (ls *Session) record(ctx context.Context) error {
	// Everyone who took part joins the chi bộ's member list, for the
	// attendance of the next meeting.
	if ls.rec.Branch != "" {
		for _, m := range ls.members {
			if m.Phone || m.Name != m.Team {
				if err := ls.store.SaveBranchMember(ctx, ls.rec.Branch, m.Name, m.Team); err != nil {
					return err
				}
			}
		}
	}
	if ls.store.quiz == nil {
		return nil
	}
	var people [][]quiz.Given
	for _, m := range ls.members {
		var given []quiz.Given
		for i, q := range ls.rec.Questions {
			if a, ok := ls.answers[i][m.ID]; ok && q.ID != 0 {
				given = append(given, quiz.Given{QuestionID: q.ID, Choices: a.Choices, Score: quiz.Grade(q, quiz.Response{Choices: a.Choices}).Score})
			}
		}
		if len(given) > 0 {
			people = append(people, given)
		}
	}
	if len(people) == 0 {
		return nil
	}
	return ls.store.quiz.Record(ctx, "Sinh hoạt chi bộ", ls.rec.Title, ls.rec.BankID, people)
}

// Tick closes the open question once its deadline passed; a runner calls
// it (the GUI from a timer, the CLI in its loop). It reports whether the
// phase changed.
func (ls *Session) Tick(ctx context.Context) (bool, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if ls.phase == Question && !ls.paused && ls.now().After(ls.deadline) {
		return true, ls.setPhase(ctx, Reveal)
	}
	return false, nil
}
