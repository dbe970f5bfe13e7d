package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"sotay/internal/safefile"
	"sotay/library"
	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// quizCommands are the subcommands of "sotayctl quiz".
var quizCommands []command

func init() {
	quizCommands = []command{
		{"import", "quiz import FILE [--key KEYFILE] [--bank NAME] [--collection NAME] [--json]", runQuizImport},
		{"list", "quiz list [--json]", runQuizList},
		{"export", "quiz export BANK --format gift|xml|aiken|csv|xlsx|docx|vn-text -o FILE", runQuizExport},
		{"generate", "quiz generate DOC-ID [--json] [--bank NAME]", runQuizGenerate},
		{"print", "quiz print BANK [--variants N] [--count N] [--title T] [--unit U] [--minutes M] [--first-code 101] [--seed S] -o FILE.pdf", runQuizPrint},
		{"stats", "quiz stats BANK [--json]", runQuizStats},
	}
}

// runQuiz dispatches "sotayctl quiz SUBCOMMAND".
func runQuiz(ctx context.Context, e *env, args []string) int {
	if len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help") {
		e.quizUsage(e.stdout)
		return 0
	}
	if len(args) > 0 {
		for _, c := range quizCommands {
			if c.name == args[0] {
				return c.run(ctx, e, args[1:])
			}
		}
		return e.usage(fmt.Errorf("quiz: %s: %q", e.msg.T("cli.unknown_command", nil), args[0]))
	}
	fmt.Fprintf(e.stderr, "%s [usage]: quiz: %s\n", e.msg.T("cli.error", nil), e.msg.T("cli.need_subcommand", nil))
	e.quizUsage(e.stderr)
	return 2
}

// quizUsage lists the quiz subcommands with their flags.
func (e *env) quizUsage(w io.Writer) {
	fmt.Fprintln(w, e.msg.T("cli.usage", nil))
	for _, c := range quizCommands {
		fmt.Fprintf(w, "  sotayctl [--db PATH] %s\n", c.usage)
	}
}

// openBank opens the library and resolves a BANK argument (its id or its
// name); on failure lib is nil and code is the exit code, the error said.
func (e *env) openBank(ctx context.Context, ref string) (lib *library.Library, bank quiz.Bank, code int) {
	lib, err := e.open(ctx, reading)
	if err != nil {
		return nil, bank, e.fail(err)
	}
	if bank, err = lib.Quiz().FindBank(ctx, ref); err != nil {
		lib.Close()
		return nil, bank, e.fail(err)
	}
	return lib, bank, 0
}

// importRowJSON is one line of quiz import --json.
type importRowJSON struct {
	Line   int    `json:"line"`
	Status string `json:"status"`
	ID     int64  `json:"id,omitempty"`
	Type   string `json:"type,omitempty"`
	Error  string `json:"error,omitempty"`
	// Code and Args say a question's fault for programs (quiz.Fault);
	// Error is its Vietnamese sentence.
	Code string         `json:"code,omitempty"`
	Args map[string]any `json:"args,omitempty"`
	Note string         `json:"note,omitempty"`
}

