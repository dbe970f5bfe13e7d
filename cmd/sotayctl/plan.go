package main

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"sotay/library"
	"sotay/library/quiz"
)

// runPlan dispatches "sotayctl plan make|list|delete".
func runPlan(ctx context.Context, e *env, args []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "make":
			return runPlanMake(ctx, e, args[1:])
		case "list":
			return runPlanList(ctx, e, args[1:])
		case "delete":
			return runPlanDelete(ctx, e, args[1:])
		}
	}
	return e.usage(fmt.Errorf("plan: %s", e.msg.T("cli.need_subcommand_plan", nil)))
}

// docIDs are the documents a command names: a collection's, or ids.
func (e *env) docIDs(ctx context.Context, lib *library.Library, collection string, pos []string) ([]int64, string, error) {
	var ids []int64
	name := ""
	if collection != "" {
		// (found, never made: a name mistyped is said)
		c, err := lib.FindCollection(ctx, collection)
		if err != nil {
			return nil, "", err
		}
		if ids, err = lib.CollectionDocuments(ctx, c.ID); err != nil {
			return nil, "", err
		}
		name = c.Name
	}
	for _, p := range pos {
		n, err := strconv.ParseInt(p, 10, 64)
		if err != nil || n <= 0 {
			return nil, "", fmt.Errorf("%q: %s", p, e.msg.T("cli.bad_id", nil))
		}
		ids = append(ids, n)
	}
	return ids, name, nil
}

// runPlanMake makes a study plan by hand: the documents one after
// another, then the closing quiz.
func runPlanMake(ctx context.Context, e *env, args []string) int {
	fs := e.flags("plan make")
	collection := fs.String("collection", "", "")
	title := fs.String("title", "", "")
	start := fs.String("start", "", "")
	days := fs.Int("days", 7, "")
	bank := fs.String("bank", "", "")
	quizDays := fs.Int("quiz-days", 7, "")
	questions := fs.Int("questions", 0, "")
	pass := fs.Int("pass", 0, "")
	pos, err := parse(fs, args)
	if err != nil || (*collection == "") == (len(pos) == 0) {
		if err == nil {
			err = fmt.Errorf("plan make: %s", e.msg.T("cli.plan_make_usage", nil))
		}
		return e.usage(err)
	}
	day, derr := time.ParseInLocation("2006-01-02", *start, time.Local)
	if *start == "" {
		day, derr = time.Now(), nil
	}
	if derr != nil || *days < 1 || *days > 366 || *quizDays < 1 || *quizDays > 366 {
		return e.fail(fmt.Errorf("%w: --start %q (%s), --days %d, --quiz-days %d", library.ErrBadPlan, *start, e.msg.T("plan.date_form", nil), *days, *quizDays))
	}
	lib, err := e.open(ctx, writing)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	ids, name, err := e.docIDs(ctx, lib, *collection, pos)
	if err != nil {
		return e.fail(err)
	}
	if *title == "" {
		*title = name
	}
	spec := library.PlanSpec{Title: *title, Documents: ids, Start: day, DaysEach: *days, QuizDays: *quizDays, Questions: *questions, PassPercent: *pass}
	if *bank != "" {
		b, err := lib.Quiz().FindBank(ctx, *bank)
		if err != nil {
			return e.fail(err)
		}
		spec.BankID = b.ID
	}
	plan, err := lib.MakePlan(ctx, spec)
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		return e.encode(planJSON(plan, nil))
	}
	fmt.Fprintln(e.stdout, e.msg.T("plan.made", map[string]any{"Title": plan.Title, "ID": plan.ID, "N": len(plan.Steps),
		"From": plan.Steps[0].Starts, "To": plan.Steps[len(plan.Steps)-1].Due}))
	return 0
}

func planJSON(p library.StudyPlan, st *library.PlanStatus) map[string]any {
	var steps []map[string]any
	for i, s := range p.Steps {
		m := map[string]any{"document": s.DocumentID, "title": s.Title, "starts": s.Starts, "due": s.Due}
		if st != nil {
			ss := st.Steps[i]
			m["read_percent"], m["mastery"], m["state"], m["this_week"] = ss.ReadPercent, math.Round(ss.Mastery*100), ss.State, ss.ThisWeek
		}
		steps = append(steps, m)
	}
	out := map[string]any{"id": p.ID, "title": p.Title, "unit": p.Unit, "version": p.Version, "steps": steps}
	if q := p.Quiz; q.BankID != 0 {
		qm := map[string]any{"bank": q.Bank, "opens": q.Opens, "due": q.Due, "questions": q.Questions, "pass_percent": q.PassPercent}
		if st != nil {
			qm["state"] = st.Quiz.State
			if st.Quiz.Best >= 0 {
				qm["best"] = math.Round(st.Quiz.Best)
			}
		}
		out["quiz"] = qm
	}
	return out
}

// profileNamed is the profile of that name, or the first one for "".
func profileNamed(ctx context.Context, lib *library.Library, name string) (quiz.Profile, error) {
	ps, err := lib.Quiz().Profiles(ctx)
	if err != nil {
		return quiz.Profile{}, err
	}
	for _, p := range ps {
		if name == "" || p.Name == quiz.Tidy(name) {
			return p, nil
		}
	}
	var names []string
	for _, p := range ps {
		names = append(names, p.Name)
	}
	return quiz.Profile{}, fmt.Errorf("%w: %q (%s)", library.ErrNoProfile, name, strings.Join(names, ", "))
}

// runPlanList lists the plans with where the learner (--profile) stands.
func runPlanList(ctx context.Context, e *env, args []string) int {
	fs := e.flags("plan list")
	profile := fs.String("profile", "", "")
	if _, err := parse(fs, args); err != nil {
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
	plans, err := lib.Plans(ctx)
	if err != nil {
		return e.fail(err)
	}
	out := []map[string]any{}
	for _, p := range plans {
		st, err := lib.PlanProgress(ctx, p, prof.ID, time.Now())
		if err != nil {
			return e.fail(err)
		}
		if e.json {
			out = append(out, planJSON(p, &st))
			continue
		}
		fmt.Fprintf(e.stdout, "%s\t%s\t%d%%\n", p.ID, shown(p.Title), int(st.Done*100+0.5))
		for _, s := range st.Steps {
			fmt.Fprintf(e.stdout, "  %s – %s\t%s\t%d%%\t%s\n", s.Starts, s.Due, shown(s.Title), s.ReadPercent, e.msg.T("plan.state."+s.State, nil))
		}
		if q := st.Quiz; q.BankID != 0 {
			fmt.Fprintf(e.stdout, "  %s – %s\t%s\t%s\n", q.Opens, q.Due, shown(q.Bank), e.msg.T("plan.state."+q.State, nil))
		}
	}
	if e.json {
		return e.encode(out)
	}
	return 0
}

func runPlanDelete(ctx context.Context, e *env, args []string) int {
	fs := e.flags("plan delete")
	pos, err := parse(fs, args)
	if err != nil || len(pos) != 1 {
		if err == nil {
			err = fmt.Errorf("plan delete: %s", e.msg.T("cli.need_plan_id", nil))
		}
		return e.usage(err)
	}
	lib, err := e.open(ctx, writing)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	if err := lib.DeletePlan(ctx, pos[0]); err != nil {
		return e.fail(err)
	}
	if e.json {
		return e.encode(map[string]any{"deleted": pos[0]})
	}
	return 0
}
