package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sotay/internal/pdftext"
	"sotay/library"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The reader's study tools: reports, printing, links, Thêm…

// A document that cites another shows the link under its facts, and a
// click opens the cited document; the cited one says where it is
// mentioned.
func TestReaderRelationsOpenTheOtherDocument(t *testing.T) {
	s := newTestShell(t, "")
	res, err := s.lib.Add(context.Background(), []library.NewDocument{{Title: "Kế hoạch số 20-KH/QU", Kind: "Kế hoạch", Number: "20-KH/QU",
		Pages: []string{"Thực hiện Nghị quyết số 15-NQ/QU ngày 12 tháng 3 năm 2025 của Ban Thường vụ Quận ủy."}}})
	if err != nil {
		t.Fatal(err)
	}
	s.reloadDocuments()
	pump()
	r := openSample(t, s)
	var link *docPara
	for i, p := range r.view.paras {
		if p.kind == paraLink && p.link == res[0].ID {
			link = &r.view.paras[i]
		}
	}
	if link == nil || link.link != res[0].ID || !strings.Contains(string(link.runes), "Kế hoạch số 20-KH/QU") {
		t.Fatalf("no link to the plan that carries the resolution out: %+v", link)
	}
	var pos fyne.Position
	r.view.visit(func(i int, l docLine, y float32) {
		if r.view.paras[i].kind == paraLink && r.view.paras[i].link == res[0].ID {
			pos = fyne.NewPos(r.view.lineX(i, l)+5, y+5)
		}
	})
	from := r.doc.ID
	r.view.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}, Button: desktop.MouseButtonPrimary})
	waitFor(t, func() bool { pump(); return r.doc != nil && r.doc.ID == res[0].ID })
	// Esc goes back to the document the link was followed from
	s.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	waitFor(t, func() bool { pump(); return r.visible() && r.doc != nil && r.doc.ID == from })
}

// Viết thu hoạch opens the report with the document's highlights and
// notes; the text is edited, kept as a draft (Ctrl+S) and exported to Word.
func TestReportFromTheReader(t *testing.T) {
	s := newTestShell(t, "")
	r := openSample(t, s)
	d := r.view
	from := find(t, r, "100% văn bản đi")
	d.anchor, d.caret = from, from+len([]rune("100% văn bản đi"))
	r.addMarkWith(library.NoteText, "yellow", "Chi bộ đạt 80%", nil)
	pump()
	tapButton(t, r.root, "Viết thu hoạch")
	waitFor(t, func() bool { pump(); return s.library.report != nil })
	e := s.library.report
	if !strings.Contains(e.text.Text, "> “100% văn bản đi”\nChi bộ đạt 80%") || !strings.Contains(e.text.Text, "## IV. CAM KẾT CỦA BẢN THÂN") {
		t.Fatalf("report:\n%s", e.text.Text)
	}
	e.text.SetText(strings.Replace(e.text.Text, "Họ và tên: ……………………………………", "Họ và tên: Nguyễn Văn An", 1))
	s.win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	pump()
	if body, saved, _ := s.lib.ReportDraft(context.Background(), r.docID); !saved || !strings.Contains(body, "Nguyễn Văn An") {
		t.Fatal("Ctrl+S did not keep the draft")
	}
	dir := t.TempDir()
	e.export("docx")
	pump()
	s.files.show(dir)
	pump()
	tapButton(t, s.win.Canvas().Overlays().Top(), "Lưu")
	var written string
	waitFor(t, func() bool {
		pump()
		m, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
		if len(m) == 1 {
			written = m[0]
		}
		return written != ""
	})
	data, _ := os.ReadFile(written)
	if !bytes.Contains(data, []byte("word/document.xml")) {
		t.Error("not a Word file")
	}
	// Esc goes back to the reader.
	for s.dialog != nil {
		s.dialog.Hide() // "Đã xuất bản thu hoạch"
	}
	e.text.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	pump()
	if s.library.report != nil || !r.visible() {
		t.Error("Esc did not go back to the reader")
	}
	if s.win.Canvas().Focused() != r.view {
		t.Fatal("the keyboard is not back in the text")
	}
	r.view.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // and Esc again closes the reader
	pump()
	if r.visible() {
		t.Error("a second Esc did not close the reader")
	}
}

