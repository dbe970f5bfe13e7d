package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"sotay/library"
	"sotay/library/quiz"
)

// The trainer's path from the command line: a plan over a collection with
// a closing quiz, a signed pack of it, three learners importing it into
// libraries that do not exist yet, each taking the quiz and sending back
// a results file, and the trainer's table of the three, as a spreadsheet.
func TestPlanPackResultsCommands(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, 4)
	gift := filepath.Join(t.TempDir(), "cuoi-dot.gift")
	os.WriteFile(gift, []byte("::c1:: Chi bộ khu phố sinh hoạt chuyên đề hằng tháng. {T}\n\n::c2:: Tin số 1 nói về thể thao. {F}\n"), 0o644)
	db := filepath.Join(t.TempDir(), "thay.db")
	for _, args := range [][]string{
		{"import", dir},
		{"collection", "add", "Đợt 1", "1", "2", "3"},
		{"quiz", "import", "--bank", "Kiểm tra cuối đợt", gift},
	} {
		if code, _, errs := ctl(t, append([]string{"--db", db}, args...)...); code != 0 {
			t.Fatalf("%v: %s", args, errs)
		}
	}
	code, out, errs := ctl(t, "--db", db, "--json", "plan", "make", "--collection", "Đợt 1", "--start", "2026-12-07", "--days", "5",
		"--bank", "Kiểm tra cuối đợt", "--questions", "2", "--pass", "50")
	var plan struct {
		ID    string
		Steps []struct{ Starts, Due string }
		Quiz  struct{ Opens, Due string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &plan) != nil || len(plan.Steps) != 3 || plan.Steps[2].Due != "2026-12-21" || plan.Quiz.Opens != "2026-12-22" {
		t.Fatalf("plan make: %d %s %s", code, out, errs)
	}
	// A name mistyped is said, and no collection is made for it; a date
	// that is not one is said as such.
	if code, _, errs := ctl(t, "--db", db, "plan", "make", "--collection", "Đợt một"); code != 1 || !strings.Contains(errs, "[no_collection]") {
		t.Errorf("an unknown collection: %d %s", code, errs)
	}
	if code, out, _ := ctl(t, "--db", db, "collection", "list"); code != 0 || strings.Contains(out, "Đợt một") {
		t.Errorf("a collection was made for a mistyped name: %s", out)
	}
	if code, _, errs := ctl(t, "--db", db, "plan", "make", "--collection", "Đợt 1", "--start", "2026-02-30"); code != 1 || !strings.Contains(errs, "[bad_plan]") {
		t.Errorf("30 February: %d %s", code, errs)
	}
	pack := filepath.Join(t.TempDir(), "dot1.sotay")
	if code, out, errs := ctl(t, "--db", db, "--json", "pack", "export", "--plan", plan.ID, "--unit", "Ban Tuyên giáo", "--sign-key", "k", "-o", pack); code != 0 ||
		!strings.Contains(out, `"documents":3`) || !strings.Contains(out, `"banks":1`) {
		t.Fatalf("pack export: %d %s %s", code, out, errs)
	}
	if code, _, errs := ctl(t, "--db", filepath.Join(t.TempDir(), "x.db"), "pack", "import", pack, "--sign-key", "khoá khác"); code != 1 || !strings.Contains(errs, "[pack_signature]") {
		t.Errorf("a pack whose signature does not match: %d %s", code, errs)
	}
	inbox := t.TempDir()
	if code, _, errs := ctl(t, "--db", db, "results", "import", inbox); code != 1 || !strings.Contains(errs, ".sotaykq") {
		t.Errorf("an empty folder of results: %d %s", code, errs)
	}
	for i, name := range []string{"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"} {
		learner := filepath.Join(t.TempDir(), "may", "hoc-vien.db")
		code, out, errs := ctl(t, "--db", learner, "--json", "pack", "import", pack, "--sign-key", "k")
		if code != 0 || !strings.Contains(out, `"verified":true`) || !strings.Contains(out, `"plan":"Đợt 1"`) {
			t.Fatalf("pack import: %d %s %s", code, out, errs)
		}
		code, out, _ = ctl(t, "--db", learner, "plan", "list")
		if code != 0 || !strings.Contains(out, "Đợt 1") || !strings.Contains(out, "Kiểm tra cuối đợt") {
			t.Fatalf("plan list: %s", out)
		}
		takeQuizIn(t, learner, name, i)
		file := filepath.Join(inbox, quiz.ResultsFileName(name))
		if code, out, errs := ctl(t, "--db", learner, "results", "export", "--profile", name, "--branch", "Chi bộ 3", "--plan", plan.ID,
			"--sign-key", "k", "-o", file); code != 0 || !strings.Contains(out, name) {
			t.Fatalf("results export: %d %s %s", code, out, errs)
		}
	}
	os.WriteFile(filepath.Join(inbox, "hong.sotaykq"), []byte("không phải kết quả"), 0o644)
	code, out, errs = ctl(t, "--db", db, "results", "import", inbox, "--sign-key", "k")
	if code != 1 || strings.Count(out, "đã xác minh") != 3 || !strings.Contains(errs, "[bad_results]") || !strings.Contains(errs, "hong.sotaykq") {
		t.Fatalf("results import: %d %s %s", code, out, errs)
	}
	if code, out, _ := ctl(t, "--db", db, "results", "show", "--by", "question"); code != 0 || strings.Contains(out, "nil") || !strings.Contains(out, "Độ dễ") {
		t.Errorf("the text table: %s", out)
	}
	code, out, _ = ctl(t, "--db", db, "--json", "results", "show")
	var people []struct {
		Person string
		Best   *float64
	}
	if code != 0 || json.Unmarshal([]byte(out), &people) != nil || len(people) != 3 {
		t.Fatalf("results show: %s", out)
	}
	code, out, _ = ctl(t, "--db", db, "--json", "results", "show", "--by", "question")
	if code != 0 || strings.Count(out, `"answers":3`) != 2 {
		t.Errorf("by question: %s", out)
	}
	sheet := filepath.Join(t.TempDir(), "ket-qua.xlsx")
	if code, _, errs := ctl(t, "--db", db, "results", "show", "--xlsx", sheet); code != 0 {
		t.Fatal(errs)
	}
	if st, err := os.Stat(sheet); err != nil || st.Size() == 0 {
		t.Errorf("the spreadsheet: %v", err)
	}
}

