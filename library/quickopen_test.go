package library

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

var quickDocs = []Summary{
	{ID: 1, Title: "Nghị quyết số 15-NQ/QU về đẩy mạnh chuyển đổi số trong hoạt động của hệ thống chính trị quận", Number: "15-NQ/QU"},
	{ID: 2, Title: "Nghị quyết số 150-NQ/TW về công tác quy hoạch cán bộ", Number: "150-NQ/TW"},
	{ID: 3, Title: "Hướng dẫn số 08-HD/BTCQU về nội dung, quy trình sinh hoạt chi bộ định kỳ hằng tháng", Number: "08-HD/BTCQU"},
	{ID: 4, Title: "Thông báo số 27-TB/QU về việc tổ chức hội nghị học tập, quán triệt Nghị quyết số 15-NQ/QU", Number: "27-TB/QU"},
	{ID: 5, Title: "Công văn số 112-CV/HU về việc chuẩn bị tổng kết công tác phát triển đảng viên năm 2015", Number: "112-CV/HU"},
	{ID: 6, Title: "Dân đội nắng xem trò ba thanh niên 'bắt vịt'"},
	{ID: 7, Title: "Đà Nẵng đón tàu lực lượng bảo vệ bờ biển Nhật Bản"},
}

func TestQuickOpenFindsFoldedTitlesAndNumbers(t *testing.T) {
	q := NewQuickOpen(quickDocs)
	tests := []struct {
		query string
		first int64
	}{
		{"nq 15", 1},
		{"NQ 15 qu", 1},
		{"huong dan sinh hoat", 3},
		{"hướng dẫn sinh hoạt", 3},
		{"27-tb", 4},
		{"cong van dang vien", 5},
		{"nq 150", 2},
		{"da nang bien", 7},
	}
	for _, tt := range tests {
		got := q.Find(tt.query, 5)
		if len(got) == 0 || got[0].Doc.ID != tt.first {
			var ids []int64
			for _, m := range got {
				ids = append(ids, m.Doc.ID)
			}
			t.Errorf("Find(%q) = %v, want %d first", tt.query, ids, tt.first)
		}
	}
	if got := q.Find("zzzz", 5); len(got) != 0 {
		t.Errorf("nonsense found %d", len(got))
	}
	if got := q.Find("", 5); got != nil {
		t.Error("an empty query found something")
	}
}

// Narrowing from the previous keystroke must give the same answers as a
// fresh search.
func TestQuickOpenNarrowingMatchesFreshSearch(t *testing.T) {
	typing := NewQuickOpen(quickDocs)
	query := "nghi quyet so 15 qu"
	for i := 1; i <= len(query); i++ {
		got := typing.Find(query[:i], 10)
		want := NewQuickOpen(quickDocs).Find(query[:i], 10)
		if !slices.EqualFunc(got, want, func(a, b QuickMatch) bool { return a.Doc.ID == b.Doc.ID && a.Score == b.Score }) {
			t.Fatalf("after %q: narrowed %v, fresh %v", query[:i], got, want)
		}
	}
}

func FuzzQuickOpen(f *testing.F) {
	f.Add("nq 15", "nq 150")
	f.Fuzz(func(t *testing.T, a, b string) {
		q := NewQuickOpen(quickDocs)
		q.Find(a, 3)
		q.Find(b, 3)
	})
}

// loadTitles reads the shared corpus titles, repeated with suffixes up to n.
func loadTitles(b *testing.B, n int) []Summary {
	f, err := os.Open("../../shared/corpus/vinews-baomoi/titles/corpus-title_1500000.txt")
	if err != nil {
		b.Skip("the shared corpus titles are not beside the repository: " + err.Error())
	}
	defer f.Close()
	var titles []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if t := strings.Trim(sc.Text(), "\u200b\u200e \t"); t != "" {
			titles = append(titles, t)
		}
	}
	docs := make([]Summary, n)
	for i := range docs {
		docs[i] = Summary{ID: int64(i + 1), Title: titles[i%len(titles)]}
		if i >= len(titles) {
			docs[i].Title += fmt.Sprintf(" (%d)", i/len(titles))
		}
	}
	return docs
}

// benchmarkTyping types queries one key at a time and reports the median
// and 95th percentile time per keystroke.
func benchmarkTyping(b *testing.B, n int) {
	docs := loadTitles(b, n)
	queries := []string{"nghi quyet dai hoi", "tong bi thu", "da nang", "bao hiem xa hoi", "chong tham nhung", "an toan giao thong"}
	var times []time.Duration
	for b.Loop() {
		for _, query := range queries {
			q := NewQuickOpen(docs)
			for i := 1; i <= len(query); i++ {
				start := time.Now()
				q.Find(query[:i], 20)
				times = append(times, time.Since(start))
			}
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "p95-ms")
}

func BenchmarkQuickOpen10k(b *testing.B)  { benchmarkTyping(b, 10000) }
func BenchmarkQuickOpen100k(b *testing.B) { benchmarkTyping(b, 100000) }
