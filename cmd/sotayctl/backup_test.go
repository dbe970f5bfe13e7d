package main

// Backup, restore, check and watch: the library's safety outside the app.

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"sotay/library"
)

func TestBackupRestores(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, 12)
	db := filepath.Join(t.TempDir(), "lib.db")
	copyTestPDF(t, dir, "lo-docx-nghiquyet.pdf", "nq15.pdf")
	if code, _, errs := ctl(t, "--db", db, "import", dir); code != 0 {
		t.Fatal(errs)
	}
	// A reader holds the library open (as the app does) while the backup runs.
	lib, err := library.Open(context.Background(), db, library.OpenOptions{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	zipPath := filepath.Join(t.TempDir(), "backup.zip")
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	code, out, errs := ctl(t, "--db", db, "--json", "backup", "-o", zipPath)
	if code != 0 {
		t.Fatalf("backup: %d %s", code, errs)
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("the backup left %d files in the temporary folder (%s …)", len(left), left[0].Name())
	}
	var rep map[string]any
	json.Unmarshal([]byte(out), &rep)
	if rep["documents"].(float64) != 13 || rep["originals"].(float64) != 1 {
		t.Fatalf("backup report %v", rep)
	}
	// sotayctl restore FILE into a library that does not exist yet.
	restore := filepath.Join(t.TempDir(), "pc-moi")
	code, out, errs = ctl(t, "--db", filepath.Join(restore, "lib.db"), "--json", "restore", zipPath)
	if code != 0 || !strings.Contains(out, `"documents":13`) || !strings.Contains(out, `"originals":1`) {
		t.Fatalf("restore: %d %s %s", code, out, errs)
	}
	restored := filepath.Join(restore, "lib.db")
	if n := countDocs(t, restored); n != 13 {
		t.Fatalf("restored library has %d documents", n)
	}
	code, out, _ = ctl(t, "--db", restored, "check")
	if code != 0 {
		t.Fatalf("check of the restored library: %s", out)
	}
	code, out, _ = ctl(t, "--db", restored, "search", "--json", "nghị quyết")
	if code != 0 || !strings.Contains(out, `"total":13`) {
		t.Errorf("search in the restored library: %s", out)
	}
	_, out, _ = ctl(t, "--db", restored, "--json", "show", "13")
	if !strings.Contains(out, restore) {
		t.Errorf("the restored PDF's original is not found beside the restored library: %s", out)
	}
}

// A restore killed at any moment (kill -9) leaves a library that opens at
// --db: the previous one, or the restored one whole, never a mix; the
// previous one is never lost.
func TestKilledRestoreKeepsALibrary(t *testing.T) {
	src := t.TempDir()
	writeCorpus(t, src, 400)
	srcDB := filepath.Join(t.TempDir(), "nguon.db")
	if code, _, errs := ctl(t, "--db", srcDB, "import", src); code != 0 {
		t.Fatal(errs)
	}
	zipPath := filepath.Join(t.TempDir(), "saoluu.zip")
	if code, _, errs := ctl(t, "--db", srcDB, "backup", "-o", zipPath); code != 0 {
		t.Fatal(errs)
	}
	old := t.TempDir()
	writeCorpus(t, old, 3)
	for i, delay := range []time.Duration{5, 20, 25, 30, 35, 40, 80, 160, 400} {
		db := filepath.Join(t.TempDir(), "lib.db")
		if code, _, errs := ctl(t, "--db", db, "import", old); code != 0 {
			t.Fatal(errs)
		}
		killedAfter(t, delay*time.Millisecond, "--db", db, "restore", zipPath)
		n := countDocs(t, db)
		t.Logf("killed after %v: %d documents", delay*time.Millisecond, n)
		if n != 3 && n != 400 {
			t.Fatalf("kill %d after %v: %d documents at --db, want 3 (before) or 400 (restored)", i, delay*time.Millisecond, n)
		}
		if code, out, _ := ctl(t, "--db", db, "check"); code != 0 {
			t.Fatalf("kill %d: check: %s", i, out)
		}
		if n == 400 {
			asides, _ := filepath.Glob(db + ".before-restore-*")
			if len(asides) != 1 || countDocs(t, asides[0]) != 3 {
				t.Fatalf("kill %d: the replaced library is not kept aside: %v", i, asides)
			}
		}
	}
}

// check finds a kept file gone and a search index out of step; --repair
// rebuilds the index (the kept file it cannot bring back: still said).
func TestCheckOriginalsAndRepair(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, 4)
	copyTestPDF(t, dir, "lo-docx-nghiquyet.pdf", "nq15.pdf")
	db := filepath.Join(t.TempDir(), "lib.db")
	if code, _, errs := ctl(t, "--db", db, "import", dir); code != 0 {
		t.Fatal(errs)
	}
	kept, _ := filepath.Glob(filepath.Join(filepath.Dir(db), "lib-originals", "*.pdf"))
	if len(kept) != 1 {
		t.Fatalf("kept files %v", kept)
	}
	os.Remove(kept[0])
	raw, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`DELETE FROM search WHERE rowid = (SELECT min(id) FROM documents)`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	code, out, _ := ctl(t, "--db", db, "--json", "check")
	if code != 1 || !strings.Contains(out, `"missing_originals":1`) || !strings.Contains(out, "documents missing from the search index: 1") {
		t.Fatalf("check: %d %s", code, out)
	}
	code, out, _ = ctl(t, "--db", db, "--json", "check", "--repair")
	if code != 1 || strings.Contains(out, "search index") || !strings.Contains(out, `"missing_originals":1`) {
		t.Fatalf("check --repair: %d %s", code, out)
	}
	code, out, _ = ctl(t, "--db", db, "search", "--json", "nghị quyết")
	if code != 0 || strings.Contains(out, `"total":0`) {
		t.Errorf("search after repair: %s", out)
	}
}