// runQuizImport reads a question file into a bank (named after the file
// unless --bank says otherwise), one transaction per file.
func runQuizImport(ctx context.Context, e *env, args []string) int {
	fs := e.flags("quiz import")
	bankName := fs.String("bank", "", "")
	collection := fs.String("collection", "", "")
	keyFile := fs.String("key", "", "")
	pos, err := parse(fs, args)
	if err != nil || len(pos) != 1 {
		if err == nil {
			err = fmt.Errorf("quiz import: %s", e.msg.T("cli.need_file", nil))
		}
		return e.usage(err)
	}
	path := pos[0]
	format, items, err := library.ReadQuestionFile(ctx, path, *keyFile)
	if err != nil {
		return e.fail(&pathError{path: path, err: err})
	}
	lib, err := e.open(ctx, creating)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	name := *bankName
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	var coll library.Collection
	if *collection != "" {
		if coll, err = lib.CollectionNamed(ctx, *collection); err != nil {
			return e.fail(err)
		}
	}
	start := time.Now()
	rep, err := lib.Quiz().ImportNamed(ctx, name, items)
	if err != nil {
		return e.fail(&pathError{path: path, err: err})
	}
	elapsed := time.Since(start)
	bank := rep.Bank
	if coll.ID != 0 && bank.ID != 0 {
		if err := lib.Quiz().SetBankCollection(ctx, bank.ID, coll.ID); err != nil {
			return e.fail(err)
		}
	}
	if e.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, r := range rep.Rows {
			row := importRowJSON{Line: r.Line, Status: string(r.Status), ID: r.ID, Type: string(r.Type)}
			var notes []string
			for _, n := range r.Notes {
				notes = append(notes, n.In(e.msg.T))
			}
			row.Note = strings.Join(notes, "; ")
			if r.Err != nil {
				row.Error = errorIn(r.Err, e.msg.T)
				row.ID, row.Type = 0, ""
				var f *quiz.Fault
				if errors.As(r.Err, &f) {
					row.Code, row.Args = f.Code, f.Args
				}
			}
			enc.Encode(row)
		}
	} else {
		w := bufio.NewWriter(e.stdout)
		for _, r := range rep.Rows {
			switch r.Status {
			case quiz.Problemed:
				fmt.Fprintf(w, "%s: %v\n", e.msg.T("quiz.cli.problem", nil), errorIn(r.Err, e.msg.T))
			case quiz.Duplicate:
				fmt.Fprintf(w, "%s: dòng %d = câu hỏi %d\n", e.msg.T("quiz.cli.duplicate", nil), r.Line, r.ID)
			}
			for _, n := range r.Notes {
				fmt.Fprintln(w, n.AtLine(r.Line).In(e.msg.T))
			}
		}
		if bank.ID == 0 {
			fmt.Fprintln(w, e.msg.T("quiz.cli.no_bank", map[string]any{"Bank": name}))
		}
		fmt.Fprintln(w, e.msg.T("quiz.cli.import_summary", map[string]any{
			"Bank": name, "ID": bank.ID, "Format": string(format), "Imported": rep.Count(quiz.Imported),
			"Duplicates": rep.Count(quiz.Duplicate), "Problems": rep.Count(quiz.Problemed),
			"Seconds": fmt.Sprintf("%.2f", elapsed.Seconds())}))
		if len(rep.SubBanks) > 0 {
			var names []string
			for _, b := range rep.SubBanks {
				names = append(names, fmt.Sprintf("“%s” (mã %d)", b.Name, b.ID))
			}
			fmt.Fprintln(w, e.msg.T("quiz.cli.sub_banks", map[string]any{"N": len(names), "Banks": strings.Join(names, ", ")}))
		}
		w.Flush()
	}
	if rep.Count(quiz.Problemed) > 0 {
		return 1
	}
	return 0
}

// runQuizList prints the banks.
func runQuizList(ctx context.Context, e *env, args []string) int {
	fs := e.flags("quiz list")
	pos, err := parse(fs, args)
	if err != nil || len(pos) > 0 {
		return e.usage(err)
	}
	lib, err := e.open(ctx, reading)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	banks, err := lib.Quiz().Banks(ctx)
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, b := range banks {
			enc.Encode(map[string]any{"id": b.ID, "name": b.Name, "questions": b.Questions,
				"document": nullable(b.DocumentID), "collection": nullable(b.CollectionID)})
		}
		return 0
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "ID\t%s\t%s\n", e.msg.T("quiz.col.bank", nil), e.msg.T("quiz.col.questions", nil))
	for _, b := range banks {
		fmt.Fprintf(tw, "%d\t%s\t%d\n", b.ID, b.Name, b.Questions)
	}
	tw.Flush()
	return 0
}

