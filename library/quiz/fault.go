package quiz

import (
	"errors"
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
}

func fault(code string, kv ...any) *Fault {
	f := &Fault{Code: code, Args: map[string]any{}}
	for i := 0; i+1 < len(kv); i += 2 {
		f.Args[kv[i].(string)] = kv[i+1]
	}
	return f
}

// faultAt is an Item for a fault at line.
func faultAt(line int, code string, kv ...any) Item {
	f := fault(code, kv...)
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
func (f *Fault) Error() string {
	c := viCatalog()
	text := c.T("quiz.fault."+f.Code, f.Data())
	switch {
	case f.Line > 0 && f.question() > 0:
		return c.T("quiz.fault.line_q", f.Data()) + text
	case f.Line > 0:
		return c.T("quiz.fault.line", f.Data()) + text
	}
	return text
}

// question is the number of the question in its file ("Câu 3"), 0 if none.
func (f *Fault) question() int {
	n, _ := f.Args["Q"].(int)
	return n
}

// Is makes a question's fault an ErrInvalid.
func (f *Fault) Is(target error) bool { return target == ErrInvalid }

// AtLine is the fault at a line of a file (a copy).
func (f *Fault) AtLine(line int) *Fault {
	g := *f
	g.Line = line
	return &g
}

// faultItem is an Item for err at line: a Fault keeps its code.
func faultItem(line int, err error) Item {
	var f *Fault
	if errors.As(err, &f) {
		return Item{Line: line, Err: f.AtLine(line)}
	}
	return Problem(line, "dòng %d: %v", line, err)
}

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
