package ui

import (
	"fmt"
	"testing"

	"sotay/library"
)

func benchSummaries(n int) []library.Summary {
	words := []string{"Nghị quyết", "Đại hội", "chuyển đổi số", "xây dựng Đảng", "chi bộ", "kinh tế", "ủy ban", "đột phá"}
	docs := make([]library.Summary, n)
	for i := range docs {
		docs[i] = library.Summary{ID: int64(i + 1),
			Title: fmt.Sprintf("%s %d về %s và %s", words[i%8], i, words[(i/8)%8], words[(i/64)%8]),
			Kind:  "Nghị quyết", Number: fmt.Sprintf("%d-NQ/QU", i)}
	}
	return docs
}

// BenchmarkNewCatalog sorts and folds 35,000 titles, the GUI's work after
// reading the list at start.
func BenchmarkNewCatalog(b *testing.B) {
	docs := benchSummaries(35000)
	for b.Loop() {
		newCatalog(append([]library.Summary(nil), docs...))
	}
}