// takeQuizIn has a learner of the library at db take the plan's quiz,
// right answers on the first `right` questions.
func takeQuizIn(t *testing.T, db, name string, right int) {
	t.Helper()
	ctx := context.Background()
	lib, err := library.Open(ctx, db, library.OpenOptions{MustExist: true, Write: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	s := lib.Quiz()
	prof, err := s.CreateProfile(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	plans, _ := lib.Plans(ctx)
	ids, _ := s.Draw(ctx, quiz.Selection{BankIDs: []int64{plans[0].Quiz.BankID}}, nil)
	a, err := s.StartAttempt(ctx, quiz.AttemptOptions{ProfileID: prof.ID, Mode: quiz.Exam, BankID: plans[0].Quiz.BankID}, ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, it := range a.Items {
		choice := 0
		for k, o := range it.Q.Options {
			if o.Correct == (i < right) {
				choice = k
			}
		}
		s.Answer(ctx, a.ID, i, quiz.Response{Choices: []int{choice}})
	}
	if _, err := s.Finish(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
}

// sotayctl killed (kill -9) while it imports a pack leaves the library as
// it was before, or with the whole pack: never part of it.
func TestKilledPackImportKeepsTheLibrary(t *testing.T) {
	src := t.TempDir()
	writeCorpus(t, src, 1500)
	srcDB := filepath.Join(t.TempDir(), "nguon.db")
	if code, _, errs := ctl(t, "--db", srcDB, "import", src); code != 0 {
		t.Fatal(errs)
	}
	ids := []string{}
	for i := 1; i <= 1500; i++ {
		ids = append(ids, strconv.Itoa(i))
	}
	pack := filepath.Join(t.TempDir(), "lon.sotay")
	if code, _, errs := ctl(t, append([]string{"--db", srcDB, "pack", "export", "-o", pack}, ids...)...); code != 0 {
		t.Fatal(errs)
	}
	old := t.TempDir()
	writeCorpus(t, old, 3) // the same first three: linked, not added
	partial := 0
	for i, delay := range []time.Duration{20, 40, 60, 80, 100, 150, 300} {
		db := filepath.Join(t.TempDir(), "lib.db")
		if code, _, errs := ctl(t, "--db", db, "import", old); code != 0 {
			t.Fatal(errs)
		}
		killedAfter(t, delay*time.Millisecond, "--db", db, "pack", "import", pack)
		n := countDocs(t, db)
		t.Logf("killed after %v: %d documents", delay*time.Millisecond, n)
		if n != 3 && n != 1500 {
			t.Fatalf("kill %d after %v: %d documents, want 3 (before) or 1500 (the whole pack)", i, delay*time.Millisecond, n)
		}
		if n == 3 {
			partial++
		}
		if code, out, _ := ctl(t, "--db", db, "check"); code != 0 {
			t.Fatalf("kill %d: check: %s", i, out)
		}
	}
	if partial == 0 {
		t.Log("every import finished before its kill: this machine is fast; the test proved less")
	}
}
