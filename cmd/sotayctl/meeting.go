package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"sotay/assets"
	"sotay/library"
	"sotay/library/meeting"
	"sotay/library/quiz"
)

// runMeeting dispatches the meeting subcommands.
func runMeeting(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		return e.usage(fmt.Errorf("meeting: %s", e.msg.T("cli.need_subcommand", nil)))
	}
	switch args[0] {
	case "serve":
		return runMeetingServe(ctx, e, args[1:])
	case "list":
		return runMeetingList(ctx, e, args[1:])
	case "show":
		return runMeetingShow(ctx, e, args[1:])
	case "export":
		return runMeetingExport(ctx, e, args[1:])
	}
	return e.usage(fmt.Errorf("meeting: %s: %q", e.msg.T("cli.unknown_command", nil), args[0]))
}

// runMeetingServe runs a session headless, for rehearsal and tests: the
// first stdout line is {"url","code"}, the last the results.
func runMeetingServe(ctx context.Context, e *env, args []string) int {
	fs := e.flags("meeting serve")
	bankRef := fs.String("bank", "", "")
	addr := fs.String("addr", "", "")
	seconds := fs.Int("seconds", 20, "")
	lobby := fs.Int("lobby", 5, "")
	auto := fs.Bool("auto", false, "")
	title := fs.String("title", "", "")
	teams := fs.String("teams", "", "")
	scoring := fs.String("scoring", "correct", "")
	count := fs.Int("count", 0, "")
	pos, err := parse(fs, args)
	if err != nil || len(pos) > 0 || *bankRef == "" || *seconds < 5 || *seconds > 600 || *lobby < 0 ||
		(*scoring != string(meeting.Correct) && *scoring != string(meeting.Speed)) {
		if err == nil {
			err = fmt.Errorf("meeting serve: --bank BANK, --seconds 5–600, --lobby ≥ 0, --scoring correct|speed")
		}
		return e.usage(err)
	}
	lib, err := e.open(ctx, writing)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	bank, err := lib.Quiz().FindBank(ctx, *bankRef)
	if err != nil {
		return e.fail(err)
	}
	qs, left, err := lib.MeetingQuestions(ctx, quiz.Selection{BankIDs: []int64{bank.ID}}, nil)
	if err != nil {
		return e.fail(err)
	}
	for t, n := range left {
		fmt.Fprintln(e.stderr, e.msg.T("meeting.left_out", map[string]any{"N": n, "Type": string(t)}))
	}
	if *count > 0 && *count < len(qs) {
		qs = qs[:*count] // the first ones, in the bank's order
	}
	settings := meeting.Settings{Seconds: *seconds, Scoring: meeting.Scoring(*scoring)}
	if *teams != "" {
		settings.Teams = true
		for _, t := range strings.Split(*teams, ",") {
			if t = strings.TrimSpace(t); t != "" {
				settings.TeamNames = append(settings.TeamNames, t)
			}
		}
	}
	if *title == "" {
		*title = "Sinh hoạt chi bộ – " + bank.Name
	}
	id, _, err := lib.Meetings().Create(ctx, meeting.Setup{Title: *title, BankID: bank.ID, Settings: settings, Questions: qs})
	if err != nil {
		return e.fail(err)
	}
	ls, err := lib.Meetings().Open(ctx, id)
	if err != nil {
		return e.fail(err)
	}
	defer ls.Close()
	srv := meeting.NewServer(ls, assets.Meeting())
	if *addr == "" {
		*addr = meeting.LANAddress() + ":0"
	}
	bound, err := srv.Listen(*addr)
	if err != nil {
		return e.fail(err)
	}
	defer srv.Close()
	first, _ := json.Marshal(map[string]string{"url": meeting.URL(bound), "code": ls.Code()})
	fmt.Fprintln(e.stdout, string(first))
	if f, ok := e.stdout.(interface{ Sync() error }); ok {
		f.Sync()
	}

	if *auto {
		err = runAuto(ctx, ls, time.Duration(*lobby)*time.Second)
	} else {
		err = runByCommands(ctx, ls, os.Stdin)
	}
	if ls.View().Phase != meeting.Ended {
		// Stopped early (Ctrl+C, stdin closed): the session ends here.
		err = ls.End(context.WithoutCancel(ctx))
	}
	res, _ := json.Marshal(ls.Results())
	fmt.Fprintln(e.stdout, string(res))
	if err != nil && ctx.Err() == nil {
		return e.fail(err)
	}
	return 0
}

// runAuto runs the session by itself: the lobby for lobby, each question
// until its deadline (or until every member answered), a short reveal,
// then the next; it returns once the session ended or ctx is done.
func runAuto(ctx context.Context, ls *meeting.Session, lobby time.Duration) error {
	wait := func(d time.Duration) bool {
		select {
		case <-ctx.Done():
			return false
		case <-time.After(d):
			return true
		}
	}
	if !wait(lobby) {
		return nil
	}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		if err := ls.Next(ctx); err != nil { // lobby/leaderboard → question, or the end
			return err
		}
		if ls.View().Phase == meeting.Ended {
			return nil
		}
		for ls.View().Phase == meeting.Question {
			select {
			case <-ctx.Done():
				return nil
			case <-tick.C:
			}
			if _, err := ls.Tick(ctx); err != nil {
				return err
			}
			if v := ls.View(); v.Phase == meeting.Question && len(v.Members) > 0 && v.Answered >= len(v.Members) {
				if err := ls.Reveal(ctx); err != nil {
					return err
				}
			}
		}
		if !wait(2 * time.Second) { // the reveal
			return nil
		}
		if err := ls.Next(ctx); err != nil { // → leaderboard
			return err
		}
	}
}