// runQuizExport writes a bank to a file in one of the exchange formats.
func runQuizExport(ctx context.Context, e *env, args []string) int {
	fs := e.flags("quiz export")
	format := fs.String("format", "", "")
	out := fs.String("o", "", "")
	pos, err := parse(fs, args)
	if err != nil || len(pos) != 1 || *out == "" {
		if err == nil {
			err = fmt.Errorf("quiz export: %s", e.msg.T("cli.need_bank_out", nil))
		}
		return e.usage(err)
	}
	f := formats.Format(strings.ToLower(*format))
	if *format == "" {
		f = formatFromExt(*out)
	}
	if !validFormat(f) {
		return e.usage(fmt.Errorf("quiz export: --format %q (gift, xml, aiken, csv, xlsx, docx, vn-text)", *format))
	}
	lib, bank, code := e.openBank(ctx, pos[0])
	if lib == nil {
		return code
	}
	defer lib.Close()
	sections, err := lib.Quiz().Sections(ctx, bank.ID)
	if err != nil {
		return e.fail(err)
	}
	var rep formats.ExportReport
	err = e.writeOutput(*out, func(w io.Writer) error {
		var err error
		rep, err = formats.ExportSections(w, f, sections)
		return err
	})
	if err != nil {
		return e.fail(&pathError{path: *out, err: err})
	}
	if e.json && *out != "-" {
		type skip struct {
			ID   int64  `json:"id"`
			Code string `json:"code"`
			Why  string `json:"why"`
		}
		skipped := []skip{}
		for _, s := range rep.Skipped {
			skipped = append(skipped, skip{s.ID, s.Why.Code, s.Why.In(e.msg.T)})
		}
		return e.encode(map[string]any{"bank": bank.ID, "format": f, "file": *out, "questions": rep.Written, "skipped": skipped, "lost": rep.Lost})
	}
	fmt.Fprintln(e.said(*out), e.msg.T("quiz.cli.exported", map[string]any{"N": rep.Written, "Bank": bank.Name, "File": *out, "Format": string(f)}))
	for _, g := range rep.SkippedByReason() {
		fmt.Fprintln(e.said(*out), e.msg.T("quiz.cli.skipped", map[string]any{"N": len(g.IDs), "IDs": fmt.Sprint(g.IDs), "Format": string(f), "Why": g.Why.In(e.msg.T)}))
	}
	if s := rep.LostSummaryIn(e.msg.T); s != "" {
		fmt.Fprintln(e.said(*out), s)
	}
	return 0
}

// nullable is an id for JSON, null when 0.
func nullable(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// orEmpty makes a nil slice an empty one, so JSON says [] and not null.
func orEmpty[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}

func validFormat(f formats.Format) bool {
	for _, g := range formats.Formats {
		if g == f {
			return true
		}
	}
	return false
}

func formatFromExt(path string) formats.Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".gift":
		return formats.GIFT
	case ".csv":
		return formats.CSV
	case ".xlsx":
		return formats.XLSX
	case ".docx":
		return formats.DOCX
	case ".xml":
		return formats.MoodleXML
	case ".txt":
		return formats.VNText
	}
	return ""
}

// writeOutput writes a file the user named with -o: "-" is standard
// output; any other path goes through safefile, which refuses the library
// and its companions, anything but a regular file, and never leaves half a
// file behind.
func (e *env) writeOutput(path string, write func(io.Writer) error) error {
	if path == "-" {
		return write(e.stdout)
	}
	return safefile.Write(path, write)
}

// said is where a command that wrote a file reports it: standard error
// when the file itself went to standard output.
func (e *env) said(out string) io.Writer {
	if out == "-" {
		return e.stderr
	}
	return e.stdout
}

// errorIn is err in the language of t when it is a fault of the quiz
// library (a code and arguments), else as it is.
func errorIn(err error, t func(string, any) string) string {
	var f *quiz.Fault
	if errors.As(err, &f) {
		return f.In(t)
	}
	return err.Error()
}
