// Command sotayctl is Sổ tay's command-line tool: the same library as the
// GUI, without Fyne or OpenGL, for servers, scripts and measurements.
//
//	sotayctl [--db PATH] COMMAND [flags] [args]
//
// Exit codes: 0 ok, 1 failure (or some files failed), 2 usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"unicode"

	"sotay/assets"
	"sotay/internal/i18n"
	"sotay/internal/memlimit"
	"sotay/library"
	"sotay/library/quiz"
)

// command is one subcommand; run returns the exit code.
type command struct {
	name, usage string
	run         func(ctx context.Context, env *env, args []string) int
}

// commands is filled in init: the commands refer back to it through usage.
var commands []command

func init() {
	commands = []command{
		{"list", "list [--json]", runList},
		{"show", "show ID [--text] [--json]", runShow},
		{"import", "import [--json] [--password PW] [--ocr auto|off] PATH...", runImport},
		{"search", "search [--json] [--limit N] [--kind K] [--year Y] [--issuer I] [--tag T] [--literal] (QUERY | --stdin)", runSearch},
		{"find", "find [--json] [--limit N] QUERY", runFind},
		{"reindex", "reindex [--json]", runReindex},
		{"edit", "edit ID [--title T] [--kind K] [--number N] [--issuer I] [--date YYYY-MM-DD] [--place P] [--signer S] [--signer-role R] [--subject S] [--validity con-hieu-luc|het-hieu-luc|bi-thay-the] [--json]", runEdit},
		{"delete", "delete ID [--json]", runDelete},
		{"collection", "collection list | add NAME DOC-ID... | remove NAME DOC-ID... | delete NAME [--json]", runCollection},
		{"quiz", "quiz import|list|export|generate|print|stats … (sotayctl quiz)", runQuiz},
		{"meeting", "meeting serve --bank BANK [--addr HOST:PORT] [--seconds N] [--lobby N] [--count N] [--auto] [--teams \"Tổ 1,Tổ 2\"] [--scoring correct|speed] | list | show ID | export ID --format xlsx|pdf -o FILE", runMeeting},
		{"trash", "trash ID | trash list | trash empty [--json]", runTrash},
		{"restore", "restore ID | restore BACKUP.zip [--json]", runRestore},
		{"tag", "tag add|rm ID TAG [--json]", runTag},
		{"relations", "relations ID [--json]", runRelations},
		{"report", "report (ID | --collection NAME) --format docx|pdf -o FILE [--json]", runReport},
		{"note", "note add ID --from N --to N [--color yellow|green|blue|pink] [--text T] [--tag T] [--kind highlight|note|bookmark] | list [ID] [--color C] [--tag T] [--query Q] | rm NOTE-ID [--json]", runNote},
		{"check", "check [--repair] [--json] | check --recover -o NEW.db", runCheck},
		{"backup", "backup -o FILE.zip", runBackup},
		{"watch", "watch DIR... [--json]", runWatch},
		{"plan", "plan make (--collection C | ID...) [--title T] [--start YYYY-MM-DD] [--days N] [--bank B --quiz-days N --questions N --pass P] | plan list [--profile P] | plan delete ID [--json]", runPlan},
		{"results", "results export [--profile P] [--branch B] [--plan ID] [--sign-key K] -o FILE.sotaykq | results import FILE|DIR... [--sign-key K] | results show [--plan ID] [--by person|question] [--xlsx FILE] [--json]", runResults},
		{"pack", "pack export (--collection C | ID...) [--banks] [--originals] [--plan ID] [--sign-key K] [--title T] [--unit U] [--id ID --version N] -o FILE.sotay | pack show FILE [--sign-key K] [--json] | pack import FILE [--sign-key K] [--json]", runPack},
		{"version", "version [--json]", runVersion},
	}
}

// env is what every command gets: where to write, the messages, the flags.
type env struct {
	stdout, stderr io.Writer
	msg            *i18n.Catalog
	dbFlag         string
	json           bool
}

