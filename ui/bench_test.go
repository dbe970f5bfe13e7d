package ui

import (
	"fmt"
	"strings"
	"testing"

	"sotay/library"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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

// benchPages is a document of n pages of ~2,400 characters each, in
// articles and clauses like a long law.
func benchPages(n int) []string {
	pages := make([]string, n)
	for i := range pages {
		var b strings.Builder
		fmt.Fprintf(&b, "Điều %d. Quy định về chuyển đổi số trong hoạt động của hệ thống chính trị\n", i+1)
		for k := 1; k <= 6; k++ {
			fmt.Fprintf(&b, "%d. Các cơ quan, đơn vị có trách nhiệm triển khai thực hiện nghiêm túc, đồng bộ các nhiệm vụ, giải pháp đã đề ra; định kỳ sơ kết, báo cáo kết quả thực hiện về Ban Thường vụ Quận ủy trước ngày %d tháng %d năm 2025 để theo dõi, chỉ đạo.\n", k, k+10, k)
			fmt.Fprintf(&b, "a) Rà soát, cập nhật dữ liệu đảng viên, hồ sơ tổ chức đảng trên hệ thống phần mềm quản lý; bảo đảm thông tin chính xác, đầy đủ, kịp thời.\n")
		}
		pages[i] = b.String()
	}
	return pages
}

// BenchmarkReaderOpen500Pages is opening a 500-page document in the
// reader up to its first paint at 1024×600: the paragraphs made and the
// lines in sight wrapped and drawn (issue 17's target: under 300 ms).
func BenchmarkReaderOpen500Pages(b *testing.B) {
	r := benchReader(b)
	pages := benchPages(500)
	for b.Loop() {
		r.title.SetText("Luật số 1")
		r.show(pages, nil)
		test.WidgetRenderer(r.view).Refresh()
	}
}

// BenchmarkReaderJump is a jump from the outline to a heading near the end
// of a 500-page document (target: under 50 ms).
func BenchmarkReaderJump(b *testing.B) {
	r := benchReader(b)
	r.show(benchPages(500), nil)
	i := 0
	for b.Loop() {
		r.jumpTo(library.Section{Page: 400 + i%100, Offset: 0})
		test.WidgetRenderer(r.view).Refresh()
		i++
	}
}

// BenchmarkReaderScroll is one wheel step through a 500-page document, the
// work of a frame while scrolling (a frame at 60 Hz has 16.7 ms).
func BenchmarkReaderScroll(b *testing.B) {
	r := benchReader(b)
	r.show(benchPages(500), nil)
	for b.Loop() {
		r.view.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -40)})
		test.WidgetRenderer(r.view).Refresh()
	}
}

// benchReader is a reader shown in a 1024×600 test window.
func benchReader(b *testing.B) *Reader {
	test.NewTempApp(b)
	r := newReader(func() {}, nil, nil)
	w := test.NewWindow(r.CanvasObject())
	b.Cleanup(w.Close)
	w.Resize(fyne.NewSize(1024, 600))
	r.root.Show()
	return r
}