// runByCommands runs the session from lines on r: next (or an empty
// line), reveal, pause, end.
func runByCommands(ctx context.Context, ls *meeting.Session, r io.Reader) error {
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			select {
			case lines <- strings.TrimSpace(sc.Text()):
			case <-ctx.Done():
				return
			}
		}
	}()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
			if _, err := ls.Tick(ctx); err != nil {
				return err
			}
		case l := <-lines:
			var err error
			switch l {
			case "", "n", "next":
				err = ls.Next(ctx)
			case "r", "reveal":
				err = ls.Reveal(ctx)
			case "p", "pause":
				ls.Pause()
			case "e", "end":
				err = ls.End(ctx)
			}
			if err != nil {
				return err
			}
		}
		if ls.View().Phase == meeting.Ended {
			return nil
		}
	}
}

func runMeetingList(ctx context.Context, e *env, args []string) int {
	fs := e.flags("meeting list")
	if pos, err := parse(fs, args); err != nil || len(pos) > 0 {
		return e.usage(err)
	}
	lib, err := e.open(ctx, reading)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	list, err := lib.Meetings().Sessions(ctx)
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		for _, s := range list {
			e.encode(s)
		}
		return 0
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "ID\t%s\t%s\t%s\t%s\n", e.msg.T("col.date", nil), e.msg.T("meeting.col.members", nil), e.msg.T("meeting.col.phase", nil), e.msg.T("col.title", nil))
	for _, s := range list {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\n", s.ID, s.HeldOn, s.Members, s.Phase, shown(s.Title))
	}
	tw.Flush()
	return 0
}

// openResults loads a saved session's results.
func (e *env) openResults(ctx context.Context, name string, pos []string) (*library.Library, meeting.Results, int) {
	if len(pos) != 1 {
		return nil, meeting.Results{}, e.usage(fmt.Errorf("%s: %s", name, e.msg.T("cli.need_id", nil)))
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return nil, meeting.Results{}, e.usage(fmt.Errorf("%s: %q: %s", name, pos[0], e.msg.T("cli.bad_id", nil)))
	}
	lib, err := e.open(ctx, reading)
	if err != nil {
		return nil, meeting.Results{}, e.fail(err)
	}
	ls, err := lib.Meetings().Open(ctx, id)
	if err != nil {
		lib.Close()
		return nil, meeting.Results{}, e.fail(err)
	}
	defer ls.Close()
	return lib, ls.Results(), 0
}

func runMeetingShow(ctx context.Context, e *env, args []string) int {
	fs := e.flags("meeting show")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	lib, res, code := e.openResults(ctx, "meeting show", pos)
	if lib == nil {
		return code
	}
	defer lib.Close()
	if e.json {
		return e.encode(res)
	}
	fmt.Fprintf(e.stdout, "%s (%s)\n", shown(res.Title), res.HeldOn)
	fmt.Fprintln(e.stdout, e.msg.T("meeting.cli.attendance", map[string]any{"Present": len(res.Present), "Absent": len(res.Absent)}))
	for i, s := range res.Ranking {
		fmt.Fprintf(e.stdout, "%3d. %s%s — %d\n", i+1, shown(s.Name), teamSuffix(s.Team), s.Points)
	}
	for _, q := range res.Questions {
		fmt.Fprintf(e.stdout, "Câu %d: %d/%d đúng — %s\n", q.Index+1, q.Correct, q.Answered, shown(q.Stem))
	}
	return 0
}

func teamSuffix(t string) string {
	if t == "" {
		return ""
	}
	return " (" + shown(t) + ")"
}

func runMeetingExport(ctx context.Context, e *env, args []string) int {
	fs := e.flags("meeting export")
	format := fs.String("format", "", "")
	out := fs.String("o", "", "")
	pos, err := parse(fs, args)
	if err != nil || *out == "" || (*format != "xlsx" && *format != "pdf") {
		if err == nil {
			err = fmt.Errorf("meeting export ID --format xlsx|pdf -o FILE")
		}
		return e.usage(err)
	}
	lib, res, code := e.openResults(ctx, "meeting export", pos)
	if lib == nil {
		return code
	}
	defer lib.Close()
	err = e.writeOutput(*out, func(w io.Writer) error {
		if *format == "pdf" {
			return meeting.WritePDF(w, res, assets.SerifRegular, assets.SerifBold)
		}
		return meeting.WriteXLSX(w, res)
	})
	if err != nil {
		return e.fail(&pathError{path: *out, err: err})
	}
	fmt.Fprintln(e.said(*out), e.msg.T("meeting.cli.exported", map[string]any{"File": *out}))
	return 0
}
