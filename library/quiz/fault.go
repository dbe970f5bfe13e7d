package quiz

import (
	"errors"
	"strings"
	"sync"

	"sotay/assets"
	"sotay/internal/i18n"
)

// Fault is what is wrong with a question, said as a code and arguments
// rather than a sentence: the interface renders "quiz.fault.<Code>" from
// its translation files (Vietnamese or English), the CLI from vi.json.
// Line is the question's line in its file, 0 when it has none.
type Fault struct {
	Line int
	Code string
	Args map[string]any
	// Kind is the sentinel the fault is (ErrFormat, ErrNotFound, …);
	// nil means ErrInvalid, a question that cannot be kept.
	Kind error
	// Cause is the lower-level error behind the fault, if any.
	Cause error
}

// NewFault is the fault code with arguments given as name, value pairs.
func NewFault(code string, kv ...any) *Fault {
	f := &Fault{Code: code, Args: map[string]any{}}
	for i := 0; i+1 < len(kv); i += 2 {
		f.Args[kv[i].(string)] = kv[i+1]
	}
	return f
}

// Failure is a fault of kind (ErrFormat, ErrTooLarge, ErrNotFound, …):
// errors.Is(f, kind) holds and the code still names its sentence.
func Failure(kind error, code string, kv ...any) *Fault {
	f := NewFault(code, kv...)
	f.Kind = kind
	return f
}

// missing is an ErrNotFound for the thing what ("bank", "question",
// "attempt", "profile", "collection") numbered or named id.
func missing(what string, id any) *Fault {
	return Failure(ErrNotFound, "missing_"+what, "ID", id)
}

// Parts names parts of a question (LostName, LostFeedback, …); as an
// argument of a fault it is said as a list, each by "quiz.lost.<name>".
type Parts []string

// Because is f caused by err (kept for errors.Is; its text is the
// argument Err of the sentence).
func (f *Fault) Because(err error) *Fault {
	f.Cause = err
	f.Args["Err"] = err.Error()
	return f
}

// FaultAt is an Item for a fault at line.
func FaultAt(line int, code string, kv ...any) Item {
	f := NewFault(code, kv...)
	f.Line = line
	return Item{Line: line, Err: f}
}

// Data is the fault's arguments with its line, for a message template.
func (f *Fault) Data() map[string]any {
	d := make(map[string]any, len(f.Args)+1)
	for k, v := range f.Args {
		d[k] = v
	}
	d["Line"] = f.Line
	return d
}

// Error is the fault in Vietnamese: "dòng 12: câu hỏi chưa có đáp án đúng".
func (f *Fault) Error() string { return f.In(viCatalog().T) }

// In is the fault in the language of t, a translation lookup (key and
// template data to sentence): its sentence "quiz.fault.<Code>" after
// "dòng N: " when it has a line. A Fault among the arguments is said in
// the same language; an argument Type (a question type) gives TypeName,
// the type's name in lower case.
func (f *Fault) In(t func(key string, data any) string) string {
	data := f.Data()
	for k, v := range data {
		switch v := v.(type) {
		case *Fault:
			data[k] = v.In(t)
		case Parts:
			names := make([]string, len(v))
			for i, p := range v {
				names[i] = t("quiz.lost."+p, nil)
			}
			data[k] = strings.Join(names, ", ")
		}
	}
	if typ, ok := data["Type"].(string); ok {
		data["TypeName"] = strings.ToLower(t("type."+typ, nil))
	}
	text := t("quiz.fault."+f.Code, data)
	switch {
	case f.Line > 0 && f.question() > 0:
		return t("quiz.fault.line_q", data) + text
	case f.Line > 0:
		return t("quiz.fault.line", data) + text
	}
	return text
}

// question is the number of the question in its file ("Câu 3"), 0 if none.
func (f *Fault) question() int {
	n, _ := f.Args["Q"].(int)
	return n
}

// Is makes a fault its Kind, or an ErrInvalid when it has none.
func (f *Fault) Is(target error) bool {
	if f.Kind != nil {
		return target == f.Kind
	}
	return target == ErrInvalid
}

// Unwrap is the fault's cause.
func (f *Fault) Unwrap() error { return f.Cause }

// AtLine is the fault at a line of a file (a copy).
func (f *Fault) AtLine(line int) *Fault {
	g := *f
	g.Line = line
	return &g
}

// FaultItem is an Item for err at line: a Fault keeps its code.
func FaultItem(line int, err error) Item {
	var f *Fault
	if errors.As(err, &f) {
		return Item{Line: line, Err: f.AtLine(line)}
	}
	return Item{Line: line, Err: NewFault("unreadable_because", "Why", err.Error()).AtLine(line)}
}

// Vietnamese is the sentence key of vi.json rendered with data.
func Vietnamese(key string, data any) string { return viCatalog().T(key, data) }

var (
	viOnce sync.Once
	vi     *i18n.Catalog
)

// viCatalog is vi.json, where the Vietnamese of every fault lives.
func viCatalog() *i18n.Catalog {
	viOnce.Do(func() {
		data, err := assets.Translations.ReadFile("translations/vi.json")
		if err == nil {
			vi, err = i18n.Parse(data)
		}
		if err != nil || vi == nil {
			vi, _ = i18n.Parse([]byte(`{}`))
		}
	})
	return vi
}

// Lost things, as ExportReport.Lost names them; "quiz.lost.<name>" is
// each one's name in the translation files.
const (
	LostExplanation = "explanation"
	LostFeedback    = "feedback"
	LostTags        = "tags"
	LostName        = "name"
	LostIDNumber    = "idnumber"
	LostLevel       = "level"
	LostPassage     = "passage"
	LostFold        = "fold"
	LostLineBreaks  = "line_breaks"
	LostTrueFalse   = "truefalse"
)
