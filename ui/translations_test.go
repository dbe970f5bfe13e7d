package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

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