func main() {
	memlimit.Set(150 << 20)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	vi, err := assets.Translations.ReadFile("translations/vi.json")
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	msg, err := i18n.Parse(vi)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	e := &env{stdout: stdout, stderr: stderr, msg: msg}
	global := flag.NewFlagSet("sotayctl", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	global.StringVar(&e.dbFlag, "db", "", "")
	global.BoolVar(&e.json, "json", false, "")
	if err := global.Parse(args); err != nil || global.NArg() == 0 {
		return e.usage(err)
	}
	name := global.Arg(0)
	for _, c := range commands {
		if c.name == name {
			return c.run(ctx, e, global.Args()[1:])
		}
	}
	if name == "help" || name == "-h" {
		e.usage(nil)
		return 0
	}
	return e.usage(fmt.Errorf("%s: %q", msg.T("cli.unknown_command", nil), name))
}

// usage prints the command summary (after err, if any) and returns 2.
func (e *env) usage(err error) int {
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(e.stderr, "%s [usage]: %v\n", e.msg.T("cli.error", nil), err)
	}
	fmt.Fprintln(e.stderr, e.msg.T("cli.usage", nil))
	for _, c := range commands {
		fmt.Fprintf(e.stderr, "  sotayctl [--db PATH] %s\n", c.usage)
	}
	return 2
}

// flags makes a command's flag set, with --json and --db accepted after the
// command name too.
func (e *env) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&e.json, "json", e.json, "")
	fs.StringVar(&e.dbFlag, "db", e.dbFlag, "")
	return fs
}

// parse parses flags placed anywhere among the arguments (Go's flag package
// stops at the first positional one) and returns the positional arguments.
// "--" ends the flags. A single-dash word that names no flag is positional:
// in a search, -"chi bộ" leaves out a phrase.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for len(args) > 0 {
		a := args[0]
		if a == "--" {
			return append(pos, args[1:]...), nil
		}
		name, hasValue := flagName(a)
		f := fs.Lookup(name)
		switch {
		case name == "":
			pos, args = append(pos, a), args[1:]
			continue
		case f == nil && !strings.HasPrefix(a, "--") && name != "h" && name != "help":
			pos, args = append(pos, a), args[1:]
			continue
		}
		n := 1 // the flag and, unless it is boolean or has "=", its value
		if f != nil && !hasValue {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
				n = min(2, len(args))
			}
		}
		if err := fs.Parse(args[:n]); err != nil {
			return nil, err
		}
		args = args[n:]
	}
	return pos, nil
}

// flagName is the name in "-name", "--name" or "--name=value"; "" for an
// argument that is not a flag ("-" alone is one, as is "-1").
func flagName(a string) (name string, hasValue bool) {
	if len(a) < 2 || a[0] != '-' {
		return "", false
	}
	name = strings.TrimPrefix(a[1:], "-")
	if name == "" || name[0] == '-' || name[0] >= '0' && name[0] <= '9' {
		return "", false
	}
	name, _, hasValue = strings.Cut(name, "=")
	return name, hasValue
}

// access says what a command does to the library.
type access int

const (
	// reading never creates a library and accepts a read-only file.
	reading access = iota
	// writing refuses a damaged or read-only library before it starts.
	writing
	// creating is writing that may create a new library (import).
	creating
)

// open opens the library for a command.
func (e *env) open(ctx context.Context, a access) (*library.Library, error) {
	path, isDefault := library.ResolvePath(e.dbFlag)
	lib, err := library.Open(ctx, path, library.OpenOptions{MustExist: a != creating,
		MakeDirs: a == creating && isDefault, Write: a != reading})
	if err != nil {
		return nil, &pathError{path: path, err: err}
	}
	return lib, nil
}

// shown makes a value safe for one line of text output: one holding a
// newline, tab or other control character is printed quoted (Go syntax),
// so that a file name cannot forge lines of output.
func shown(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return strconv.Quote(s)
	}
	return s
}

// pathError ties an error to the file it is about, for the message.
type pathError struct {
	path string
	err  error
}

func (p *pathError) Error() string { return p.err.Error() }
func (p *pathError) Unwrap() error { return p.err }

// fail prints err in Vietnamese with its code word and returns exit code 1.
func (e *env) fail(err error) int {
	fmt.Fprintln(e.stderr, e.describe(err))
	return 1
}

// describe renders err as "lỗi [code]: Vietnamese sentence (detail)".
func (e *env) describe(err error) string {
	path := ""
	var pe *pathError
	if errors.As(err, &pe) {
		path = pe.path
	}
	code := library.Code(err)
	text := e.msg.T("error."+code, library.MessageArgs(err, path))
	d := library.Detail(err)
	var f *quiz.Fault
	if errors.As(err, &f) {
		d = f.In(e.msg.T) // in the CLI's language, not the library's
	}
	if d != "" && !strings.Contains(text, d) {
		return fmt.Sprintf("%s [%s]: %s (%s)", e.msg.T("cli.error", nil), code, text, d)
	}
	return fmt.Sprintf("%s [%s]: %s", e.msg.T("cli.error", nil), code, text)
}
