package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sotay/library"
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
