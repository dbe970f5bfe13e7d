package quiz_test

import (
	"context"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"sotay/library"
	"sotay/library/quiz"
	"sotay/library/quiz/quiztest"
)

// importTestBank loads testdata/de-thi.txt into a bank and returns it.
func importTestBank(t *testing.T, s *quiz.Store) (quiz.Bank, []*quiz.Question) {
	t.Helper()
	ctx := context.Background()
	bank := newBank(t, s, "Đề thi")
	_, items := quiztest.ParseFile(t, "testdata/de-thi.txt")
	if _, err := s.Import(ctx, bank, items); err != nil {
		t.Fatal(err)
	}
	qs, err := s.Questions(ctx, bank.ID)
	if err != nil {
		t.Fatal(err)
	}
	return bank, qs
}

// rightAnswer is what a user who knows the answer picks or types.
func rightAnswer(q *quiz.Question) quiz.Response {
	switch q.Type {
	case quiz.Cloze, quiz.Short:
		var texts []string
		for _, b := range q.Blanks {
			texts = append(texts, b[0])
		}
		return quiz.Response{Texts: texts}
	}
	return quiz.Response{Choices: q.Correct()}
}

func wrongAnswer(q *quiz.Question) quiz.Response {
	switch q.Type {
	case quiz.Cloze, quiz.Short:
		return quiz.Response{Texts: make([]string, len(q.Blanks))}
	}
	for i, o := range q.Options {
		if !o.Correct {
			return quiz.Response{Choices: []int{i}}
		}
	}
	return quiz.Response{}
}

func TestSelfCheckGradesAtOnceAndSchedulesReview(t *testing.T) {
	lib, s := openLibrary(t)
	ctx := context.Background()
	bank, _ := importTestBank(t, s)
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.Local)
	s.SetClock(func() time.Time { return now })
	profiles, err := s.Profiles(ctx)
	if err != nil || len(profiles) != 1 || profiles[0].Name != quiz.DefaultProfileName {
		t.Fatalf("profiles %v %v", profiles, err)
	}
	me := profiles[0].ID
	ids, err := s.Draw(ctx, quiz.Selection{BankIDs: []int64{bank.ID}, Count: 5}, rand.New(rand.NewPCG(1, 2)))
	if err != nil || len(ids) != 5 {
		t.Fatalf("draw %v %v", ids, err)
	}
	a, err := s.StartAttempt(ctx, quiz.AttemptOptions{ProfileID: me, Mode: quiz.SelfCheck, Title: "Tự kiểm tra", ShuffleOptions: true}, ids, rand.New(rand.NewPCG(3, 4)))
	if err != nil {
		t.Fatal(err)
	}
	for i, it := range a.Items {
		r := rightAnswer(it.Q)
		if i == 0 {
			r = wrongAnswer(it.Q)
		}
		res, err := s.Answer(ctx, a.ID, i, r)
		if err != nil {
			t.Fatal(err)
		}
		if res.Correct != (i != 0) {
			t.Errorf("item %d graded %+v", i, res)
		}
	}
	a, err = s.Finish(ctx, a.ID)
	if err != nil || a.Score != 4 || a.MaxScore != 5 {
		t.Fatalf("finished %+v %v", a, err)
	}
	if _, err := s.Answer(ctx, a.ID, 0, rightAnswer(a.Items[0].Q)); err == nil {
		t.Error("answering a finished attempt should fail")
	}
	sum, err := s.Summary(ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	banks, _ := s.Banks(ctx)
	total := 0
	for _, b := range banks {
		qs, _ := s.Questions(ctx, b.ID)
		for _, q := range qs {
			if quiz.Reviewable(q.Type) {
				total++ // essays and descriptions are never reviewed alone
			}
		}
	}
	// The wrong one comes back in ten minutes (due today); the others in days.
	if sum.DueToday != 1 || sum.ReviewedToday != 5 || sum.Learned != 5 || sum.New != total-5 || sum.Streak != 1 {
		t.Errorf("summary %+v", sum)
	}
	due, _ := s.Due(ctx, me, 10)
	if len(due) != 1 || due[0] != a.Items[0].Q.ID {
		t.Errorf("due %v, want the missed question %d", due, a.Items[0].Q.ID)
	}
	// Tomorrow without reviewing the streak still stands; later it is gone,
	// and three days on the questions answered right are due.
	now = now.AddDate(0, 0, 1)
	if sum, _ := s.Summary(ctx, me); sum.Streak != 1 {
		t.Errorf("streak next day %d", sum.Streak)
	}
	now = now.AddDate(0, 0, 2)
	if sum, _ := s.Summary(ctx, me); sum.Streak != 0 || sum.DueToday != 5 {
		t.Errorf("three days later %+v", sum)
	}
	_ = lib
}

