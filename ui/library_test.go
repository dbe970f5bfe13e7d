package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sotay/library"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func TestLibrarySortsByHeader(t *testing.T) {
	s := newTestShell(t, "")
	if got := s.library.doc(0).Title; !strings.HasPrefix(got, "Báo cáo") {
		t.Fatalf("first by title = %q, want Báo cáo… (Vietnamese order)", got)
	}
	tapText(t, s, "Ngày")
	if got := s.library.doc(0).IssuedOn; got != "2003-11-17" {
		t.Errorf("first by date = %q, want the 2003 letter", got)
	}
	tapText(t, s, "Ngày")
	if got := s.library.doc(0).IssuedOn; got != "2025-07-25" {
		t.Errorf("first by date descending = %q, want 2025-07-25", got)
	}
}

// Documents that read alike are told apart in the reader by the file they
// came from and its format.
func TestReaderNamesTheSourceFile(t *testing.T) {
	line := metaLine(library.Document{Kind: "Nghị quyết", Number: "15-NQ/QU", PageCount: 2,
		SourcePath: "/tai-lieu/chi-bo/nghi-quyet-15 (ban sao).docx", Format: "docx"})
	if !strings.Contains(line, "Tệp gốc: nghi-quyet-15 (ban sao).docx (DOCX)") {
		t.Errorf("meta line %q", line)
	}
}

// After a folder import, documents with the same title are told apart in
// the list by their file's name.
func TestLookAlikeDocumentsNameTheirFiles(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	text := "NGHỊ QUYẾT\nvề học tập chuyên đề năm 2026\nChi bộ thống nhất học tập."
	os.WriteFile(filepath.Join(dir, "nghi-quyet-ban-1.txt"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(dir, "nghi-quyet-ban-2.txt"), []byte(text+"\nBản sửa lần 2."), 0o644)
	s.library.runImport([]string{dir}, "")
	waitFor(t, func() bool {
		pump()
		n := 0
		for _, d := range s.cat.docs {
			if strings.HasPrefix(d.File, "nghi-quyet-ban-") {
				n++
			}
		}
		return n == 2
	})
	s.win.Canvas().Overlays().Top().Hide()
	pump()
	for _, f := range []string{"nghi-quyet-ban-1.txt", "nghi-quyet-ban-2.txt"} {
		s.library.list.Refresh()
		found := false
		for i := range s.library.order {
			s.library.list.ScrollTo(i)
			pump()
			if findLabel(s.library.list, "["+f+"] ") != nil {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("the list does not name %s", f)
		}
	}
}

// The list's own search box narrows it by folded title or number; the
// filters by kind, tag and reading progress; the metadata editor keeps
// tags and validity, which the reader shows.
func TestLibraryListFiltersAndValidity(t *testing.T) {
	s := newTestShell(t, "")
	ls := s.library
	all := len(ls.order)
	ls.filter.query.SetText("15-nq/qu ve day manh")
	if len(ls.order) != 1 || ls.doc(0).Number != "15-NQ/QU" || !strings.Contains(ls.count.Text, "1/") {
		t.Fatalf("search box: %d documents, count %q", len(ls.order), ls.count.Text)
	}
	ls.filter.query.SetText("")
	ls.filter.kind.SetSelected("Thông báo")
	for i := range ls.order {
		if ls.doc(i).Kind != "Thông báo" {
			t.Errorf("kind filter kept %q", ls.doc(i).Kind)
		}
	}
	if len(ls.order) == 0 || len(ls.order) == all {
		t.Errorf("kind filter: %d of %d", len(ls.order), all)
	}
	ls.filter.kind.SetSelectedIndex(0)
	ls.filter.progress.SetSelectedIndex(3) // read to the end: none yet
	if len(ls.order) != 0 {
		t.Errorf("read to the end: %d", len(ls.order))
	}
	ls.filter.progress.SetSelectedIndex(0)
	if len(ls.order) != all {
		t.Fatalf("filters off: %d of %d", len(ls.order), all)
	}
	// Tags and validity in the metadata editor.
	var nq library.Summary
	for i := range ls.order {
		if ls.doc(i).Number == "15-NQ/QU" {
			nq = ls.doc(i)
		}
	}
	d, _ := s.lib.Document(t.Context(), nq.ID)
	ls.editDocument(d)
	pump()
	form := s.win.Canvas().Overlays().Top()
	tags := findObject(form, func(o fyne.CanvasObject) bool {
		e, ok := o.(*widget.Entry)
		return ok && strings.Contains(e.PlaceHolder, "ngăn bằng dấu ;") && strings.Contains(e.PlaceHolder, "học tập")
	}).(*widget.Entry)
	tags.SetText("chuyển đổi số; học tập")
	validity := findObject(form, func(o fyne.CanvasObject) bool {
		sel, ok := o.(*widget.Select)
		return ok && len(sel.Options) == 4 && sel.Options[1] == "Còn hiệu lực"
	}).(*widget.Select)
	validity.SetSelected("Hết hiệu lực")
	tapButton(t, form, "Lưu")
	waitFor(t, func() bool { pump(); return contains(ls.filter.tags, "học tập") })
	after, _ := s.lib.Document(t.Context(), nq.ID)
	if after.Validity != library.ValidityExpired {
		t.Errorf("validity %q", after.Validity)
	}
	if !strings.Contains(metaLine(after), "Hết hiệu lực") {
		t.Errorf("the reader's facts do not say it: %q", metaLine(after))
	}
	ls.filter.tag.SetSelected("học tập")
	if len(ls.order) != 1 {
		t.Errorf("tag filter: %d", len(ls.order))
	}
}

// At the largest text on a 600 px screen the metadata editor fits the
// window (its thirteen fields scroll; the buttons once covered the last).
func TestMetadataEditorFitsASmallScreen(t *testing.T) {
	s := newTestShell(t, "")
	s.app.Preferences().SetFloat(prefTextSize, 25)
	s.app.Settings().SetTheme(s.theme())
	s.win.Resize(fyne.NewSize(1024, 600))
	pump()
	d, _ := s.lib.Document(t.Context(), s.library.doc(0).ID)
	s.library.editDocument(d)
	pump()
	top := s.win.Canvas().Overlays().Top()
	save := findObject(top, func(o fyne.CanvasObject) bool { b, ok := o.(*widget.Button); return ok && b.Text == "Lưu" })
	if save == nil {
		t.Fatal("no Lưu")
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(save)
	if pos.Y+save.Size().Height > 600 {
		t.Errorf("Lưu ends at %v, below the window", pos.Y+save.Size().Height)
	}
	// the last field is reachable: above the buttons, or in a scroller
	scroll := findObject(top, func(o fyne.CanvasObject) bool { _, ok := o.(*container.Scroll); return ok })
	validity := findObject(top, func(o fyne.CanvasObject) bool {
		sel, ok := o.(*widget.Select)
		return ok && len(sel.Options) == 4 && sel.Options[1] == "Còn hiệu lực"
	})
	if validity == nil {
		t.Fatal("no validity")
	}
	end := fyne.CurrentApp().Driver().AbsolutePositionForObject(validity).Y + validity.Size().Height
	if scroll == nil && end > pos.Y {
		t.Errorf("the validity field ends at %v, under the buttons at %v, and nothing scrolls", end, pos.Y)
	}
}
