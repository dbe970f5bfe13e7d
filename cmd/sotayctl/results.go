package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"

	"sotay/library"
	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// runResults dispatches "sotayctl results export|import|show".
func runResults(ctx context.Context, e *env, args []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "export":
			return runResultsExport(ctx, e, args[1:])
		case "import":
			return runResultsImport(ctx, e, args[1:])
		case "show":
			return runResultsShow(ctx, e, args[1:])
		}
	}
	return e.usage(fmt.Errorf("results: %s", e.msg.T("cli.need_subcommand_results", nil)))
}

// runResultsExport writes a learner's results file (Nộp kết quả).
func runResultsExport(ctx context.Context, e *env, args []string) int {
	fs := e.flags("results export")
	profile := fs.String("profile", "", "")
	name := fs.String("name", "", "")
	branch := fs.String("branch", "", "")
	plan := fs.String("plan", "", "")
	key := fs.String("sign-key", "", "")
	out := fs.String("o", "", "")
	pos, err := parse(fs, args)
	if err != nil || *out == "" || len(pos) != 0 {
		if err == nil {
			err = fmt.Errorf("results export: %s", e.msg.T("cli.results_export_usage", nil))
		}
		return e.usage(err)
	}
	lib, err := e.open(ctx, reading)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	prof, err := profileNamed(ctx, lib, *profile)
	if err != nil {
		return e.fail(err)
	}
	var sub quiz.Submission
	err = e.writeOutput(*out, func(w io.Writer) error {
		var err error
		sub, err = lib.ExportResults(ctx, w, library.ResultsOptions{ProfileID: prof.ID, Person: *name, Branch: *branch, Plan: *plan, Key: *key})
		return err
	})
	if err != nil {
		return e.fail(&pathError{path: *out, err: err})
	}
	if e.json && *out != "-" {
		return e.encode(map[string]any{"file": *out, "person": sub.Person, "branch": sub.Branch, "plan": sub.PlanID, "attempts": len(sub.Attempts), "signed": *key != ""})
	}
	fmt.Fprintln(e.said(*out), e.msg.T("results.exported", map[string]any{"File": *out, "Person": sub.Person, "N": len(sub.Attempts)}))
	return 0
}

// runResultsImport takes in learners' results files (or folders of them).
func runResultsImport(ctx context.Context, e *env, args []string) int {
	fs := e.flags("results import")
	key := fs.String("sign-key", "", "")
	pos, err := parse(fs, args)
	if err != nil || len(pos) == 0 {
		if err == nil {
			err = fmt.Errorf("results import: %s", e.msg.T("cli.need_results_files", nil))
		}
		return e.usage(err)
	}
	lib, err := e.open(ctx, writing)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	got, err := lib.ReceiveResults(ctx, pos, *key)
	if err != nil {
		return e.fail(err)
	}
	refused, fresh := 0, 0
	var rows []map[string]any
	for _, r := range got {
		row := map[string]any{"file": r.Name, "person": r.Person, "branch": r.Branch, "status": r.Status, "verified": r.Verified}
		if r.Err != nil {
			refused++
			row["error"] = errorIn(r.Err, e.msg.T)
			if !e.json {
				fmt.Fprintln(e.stderr, e.describe(&pathError{path: r.Name, err: r.Err}))
			}
		} else {
			if r.Status == "added" || r.Status == "replaced" {
				fresh++
			}
			if !e.json {
				fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\t%s\n", shown(filepath.Base(r.Name)), e.msg.T("results.status."+r.Status, nil), shown(r.Person), shown(r.Branch), verifiedWord(e, r.Verified))
			}
		}
		rows = append(rows, row)
	}
	code := 0
	if refused > 0 || len(got) == 0 {
		code = 1
	}
	if len(got) == 0 {
		fmt.Fprintln(e.stderr, e.msg.T("results.no_files", nil))
	}
	if e.json {
		if rows == nil {
			rows = []map[string]any{}
		}
		e.encode(rows)
		return code
	}
	fmt.Fprintln(e.stdout, e.msg.T("results.imported", map[string]any{"N": fresh, "S": len(got) - refused - fresh, "R": refused}))
	return code
}

func verifiedWord(e *env, ok bool) string {
	if ok {
		return e.msg.T("results.verified", nil)
	}
	return e.msg.T("results.unverified", nil)
}

// runResultsShow prints the trainer's table, by person or by question, or
// writes it as a spreadsheet.
func runResultsShow(ctx context.Context, e *env, args []string) int {
	fs := e.flags("results show")
	plan := fs.String("plan", "", "")
	by := fs.String("by", "person", "")
	xlsx := fs.String("xlsx", "", "")
	pos, err := parse(fs, args)
	if err != nil || len(pos) != 0 || *by != "person" && *by != "question" {
		if err == nil {
			err = fmt.Errorf("results show: %s", e.msg.T("cli.results_show_usage", nil))
		}
		return e.usage(err)
	}
	lib, err := e.open(ctx, reading)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	title := ""
	if *plan != "" {
		if p, err := lib.Plan(ctx, *plan); err == nil {
			title = p.Title
		}
	}
	t, err := lib.Quiz().Results(ctx, *plan, title)
	if err != nil {
		return e.fail(err)
	}
	if *xlsx != "" {
		if err := e.writeOutput(*xlsx, func(w io.Writer) error { return formats.WriteResultsXLSX(w, t) }); err != nil {
			return e.fail(&pathError{path: *xlsx, err: err})
		}
		fmt.Fprintln(e.said(*xlsx), e.msg.T("results.xlsx", map[string]any{"File": *xlsx, "P": len(t.People), "Q": len(t.Questions)}))
		return 0
	}
	pct := func(x float64) any {
		if math.IsNaN(x) {
			return nil
		}
		return math.Round(x*10) / 10
	}
	text := func(x float64) string { // a figure for the text table
		if math.IsNaN(x) {
			return "—"
		}
		return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64)
	}
	if *by == "question" {
		var rows []map[string]any
		for _, q := range t.Questions {
			rows = append(rows, map[string]any{"question": q.Stem, "bank": q.Bank, "answers": q.Answers,
				"facility": pct(q.Facility * 100), "discrimination": pct(q.Discrimination * 100), "picks": q.Picks})
			if !e.json {
				if len(rows) == 1 {
					fmt.Fprintln(e.stdout, e.msg.T("results.head_question", nil))
				}
				fmt.Fprintf(e.stdout, "%d\t%s%%\t%s\t%s\n", q.Answers, text(q.Facility*100), text(q.Discrimination), shown(quiz.Clip(q.Stem, 70)))
			}
		}
		if e.json {
			return e.encode(rows)
		}
		return 0
	}
	var rows []map[string]any
	for _, p := range t.People {
		rows = append(rows, map[string]any{"person": p.Person, "branch": p.Branch, "plan": p.PlanTitle, "attempts": p.Attempts,
			"best": pct(p.Best), "last": pct(p.Last), "verified": p.Verified})
		if !e.json {
			if len(rows) == 1 {
				fmt.Fprintln(e.stdout, e.msg.T("results.head_person", nil))
			}
			fmt.Fprintf(e.stdout, "%s\t%s\t%d\t%s\t%s\t%s\n", shown(p.Person), shown(p.Branch), p.Attempts, text(p.Best), text(p.Last), verifiedWord(e, p.Verified))
		}
	}
	if e.json {
		return e.encode(rows)
	}
	return 0
}