// In / Xuất PDF saves the document in large type; Liên kết văn bản…
// records by hand a relation, shown at once.
func TestReaderPrintAndLinkByHand(t *testing.T) {
	s := newTestShell(t, "")
	r := openSample(t, s)
	dir := t.TempDir()
	moreAction(t, r, "In / Xuất PDF")
	s.files.show(dir)
	pump()
	tapButton(t, s.win.Canvas().Overlays().Top(), "Lưu")
	var pdf string
	waitFor(t, func() bool {
		pump()
		m, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
		if len(m) == 1 {
			pdf = m[0]
		}
		return pdf != ""
	})
	data, _ := os.ReadFile(pdf)
	res, err := pdftext.Extract(context.Background(), data, pdftext.Options{})
	if err != nil || !strings.Contains(strings.Join(strings.Fields(strings.Join(res.Pages, " ")), " "), "Điều 1. Đánh giá tình hình") {
		t.Errorf("the PDF: %v", err)
	}
	for s.win.Canvas().Overlays().Top() != nil {
		s.win.Canvas().Overlays().Top().Hide()
	}
	// by hand: this resolution is the basis of the guide 08-HD/BTCQU
	var guide library.Summary
	for _, d := range s.cat.docs {
		if d.Number == "08-HD/BTCQU" {
			guide = d
		}
	}
	before := len(r.rels)
	r.linkDocument()
	pump()
	s.quick.results = []library.QuickMatch{{Doc: guide}}
	s.quick.list.Select(0)
	pump()
	tapButton(t, s.win.Canvas().Overlays().Top(), "Lưu")
	waitFor(t, func() bool { pump(); return len(r.rels) == before+1 })
}

// moreAction runs the action under "Thêm…" whose label starts with label.
func moreAction(t *testing.T, r *Reader, label string) {
	t.Helper()
	for _, it := range r.more {
		if strings.HasPrefix(it.Label, label) {
			it.Action()
			pump()
			return
		}
	}
	t.Fatalf("no %q under Thêm…", label)
}

// Thêm… opens the actions used less often; the tools take two rows at the
// largest text on a 1024 px screen.
func TestReaderMoreMenu(t *testing.T) {
	s := newTestShell(t, "")
	s.app.Preferences().SetFloat(prefTextSize, 25)
	s.app.Settings().SetTheme(s.theme())
	r := openSample(t, s)
	tapButton(t, r.root, "Thêm…")
	top := s.win.Canvas().Overlays().Top()
	for _, want := range []string{"Soạn câu hỏi", "In / Xuất PDF", "Liên kết văn bản…", "Sửa thông tin (F2)", "Xoá"} {
		if findObject(top, func(o fyne.CanvasObject) bool { l, ok := o.(*canvas.Text); return ok && l.Text == want }) == nil {
			t.Errorf("no %q under Thêm…", want)
		}
	}
	if h, row := r.tools.Size().Height, r.tools.objects[0].Size().Height; h > 2*row+2*theme.Padding()+1 {
		t.Errorf("the tools take %v px (a row is %v)", h, row)
	}
}

// From Ghi chú, a report on a collection gathers the notes of its
// documents.
func TestCollectionReportFromNotes(t *testing.T) {
	s := newTestShell(t, "")
	ctx := context.Background()
	c, _ := s.lib.CollectionNamed(ctx, "Khoá học 2025")
	for _, d := range s.cat.docs {
		if d.Number == "15-NQ/QU" {
			s.lib.AddToCollection(ctx, c.ID, d.ID)
			s.lib.AddNote(ctx, library.Note{DocumentID: d.ID, Start: 0, End: 10, Body: "điều cần nhớ"})
		}
	}
	s.selectPlace(s.notes.CanvasObject())
	pump()
	s.notes.chooseReport()
	pump()
	top := s.win.Canvas().Overlays().Top()
	sel := findObject(top, func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Select); return ok }).(*widget.Select)
	sel.SetSelected("Bộ sưu tập: Khoá học 2025")
	tapButton(t, top, "Mở")
	waitFor(t, func() bool { pump(); return s.library.report != nil })
	if txt := s.library.report.text.Text; !strings.Contains(txt, "bộ sưu tập “Khoá học 2025”") || !strings.Contains(txt, "điều cần nhớ") {
		t.Errorf("collection report:\n%s", txt)
	}
	s.library.report.close()
	pump()
	if s.library.report != nil || !s.library.listView.Visible() {
		t.Error("closing a collection's report does not go back to the list")
	}
}
