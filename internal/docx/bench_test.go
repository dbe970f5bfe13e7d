package docx

import (
	"os"
	"testing"
)

// BenchmarkExtractBank reads a 237 KB Word question bank with a 390-row
// table (kept out of the repository: a public file fetched for measuring;
// set SOTAY_DOCX to its path), or the small numbering fixture.
func BenchmarkExtract(b *testing.B) {
	path := os.Getenv("SOTAY_DOCX")
	if path == "" {
		path = "testdata/numbering-lo.docx"
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ExtractMarked(data); err != nil {
			b.Fatal(err)
		}
	}
}
