package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"sotay/assets"
)

// langCall matches lang.X("key", "fallback" in this package's sources.
var langCall = regexp.MustCompile(`lang\.X\("([a-z_.]+)", ("(?:[^"\\]|\\.)*")`)

// TestStringsAreTranslated checks that every key the screens use is in
// vi.json and en.json, and that the Vietnamese fallback written in the code
// is the text vi.json gives, so the two never drift apart.
func TestStringsAreTranslated(t *testing.T) {
	load := func(name string) map[string]any {
		data, err := assets.Translations.ReadFile("translations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	vi, en := load("vi.json"), load("en.json")
	files, _ := filepath.Glob("*.go")
	used := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range langCall.FindAllStringSubmatch(string(src), -1) {
			used++
			key := m[1]
			fallback, err := strconv.Unquote(m[2])
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if vi[key] != fallback {
				t.Errorf("%s: %q: code says %q, vi.json says %q", f, key, fallback, vi[key])
			}
			if _, ok := en[key]; !ok {
				t.Errorf("%s: %q missing from en.json", f, key)
			}
		}
	}
	if used < 30 {
		t.Fatalf("found only %d lang.X calls; is the pattern still right?", used)
	}
	for _, ts := range textSizes {
		if vi[ts.key] == nil || en[ts.key] == nil {
			t.Errorf("text size name %q is not translated", ts.key)
		}
	}
}

// English counts agree with their number: "1 question", "2 questions"
// ("1 questions" and "1 days" once).
func TestEnglishPlurals(t *testing.T) {
	setupLanguage(langEnglish)
	defer setupLanguage(langVietnamese)
	for _, c := range []struct {
		key  string
		data any
		want string
	}{
		{"bank.count", map[string]any{"N": 1}, "1 question"},
		{"bank.count", map[string]any{"N": 2}, "2 questions"},
		{"reader.pages", map[string]int{"N": 1}, "1 page"},
		{"library.count", map[string]int{"N": 3}, "(3 documents)"},
		{"review.facts", map[string]any{"Streak": 1, "Today": 0, "Learned": 2, "New": 3}, "Streak: 1 day · Reviewed today: 0 · Learned: 2 · New: 3"},
		{"quiz.submit_confirm_left", map[string]any{"N": 1}, "1 question is unanswered. Submit anyway?"},
		{"search.count", map[string]any{"N": "1", "MS": 2}, "1 document · 2 ms"},
		{"search.count", map[string]any{"N": "1.200", "MS": 2}, "1.200 documents · 2 ms"},
		{"print.count_hint", map[string]any{"N": 1}, "all (1 question)"},
		{"notes.count", map[string]int{"N": 1}, "1 note"},
	} {
		if got := lang.X(c.key, "?", c.data); got != c.want {
			t.Errorf("%s %v: %q, want %q", c.key, c.data, got, c.want)
		}
	}
}

// No Vietnamese words in the screens' code outside lang.X: in English the
// chrome read "(4 câu)" and "3 người" (content — Đúng/Sai options, the
// drafter's own phrases — and fallbacks passed to lang.X are allowed).
func TestNoUntranslatedChrome(t *testing.T) {
	viet := regexp.MustCompile(`"[^"\n]*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ][^"\n]*"`)
	allowed := []string{"lang.X(", "lang.L(", "place(\"nav.", "fallback := ", "langNames := ", "\"Đúng\", \"Sai\"",
		"Tổ 1, Tổ 2, Tổ 3", "errors.New(\"không tìm thấy màn hình", "measureSample = "}
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, _ := os.ReadFile(f)
		lines := strings.Split(string(src), "\n")
		for i, line := range lines {
			code, _, _ := strings.Cut(line, "//")
			if !viet.MatchString(code) {
				continue
			}
			ok := i > 0 && strings.Contains(lines[i-1], "lang.X(") && strings.HasSuffix(strings.TrimSpace(lines[i-1]), ",")
			for _, a := range allowed {
				ok = ok || strings.Contains(line, a)
			}
			if !ok {
				t.Errorf("%s:%d: Vietnamese outside lang.X: %s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
}

// Scores use the language's decimal mark: 1,5 in Vietnamese, 1.5 in
// English (English once read "1,5/2 points").
func TestScoreDecimalMark(t *testing.T) {
	defer setupLanguage(langVietnamese)
	setupLanguage(langVietnamese)
	if got := trimFloat(1.5); got != "1,5" {
		t.Errorf("Vietnamese: %q", got)
	}
	setupLanguage(langEnglish)
	if got := trimFloat(1.5); got != "1.5" {
		t.Errorf("English: %q", got)
	}
	if got := trimFloat(2); got != "2" {
		t.Errorf("English: %q", got)
	}
}
