package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sotay/library"

	"fyne.io/fyne/v2"
)

// Cài đặt → Khôi phục: the backup of another library replaces the open one,
// which is kept aside; the backup's settings come back with it; the
// automatic backup of the day was written when the library opened.
func TestRestoreFromSettings(t *testing.T) {
	ctx := context.Background()
	other := filepath.Join(t.TempDir(), "khac.db")
	lib, err := library.Open(ctx, other, library.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Add(ctx, []library.NewDocument{{Title: "Chỉ có trong bản sao lưu", Format: "txt", Pages: []string{"Nội dung."}}}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := lib.Backup(ctx, &buf, []byte(`{"appearance":"dark","text_size":19}`)); err != nil {
		t.Fatal(err)
	}
	lib.Close()
	archive := filepath.Join(t.TempDir(), "saoluu.zip")
	os.WriteFile(archive, buf.Bytes(), 0o644)

	s := newTestShell(t, "")
	waitFor(t, func() bool { pump(); return len(library.AutoBackups(library.AutoBackupDir(s.opts.DBPath))) == 1 })
	samples := len(s.cat.docs)
	s.restore(archive)
	waitFor(t, func() bool { pump(); return s.lib != nil && s.cat != nil && len(s.cat.docs) == 1 })
	if s.cat.docs[0].Title != "Chỉ có trong bản sao lưu" {
		t.Errorf("restored library lists %q", s.cat.docs[0].Title)
	}
	if top := s.win.Canvas().Overlays().Top(); top == nil || findLabel(top, "Đã khôi phục 1 văn bản") == nil {
		t.Error("no word that the library was restored")
	}
	p := s.app.Preferences()
	if p.String(prefAppearance) != "dark" || p.Float(prefTextSize) != 19 {
		t.Errorf("settings not put back: %q %v", p.String(prefAppearance), p.Float(prefTextSize))
	}
	asides, _ := filepath.Glob(s.opts.DBPath + ".before-restore-*")
	if len(asides) != 1 {
		t.Fatalf("library set aside: %v", asides)
	}
	old, err := library.Open(ctx, asides[0], library.OpenOptions{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if docs, _ := old.Documents(ctx); len(docs) != samples {
		t.Errorf("the library set aside has %d documents, want the %d samples", len(docs), samples)
	}
}

// A damaged backup is refused with a message, and the library stays open.
func TestRestoreRefusedKeepsTheLibrary(t *testing.T) {
	s := newTestShell(t, "")
	archive := filepath.Join(t.TempDir(), "hong.zip")
	os.WriteFile(archive, []byte("PK\x03\x04 không phải bản sao lưu"), 0o644)
	n := len(s.cat.docs)
	s.restore(archive)
	waitFor(t, func() bool { pump(); return s.lib != nil && s.cat != nil })
	if len(s.cat.docs) != n {
		t.Errorf("library lists %d documents after a refused restore, want %d", len(s.cat.docs), n)
	}
	if top := s.win.Canvas().Overlays().Top(); top == nil || findLabel(top, "không phải bản sao lưu dùng được") == nil {
		t.Error("the refusal is not said")
	}
}

// A folder named in Cài đặt is watched: a file copied there comes into
// the library, the list shows it, the history says so; removing the
// folder stops the watch.
func TestWatchedFolderImports(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	before := len(s.cat.docs)
	s.app.Preferences().SetString(prefWatchDirs, dir)
	s.settings.showWatch()
	s.startWatch()
	if findLabel(s.settings.watchList, dir) == nil {
		t.Fatal("the watched folder is not listed")
	}
	time.Sleep(300 * time.Millisecond)
	os.WriteFile(filepath.Join(dir, "thong-bao.txt"), []byte("Thông báo của chi bộ về lịch sinh hoạt tháng mười hai."), 0o644)
	waitFor(t, func() bool { pump(); return len(s.cat.docs) == before+1 })
	if !strings.Contains(s.settings.watchHistory.Text, "thong-bao.txt") {
		t.Errorf("history %q", s.settings.watchHistory.Text)
	}
	tapButton(t, s.settings.watchList, "Thôi theo dõi")
	if len(s.watchDirs()) != 0 || s.watch.cancel != nil {
		t.Errorf("still watching %v", s.watchDirs())
	}
	os.WriteFile(filepath.Join(dir, "sau.txt"), []byte("Văn bản sau khi thôi theo dõi thư mục."), 0o644)
	time.Sleep(2 * time.Second)
	pump()
	if len(s.cat.docs) != before+1 {
		t.Errorf("imported after the folder was removed: %d documents", len(s.cat.docs))
	}
}

// A study pack opened in the app (a double-click on a .sotay file) shows
// what it holds, verified with the unit's key from Cài đặt, and comes in
// when the user agrees.
func TestOpenStudyPack(t *testing.T) {
	ctx := context.Background()
	trainer, err := library.Open(ctx, filepath.Join(t.TempDir(), "thay.db"), library.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := trainer.Add(ctx, []library.NewDocument{{Title: "Nghị quyết trong gói", Format: "txt", Pages: []string{"Nội dung nghị quyết trong gói."}}})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := trainer.ExportPack(ctx, &buf, library.PackOptions{Title: "Gói thử", Unit: "Ban Tuyên giáo", Documents: []int64{res[0].ID}, Key: "khoá"}); err != nil {
		t.Fatal(err)
	}
	trainer.Close()
	pack := filepath.Join(t.TempDir(), "goi.sotay")
	os.WriteFile(pack, buf.Bytes(), 0o644)

	s := newTestShell(t, "")
	s.app.Preferences().SetString(prefPackKey, "khoá")
	n := len(s.cat.docs)
	s.library.runImport([]string{pack}, "")
	var top fyne.CanvasObject
	waitFor(t, func() bool {
		pump()
		top = s.win.Canvas().Overlays().Top()
		return top != nil && findLabel(top, "đã xác minh") != nil
	})
	tapButton(t, top, "Nhập gói")
	waitFor(t, func() bool { pump(); return len(s.cat.docs) == n+1 })
	if top := s.win.Canvas().Overlays().Top(); top == nil || findLabel(top, "1 văn bản mới") == nil {
		t.Error("no word of what the pack brought")
	}
}
