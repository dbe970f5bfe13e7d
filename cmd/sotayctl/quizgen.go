package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
	"time"

	"sotay/assets"
	"sotay/library/quiz"
	"sotay/library/quiz/draft"
	"sotay/library/quiz/formats"
)

// draftJSON is one line of quiz generate --json.
type draftJSON struct {
	Kind        string       `json:"kind"`
	KindName    string       `json:"kind_name"`
	Type        quiz.Type    `json:"type"`
	Stem        string       `json:"stem"`
	Options     []optionJSON `json:"options"`
	Explanation string       `json:"explanation"`
	Difficulty  int          `json:"difficulty"`
	Passage     *passageJSON `json:"passage,omitempty"`
}

type optionJSON struct {
	Text    string `json:"text"`
	Correct bool   `json:"correct"`
}

type passageJSON struct {
	DocumentID int64  `json:"document_id"`
	Page       int    `json:"page"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Quote      string `json:"quote"`
}

// runQuizGenerate proposes questions from a document. They are printed
// for the trainer to review (in the Vietnamese text format, which `quiz
// import` reads back once edited); --bank saves them all at once.
func runQuizGenerate(ctx context.Context, e *env, args []string) int {
	fs := e.flags("quiz generate")
	bankName := fs.String("bank", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	a := reading
	if *bankName != "" {
		a = writing
	}
	lib, doc, code := e.openDocument(ctx, "quiz generate", pos, a)
	if lib == nil {
		return code
	}
	defer lib.Close()
	drafts, spent, err := lib.ProposeQuestions(ctx, doc.ID)
	if err != nil {
		return e.fail(err)
	}
	switch {
	case len(drafts) == 0 && spent != "":
		// a telegram months old, a plan for a year gone by: say so
		key := "quiz.cli.spent_period"
		switch spent {
		case draft.SpentTelegram:
			key = "quiz.cli.spent_telegram"
		case draft.SpentEvent:
			key = "quiz.cli.spent_event"
		case draft.SpentCase:
			key = "quiz.cli.spent_case"
		}
		fmt.Fprintln(e.stderr, e.msg.T(key, map[string]any{"T": doc.Title}))
	case len(drafts) == 0:
		// (round 17: an empty answer with exit 0 looked like a fault)
		fmt.Fprintln(e.stderr, e.msg.T("quiz.cli.no_drafts", map[string]any{"T": doc.Title}))
	}
	if *bankName != "" {
		bank, err := lib.Quiz().BankFor(ctx, *bankName, doc.ID)
		if err != nil {
			return e.fail(err)
		}
		items := make([]quiz.Item, len(drafts))
		for i := range drafts {
			q := drafts[i].Question
			items[i] = quiz.Item{Line: i + 1, Q: &q}
		}
		rep, err := lib.Quiz().Import(ctx, bank, items)
		if err != nil {
			return e.fail(err)
		}
		added := rep.Count(quiz.Imported)
		if e.json {
			return e.encode(map[string]any{"document": doc.ID, "bank": bank.ID, "drafts": len(drafts), "imported": added, "duplicates": len(drafts) - added})
		}
		fmt.Fprintln(e.stdout, e.msg.T("quiz.cli.generated_saved", map[string]any{"N": added, "Drafts": len(drafts), "Bank": bank.Name}))
		return 0
	}
	if e.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, d := range drafts {
			q := d.Question
			row := draftJSON{Kind: string(d.Kind), KindName: d.Kind.Name(), Type: q.Type, Stem: q.Stem,
				Explanation: q.Explanation, Difficulty: q.Difficulty, Options: []optionJSON{}}
			for _, o := range q.Options {
				row.Options = append(row.Options, optionJSON{o.Text, o.Correct})
			}
			if p := q.Passage; p != nil {
				row.Passage = &passageJSON{p.DocumentID, p.Page, p.Start, p.End, p.Quote}
			}
			if err := enc.Encode(row); err != nil {
				return e.fail(err)
			}
		}
		return 0
	}
	qs := make([]*quiz.Question, len(drafts))
	for i := range drafts {
		qs[i] = &drafts[i].Question
	}
	if err := formats.WriteVNText(e.stdout, qs); err != nil {
		return e.fail(err)
	}
	return 0
}

// runQuizPrint writes a bank (or a random draw from it) as a printable PDF
// test with variants and the answer key.
func runQuizPrint(ctx context.Context, e *env, args []string) int {
	fs := e.flags("quiz print")
	variants := fs.Int("variants", 2, "")
	out := fs.String("o", "", "")
	title := fs.String("title", "", "")
	unit := fs.String("unit", "", "")
	minutes := fs.Int("minutes", 0, "")
	count := fs.Int("count", 0, "")
	first := fs.Int("first-code", 101, "")
	seed := fs.Uint64("seed", 0, "")
	pos, err := parse(fs, args)
	if err != nil || len(pos) != 1 || *out == "" {
		if err == nil {
			err = fmt.Errorf("quiz print: %s", e.msg.T("cli.need_bank_out", nil))
		}
		return e.usage(err)
	}
	if *variants < 1 || *variants > formats.MaxVariants || *count < 0 || *minutes < 0 || *first < 1 {
		return e.usage(fmt.Errorf("quiz print: --variants 1–%d, --count ≥ 0, --minutes ≥ 0, --first-code ≥ 1", formats.MaxVariants))
	}
	lib, bank, code := e.openBank(ctx, pos[0])
	if lib == nil {
		return code
	}
	defer lib.Close()
	if *seed == 0 {
		*seed = uint64(time.Now().UnixNano())
	}
	qs, err := lib.Quiz().Questions(ctx, bank.ID)
	if err != nil {
		return e.fail(err)
	}
	if *title == "" {
		*title = "Đề kiểm tra"
	}
	var printed formats.Printed
	err = e.writeOutput(*out, func(w io.Writer) error {
		var err error
		printed, err = formats.WritePDF(w, qs, formats.PrintOptions{Unit: *unit, Title: *title, Subtitle: bank.Name,
			Minutes: *minutes, Variants: *variants, Count: *count, FirstCode: *first, Seed: *seed,
			Regular: assets.SerifRegular, Bold: assets.SerifBold})
		return err
	})
	if err != nil {
		return e.fail(&pathError{path: *out, err: err})
	}
	if e.json && *out != "-" {
		return e.encode(map[string]any{"bank": bank.ID, "file": *out, "codes": printed.Codes, "questions": printed.Questions, "pages": printed.Pages, "seed": *seed})
	}
	codes := make([]string, len(printed.Codes))
	for i, c := range printed.Codes {
		codes[i] = fmt.Sprint(c)
	}
	fmt.Fprintln(e.said(*out), e.msg.T("quiz.cli.printed", map[string]any{"File": *out, "Codes": strings.Join(codes, ", "),
		"N": printed.Questions, "Pages": printed.Pages}))
	return 0
}

// statJSON is one line of quiz stats --json.
type statJSON struct {
	ID             int64    `json:"id"`
	Stem           string   `json:"stem"`
	Type           string   `json:"type"`
	Attempts       int      `json:"attempts"`
	Facility       *float64 `json:"facility"`
	Discrimination *float64 `json:"discrimination"`
	Picks          []int    `json:"picks"`
	Unpicked       []string `json:"unpicked"`
}

// runQuizStats prints Moodle's item statistics for a bank's questions.
func runQuizStats(ctx context.Context, e *env, args []string) int {
	fs := e.flags("quiz stats")
	pos, err := parse(fs, args)
	if err != nil || len(pos) != 1 {
		if err == nil {
			err = fmt.Errorf("quiz stats: %s", e.msg.T("cli.need_bank", nil))
		}
		return e.usage(err)
	}
	lib, bank, code := e.openBank(ctx, pos[0])
	if lib == nil {
		return code
	}
	defer lib.Close()
	stats, err := lib.Quiz().Stats(ctx, bank.ID)
	if err != nil {
		return e.fail(err)
	}
	num := func(f float64) *float64 {
		if math.IsNaN(f) {
			return nil
		}
		r := math.Round(f*1000) / 1000
		return &r
	}
	if e.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, s := range stats {
			row := statJSON{ID: s.Question.ID, Stem: s.Question.Stem, Type: string(s.Question.Type), Attempts: s.Attempts,
				Discrimination: num(s.Discrimination), Picks: orEmpty(s.Picks), Unpicked: []string{}}
			if s.Attempts > 0 {
				row.Facility = num(s.Facility)
			}
			for _, k := range s.Unpicked() {
				row.Unpicked = append(row.Unpicked, string(rune('A'+k)))
			}
			if err := enc.Encode(row); err != nil {
				return e.fail(err)
			}
		}
		return 0
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, e.msg.T("quiz.stats.header", nil))
	for _, s := range stats {
		fac, dis := "—", "—"
		if s.Attempts > 0 {
			fac = fmt.Sprintf("%.0f%%", 100*s.Facility)
		}
		if !math.IsNaN(s.Discrimination) {
			dis = fmt.Sprintf("%.2f", s.Discrimination)
		}
		var unp []string
		for _, k := range s.Unpicked() {
			unp = append(unp, string(rune('A'+k)))
		}
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\n", s.Question.ID, s.Attempts, fac, dis, strings.Join(unp, ","), clipRunes(s.Question.Stem, 60))
	}
	tw.Flush()
	return 0
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
