package pdftext

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// BenchmarkExtract180Pages reads a 180-page LibreOffice PDF; pages/s is the
// figure docs/PERFORMANCE.md records.
func BenchmarkExtract180Pages(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "lo-180-pages.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	pages := 0
	for b.Loop() {
		r, err := Extract(context.Background(), data, Options{})
		if err != nil {
			b.Fatal(err)
		}
		pages = len(r.Pages)
	}
	b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
}
