package library

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// corpusDir is the shared news corpus (35,440 files) when it sits beside
// the repository, as on developer machines and in CI.
const corpusDir = "../../shared/corpus/vinews-baomoi/docs"

// BenchmarkImportCorpus imports the whole shared corpus into a new library
// (run with -benchtime=1x; one iteration is the figure in PERFORMANCE.md).
func BenchmarkImportCorpus(b *testing.B) {
	if _, err := os.Stat(corpusDir); err != nil {
		b.Skip("the shared corpus is not beside the repository: " + err.Error())
	}
	for b.Loop() {
		lib, err := Open(context.Background(), filepath.Join(b.TempDir(), "sotay.db"), OpenOptions{})
		if err != nil {
			b.Fatal(err)
		}
		sum, err := lib.Import(context.Background(), []string{corpusDir}, ImportOptions{})
		if err != nil || sum.Imported < 35000 {
			b.Fatalf("%+v %v", sum, err)
		}
		lib.Close()
	}
}

// BenchmarkImportFiles imports 2,000 generated text files of ~3.5 KB, the
// corpus' average, so the figure exists without the shared corpus.
func BenchmarkImportFiles(b *testing.B) {
	dir := b.TempDir()
	para := "Đảng bộ quận tập trung lãnh đạo thực hiện Nghị quyết Đại hội, đẩy mạnh chuyển đổi số và cải cách hành chính. "
	for i := range 2000 {
		body := fmt.Sprintf("Tin số %d\n", i)
		for range 30 {
			body += para
		}
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), []byte(body), 0o644)
	}
	b.SetBytes(2000 * int64(len(para)*30))
	for b.Loop() {
		lib, err := Open(context.Background(), filepath.Join(b.TempDir(), "sotay.db"), OpenOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if sum, err := lib.Import(context.Background(), []string{dir}, ImportOptions{}); err != nil || sum.Imported != 2000 {
			b.Fatalf("%+v %v", sum, err)
		}
		lib.Close()
	}
}

// BenchmarkSummaries lists 35,000 documents, what the GUI does at start.
func BenchmarkSummaries(b *testing.B) {
	lib, err := Open(context.Background(), filepath.Join(b.TempDir(), "sotay.db"), OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	docs := make([]NewDocument, 35000)
	for i := range docs {
		docs[i] = NewDocument{Title: fmt.Sprintf("Nghị quyết số %d-NQ/QU về công tác xây dựng Đảng năm %d", i, 2000+i%25),
			Kind: "Nghị quyết", Number: fmt.Sprintf("%d-NQ/QU", i), IssuedOn: "2025-03-12", Pages: []string{fmt.Sprint(i)}}
	}
	if _, err := lib.Add(context.Background(), docs); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		s, err := lib.Summaries(context.Background())
		if err != nil || len(s) != 35000 {
			b.Fatal(len(s), err)
		}
	}
}