// syncBuffer is a bytes.Buffer safe for a command writing while the test
// reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// sotayctl watch DIR imports a file copied into the folder, a JSON line
// for it, and stops cleanly when interrupted.
func TestWatchCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb syncBuffer
	code := make(chan int, 1)
	go func() { code <- run(ctx, []string{"--db", db, "--json", "watch", dir}, &out, &errb) }()
	time.Sleep(300 * time.Millisecond)
	os.WriteFile(filepath.Join(dir, "thong-bao.txt"), []byte("Thông báo lịch sinh hoạt chi bộ tháng mười hai."), 0o644)
	deadline := time.Now().Add(15 * time.Second)
	for !strings.Contains(out.String(), `"status":"imported"`) {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("nothing imported: %s %s", out.String(), errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if c := <-code; c != 0 {
		t.Errorf("watch exited %d: %s", c, errb.String())
	}
	if n := countDocs(t, db); n != 1 {
		t.Errorf("%d documents", n)
	}
	if code, _, errs := ctl(t, "watch", filepath.Join(dir, "thong-bao.txt")); code != 1 || !strings.Contains(errs, "không phải thư mục") {
		t.Errorf("a file, not a folder: %d %s", code, errs)
	}
}

// A backup onto a disk that fills leaves no half-written file under its
// name, says the disk is full, and the automatic backup likewise.
func TestBackupOntoAFullDisk(t *testing.T) {
	disk := mountTmpfs(t, "256k")
	src := t.TempDir()
	r := rand.New(rand.NewPCG(7, 7))
	syllables := []string{"chi", "bộ", "đảng", "viên", "nghị", "quyết", "học", "tập", "năm", "quận", "phường", "công", "tác"}
	for i := range 60 { // text that does not compress to nothing: about 1 MB zipped
		var b strings.Builder
		fmt.Fprintf(&b, "Văn bản số %d\n", i)
		for range 6000 {
			b.WriteString(syllables[r.IntN(len(syllables))])
			b.WriteString(strconv.Itoa(r.IntN(1000)))
			b.WriteByte(' ')
		}
		os.WriteFile(filepath.Join(src, fmt.Sprintf("vb-%02d.txt", i)), []byte(b.String()), 0o644)
	}
	db := filepath.Join(t.TempDir(), "lib.db")
	if code, _, errs := ctl(t, "--db", db, "import", src); code != 0 {
		t.Fatal(errs)
	}
	out := filepath.Join(disk, "saoluu.zip")
	code, _, errs := ctl(t, "--db", db, "backup", "-o", out)
	if code != 1 || !strings.Contains(errs, "[disk_full]") {
		t.Fatalf("backup onto a full disk: %d %s", code, errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a half-written backup is left under the final name")
	}
	lib, err := library.Open(context.Background(), db, library.OpenOptions{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if _, err := lib.AutoBackup(context.Background(), disk, 3, time.Now(), nil); library.Code(err) != "disk_full" {
		t.Errorf("automatic backup onto a full disk: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(disk, "*")); len(left) > 0 {
		t.Errorf("left on the full disk: %v", left)
	}
}

// killedAfter runs sotayctl with args and kills it (kill -9) after delay.
func killedAfter(t *testing.T, delay time.Duration, args ...string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "SOTAYCTL_MAIN=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(delay)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
}