func TestExamSurvivesClosingTheApp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sotay.db")
	ctx := context.Background()
	lib, err := library.Open(ctx, path, library.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := lib.Quiz()
	bank, _ := importTestBank(t, s)
	ps, _ := s.Profiles(ctx)
	ids, _ := s.Draw(ctx, quiz.Selection{BankIDs: []int64{bank.ID}}, nil)
	a, err := s.StartAttempt(ctx, quiz.AttemptOptions{ProfileID: ps[0].ID, Mode: quiz.Exam, Title: "Thi thử", BankID: bank.ID,
		TimeLimit: 20 * time.Minute, PassMark: 0.5, ShuffleOptions: true}, ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	order := a.Items[0].Order
	for i := 0; i < 3; i++ {
		if _, err := s.Answer(ctx, a.ID, i, rightAnswer(a.Items[i].Q)); err != nil {
			t.Fatal(err)
		}
	}
	lib.Close() // the app closes mid-exam

	lib, err = library.Open(ctx, path, library.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	s = lib.Quiz()
	open, err := s.Attempts(ctx, ps[0].ID, true)
	if err != nil || len(open) != 1 || open[0].ID != a.ID || open[0].TimeLimit != 20*time.Minute {
		t.Fatalf("unfinished %+v %v", open, err)
	}
	back, err := s.Attempt(ctx, a.ID)
	if err != nil || back.Answered() != 3 || !slices.Equal(back.Items[0].Order, order) || back.Deadline().IsZero() {
		t.Fatalf("resumed %+v %v", back, err)
	}
	// No review schedule until the exam is submitted.
	if sum, _ := s.Summary(ctx, ps[0].ID); sum.Learned != 0 {
		t.Errorf("exam answers scheduled before submitting: %+v", sum)
	}
	done, err := s.Finish(ctx, a.ID)
	if err != nil || done.Score != 3 || done.MaxScore != float64(len(ids)) || done.Passed() {
		t.Fatalf("finished %+v %v", done, err)
	}
	if sum, _ := s.Summary(ctx, ps[0].ID); sum.Learned != 3 {
		t.Errorf("after submitting, learned %d", sum.Learned)
	}
	if open, _ := s.Attempts(ctx, ps[0].ID, true); len(open) != 0 {
		t.Errorf("still unfinished: %v", open)
	}
}

// Four cadres take the same three-question exam; the statistics follow
// Moodle's definitions, computed here by hand.
func TestItemStatistics(t *testing.T) {
	_, s := openLibrary(t)
	ctx := context.Background()
	bank := newBank(t, s, "Thống kê")
	mk := func(stem string) *quiz.Question {
		q := &quiz.Question{BankID: bank.ID, Type: quiz.Single, Stem: stem,
			Options: []quiz.Option{{Text: "đúng", Correct: true}, {Text: "sai một"}, {Text: "sai hai"}}}
		if err := s.SaveQuestion(ctx, q); err != nil {
			t.Fatal(err)
		}
		return q
	}
	qs := []*quiz.Question{mk("Câu dễ?"), mk("Câu phân loại tốt?"), mk("Câu khó?")}
	// answers[p][i]: option chosen by person p on question i.
	answers := [][]int{{0, 0, 0}, {0, 0, 1}, {0, 1, 1}, {1, 1, 1}}
	for p, picks := range answers {
		prof, err := s.CreateProfile(ctx, string(rune('A'+p)))
		if err != nil {
			t.Fatal(err)
		}
		a, err := s.StartAttempt(ctx, quiz.AttemptOptions{ProfileID: prof.ID, Mode: quiz.Exam}, []int64{qs[0].ID, qs[1].ID, qs[2].ID}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range picks {
			if _, err := s.Answer(ctx, a.ID, i, quiz.Response{Choices: []int{c}}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.Finish(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
	}
	stats, err := s.Stats(ctx, bank.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantFacility := []float64{0.75, 0.5, 0.25}
	for i, st := range stats {
		if st.Attempts != 4 || math.Abs(st.Facility-wantFacility[i]) > 1e-9 {
			t.Errorf("q%d attempts %d facility %v", i, st.Attempts, st.Facility)
		}
		if len(st.Unpicked()) != 1 || st.Unpicked()[0] != 2 {
			t.Errorf("q%d unpicked %v (nobody chose “sai hai”)", i, st.Unpicked())
		}
	}
	// Question 2: item scores 1,1,0,0; rest scores 2,1,1,0 → r = 0.7071.
	if d := stats[1].Discrimination; math.Abs(d-math.Sqrt(0.5)) > 1e-9 {
		t.Errorf("discrimination %v, want %v", d, math.Sqrt(0.5))
	}
}
