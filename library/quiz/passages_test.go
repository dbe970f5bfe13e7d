package quiz_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"sotay/library/quiz"
)

// The store reads only its own tables: what it needs of documents comes
// through quiz.Passages, which the library provides (it joined pages,
// documents and collection_documents, and scanned the search index).
func TestStoreReadsOnlyItsTables(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	foreign := regexp.MustCompile(`\b(?:FROM|JOIN|INTO|UPDATE)\s+(pages|documents|collections|collection_documents|search|notes|meetings)\b`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range foreign.FindAllStringSubmatch(string(src), -1) {
			t.Errorf("%s reads the library's table %s", f, m[1])
		}
	}
}

// Mastery names each document by its title (through the library) and
// lists them by title.
func TestMasteryNamesDocuments(t *testing.T) {
	_, s := openLibrary(t)
	ctx := context.Background()
	prof, err := s.CreateProfile(ctx, "Người học")
	if err != nil {
		t.Fatal(err)
	}
	banks, _ := s.Banks(ctx)
	var linked int64
	for _, b := range banks {
		qs, _ := s.Questions(ctx, b.ID)
		for _, q := range qs {
			if q.Passage != nil && q.Passage.DocumentTitle != "" && linked == 0 {
				linked = q.ID
			}
		}
	}
	if linked == 0 {
		t.Fatal("no sample question is linked to a document with a title")
	}
	if err := s.Review(ctx, prof.ID, linked, quiz.Good); err != nil {
		t.Fatal(err)
	}
	ms, err := s.Mastery(ctx, prof.ID)
	if err != nil || len(ms) == 0 {
		t.Fatalf("%v %+v", err, ms)
	}
	seen := 0
	for _, m := range ms {
		if m.Title == "" || m.Questions == 0 {
			t.Errorf("%+v", m)
		}
		seen += m.Seen
	}
	if seen != 1 {
		t.Errorf("seen %d, want 1", seen)
	}
	if !slices.IsSortedFunc(ms, func(a, b quiz.DocumentMastery) int { return strings.Compare(a.Title, b.Title) }) {
		t.Errorf("not by title: %+v", ms)
	}
}
