package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"sotay/library"
)

// newLibrary makes a library with n text documents and the test bank.
func newLibrary(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	writeCorpus(t, dir, n)
	db := filepath.Join(t.TempDir(), "lib.db")
	if code, _, errs := ctl(t, "--db", db, "import", dir); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	ctl(t, "--db", db, "quiz", "import", "--bank", "Ngân hàng", filepath.Join(quizTestdata, "de-thi.txt"))
	return db
}

func countDocs(t *testing.T, db string) int {
	t.Helper()
	lib, err := library.Open(context.Background(), db, library.OpenOptions{MustExist: true})
	if err != nil {
		t.Fatalf("the library no longer opens: %v", err)
	}
	defer lib.Close()
	n, err := lib.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestOutputsNeverReplaceTheLibrary(t *testing.T) {
	db := newLibrary(t, 30)
	dir := filepath.Dir(db)
	link := filepath.Join(dir, "link.gift")
	os.Symlink(filepath.Join(dir, "target.gift"), link)
	fifo := filepath.Join(dir, "fifo.gift")
	syscall.Mkfifo(fifo, 0o644)
	os.MkdirAll(filepath.Join(dir, "lib-originals"), 0o755)
	other := filepath.Join(t.TempDir(), "other.db")           // a library this run does not have open
	ctl(t, "--db", other, "import", filepath.Join(dir, "..")) // may fail; creates the library
	cases := []struct{ name, out, code string }{
		{"the library", db, "output-protected"},
		{"the library by another spelling", filepath.Join(dir, ".", "..", filepath.Base(dir), "lib.db"), "output-protected"},
		{"its WAL file", db + "-wal", "output-protected"},
		{"its shared-memory file", db + "-shm", "output-protected"},
		{"inside its originals", filepath.Join(dir, "lib-originals", "x.gift"), "output-protected"},
		{"another library", other, "output-protected"},
		{"a symlink", link, "output-not-regular"},
		{"a FIFO", fifo, "output-not-regular"},
		{"a device", "/dev/null", "output-not-regular"},
	}
	for _, c := range cases {
		for _, cmd := range [][]string{{"quiz", "export", "1", "--format", "gift", "-o", c.out}, {"quiz", "print", "1", "-o", c.out}, {"backup", "-o", c.out}} {
			code, _, errs := ctl(t, append([]string{"--db", db}, cmd...)...)
			if code != 1 || !strings.Contains(errs, "["+strings.ReplaceAll(c.code, "-", "_")+"]") {
				t.Errorf("%s %s: exit %d, %s", cmd[0], c.name, code, errs)
			}
		}
	}
	if n := countDocs(t, db); n != 30 {
		t.Fatalf("library has %d documents after the refused exports, want 30", n)
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the FIFO was replaced")
	}
	if st, err := os.Lstat("/dev/null"); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		t.Fatal("/dev/null is no longer a device")
	}

	// -o - writes to standard output; a new file gets 0644, a replaced
	// file keeps its mode.
	code, out, _ := ctl(t, "--db", db, "quiz", "export", "1", "--format", "gift", "-o", "-")
	if code != 0 || !strings.Contains(out, "{") {
		t.Errorf("export to stdout: exit %d, %q", code, out)
	}
	gift := filepath.Join(t.TempDir(), "bank.gift")
	ctl(t, "--db", db, "quiz", "export", "1", "-o", gift)
	if st, _ := os.Stat(gift); st == nil || st.Mode().Perm() != 0o644 {
		t.Errorf("new export mode %v", st)
	}
	os.Chmod(gift, 0o600)
	ctl(t, "--db", db, "quiz", "export", "1", "-o", gift)
	if st, _ := os.Stat(gift); st.Mode().Perm() != 0o600 {
		t.Errorf("replaced export mode %v, want 0600 kept", st.Mode().Perm())
	}
}

// damage overwrites random pages (never the first) of a closed library.
func damage(t *testing.T, db string, pages int, seed uint64) []byte {
	t.Helper()
	data, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, 1))
	n := len(data) / 4096
	for range pages {
		// in the second half of the file: the schema's pages, written
		// first, stay readable (a damaged schema leaves nothing to save;
		// more tables once moved it onto the damaged pages)
		p := n/2 + r.IntN(n-n/2)
		for i := p * 4096; i < (p+1)*4096; i++ {
			data[i] = byte(r.UintN(256))
		}
	}
	os.WriteFile(db, data, 0o644)
	return data
}

func TestDamagedLibraryIsNeverWritten(t *testing.T) {
	db := newLibrary(t, 400)
	before := damage(t, db, 12, 7)
	more := t.TempDir()
	os.WriteFile(filepath.Join(more, "moi.txt"), []byte("Văn bản mới\nnội dung mới"), 0o644)
	writers := [][]string{
		{"import", more},
		{"quiz", "import", "--bank", "Mới", filepath.Join(quizTestdata, "de-thi.txt")},
		{"edit", "1", "--title", "Tên mới"},
		{"delete", "2"},
		{"reindex"},
		{"collection", "add", "Bộ mới", "3"},
	}
	for _, w := range writers {
		code, _, errs := ctl(t, append([]string{"--db", db}, w...)...)
		if code == 0 || !strings.Contains(errs, "[db_corrupt]") {
			t.Errorf("%v on a damaged library: exit %d, %s", w, code, errs)
		}
		if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
			t.Fatalf("%v wrote to the damaged library", w)
		}
	}
	code, out, _ := ctl(t, "--db", db, "check")
	if code != 1 || !strings.Contains(out, "check --recover") {
		t.Fatalf("check: exit %d\n%s", code, out)
	}
	recovered := filepath.Join(t.TempDir(), "cuu.db")
	code, out, errs := ctl(t, "--db", db, "--json", "check", "--recover", "-o", recovered)
	if code != 0 {
		t.Fatalf("recover: %d %s %s", code, out, errs)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Fatal("recover wrote to the damaged library")
	}
	n := countDocs(t, recovered)
	if n < 200 || n > 400 {
		t.Errorf("recovered %d of 400 documents", n)
	}
	if code, out, _ := ctl(t, "--db", recovered, "check"); code != 0 {
		t.Errorf("the recovered library is not sound: %s", out)
	}
	if code, _, _ := ctl(t, "--db", recovered, "search", "học tập"); code != 0 {
		t.Error("search in the recovered library failed")
	}
	t.Logf("recovered %d of 400 documents: %s", n, out)
}

func TestCheckSoundLibrary(t *testing.T) {
	db := newLibrary(t, 5)
	code, out, _ := ctl(t, "--db", db, "--json", "check")
	if code != 0 || !strings.Contains(out, `"ok":true`) || !strings.Contains(out, `"documents":5`) {
		t.Fatalf("check: %d %s", code, out)
	}
}

// mountTmpfs mounts a small tmpfs for the test, or skips saying why.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root to mount a small tmpfs")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

func TestDiskFull(t *testing.T) {
	disk := mountTmpfs(t, "3m")
	db := filepath.Join(disk, "lib.db")
	src := t.TempDir()
	for i := range 40 {
		var b strings.Builder
		fmt.Fprintf(&b, "Văn bản số %d\n", i)
		for j := range 2500 {
			fmt.Fprintf(&b, "Đoạn %d của văn bản %d nói về công tác xây dựng Đảng năm %d.\n", j, i, 2000+j%25)
		}
		os.WriteFile(filepath.Join(src, fmt.Sprintf("vb-%02d.txt", i)), []byte(b.String()), 0o644)
	}
	code, out, errs := ctl(t, "--db", db, "--json", "import", src)
	if code != 1 {
		t.Fatalf("import onto a full disk: exit %d", code)
	}
	lines := jsonLines(t, out)
	full := 0
	for _, l := range lines {
		if l["code"] == "disk-full" {
			full++
			if msg, _ := l["error"].(string); !strings.Contains(msg, "Ổ đĩa đã đầy") || !strings.Contains(msg, "MB") {
				t.Errorf("disk-full message %q", msg)
			}
		}
	}
	if full == 0 || !strings.Contains(errs, "[disk_full]") || strings.Contains(errs, "[internal]") {
		t.Fatalf("%d disk-full lines of %d; stderr %s", full, len(lines), errs)
	}
	if code, out, _ := ctl(t, "--db", db, "check"); code != 0 {
		t.Fatalf("the library is not sound after the disk filled: %s", out)
	}
	imported := 0
	for _, l := range lines {
		if l["status"] == "imported" {
			imported++
		}
	}
	if n := countDocs(t, db); n != imported {
		t.Errorf("%d documents stored, %d reported imported", n, imported)
	}
}

func TestReadOnlyLibrary(t *testing.T) {
	disk := mountTmpfs(t, "20m")
	db := filepath.Join(disk, "lib.db")
	src := t.TempDir()
	writeCorpus(t, src, 8)
	copyTestPDF(t, src, "lo-docx-nghiquyet.pdf", "nq15.pdf")
	if code, _, errs := ctl(t, "--db", db, "import", src); code != 0 {
		t.Fatal(errs)
	}
	ctl(t, "--db", db, "quiz", "import", "--bank", "Ngân hàng", filepath.Join(quizTestdata, "de-thi.txt"))
	if out, err := exec.Command("mount", "-o", "remount,ro", disk).CombinedOutput(); err != nil {
		t.Skipf("cannot remount read-only: %v %s", err, out)
	}
	for _, read := range [][]string{{"list"}, {"search", "học tập"}, {"show", "1"}, {"quiz", "list"}, {"check"}} {
		if code, _, errs := ctl(t, append([]string{"--db", db}, read...)...); code != 0 {
			t.Errorf("%v on a read-only library: %s", read, errs)
		}
	}
	kept, _ := os.ReadDir(filepath.Join(disk, "lib-originals"))
	more := t.TempDir()
	copyTestPDF(t, more, "chromium-thongbao.pdf", "moi.pdf")
	for _, w := range [][]string{{"import", more}, {"edit", "1", "--title", "x"}, {"quiz", "import", "--bank", "Mới", filepath.Join(quizTestdata, "de-thi.txt")}} {
		code, _, errs := ctl(t, append([]string{"--db", db}, w...)...)
		if code == 0 || !strings.Contains(errs, "[db_readonly]") || !strings.Contains(errs, db) {
			t.Errorf("%v on a read-only library: exit %d, %s", w, code, errs)
		}
	}
	if now, _ := os.ReadDir(filepath.Join(disk, "lib-originals")); len(now) != len(kept) {
		t.Error("an original was copied for an import that could not be written")
	}
}

func TestNamesCannotForgeLinesAndMissingOriginalsAreSaid(t *testing.T) {
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "a\nđã nhập\tgiả.txt"), []byte("Văn bản thật\nnội dung"), 0o644)
	copyTestPDF(t, src, "lo-docx-nghiquyet.pdf", "nq.pdf")
	db := filepath.Join(t.TempDir(), "lib.db")
	code, out, _ := ctl(t, "--db", db, "import", src)
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"`) {
		t.Fatalf("a name with a newline: exit %d\n%s", code, out)
	}
	_, out, _ = ctl(t, "--db", db, "--json", "show", "1")
	var d map[string]any
	json.Unmarshal([]byte(out), &d)
	orig, _ := d["original"].(string)
	if orig == "" { // the PDF is the other one
		_, out, _ = ctl(t, "--db", db, "--json", "show", "2")
		json.Unmarshal([]byte(out), &d)
		orig, _ = d["original"].(string)
	}
	os.Remove(orig)
	id := fmt.Sprint(d["id"])
	_, out, _ = ctl(t, "--db", db, "show", id)
	if !strings.Contains(out, "không còn trên đĩa") {
		t.Errorf("show of a document whose original is gone:\n%s", out)
	}
	_, out, _ = ctl(t, "--db", db, "--json", "show", id)
	if !strings.Contains(out, `"original_missing":true`) {
		t.Errorf("show --json: %s", out)
	}
}

func TestDBPathsArePaths(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.Mkdir("q", 0o755)
	src := t.TempDir()
	writeCorpus(t, src, 2)
	if code, _, errs := ctl(t, "--db", "q/y?_journal_mode=DELETE", "import", src); code != 0 {
		t.Fatal(errs)
	}
	if _, err := os.Stat("q/y?_journal_mode=DELETE"); err != nil {
		t.Fatalf("the library was not made under the name given: %v", err)
	}
	if _, err := os.Stat("q/y"); err == nil {
		t.Fatal("q/y was made: the path was read as a URI")
	}
	code, _, errs := ctl(t, "--db", "file:/abs/z.db", "import", src)
	if code == 0 || !strings.Contains(errs, "file:/abs/z.db") {
		t.Errorf("file:/abs/z.db is a relative path whose folder does not exist: exit %d %s", code, errs)
	}
	if _, err := os.Stat("/abs/z.db"); err == nil {
		t.Error("file:/abs/z.db was read as a URI")
	}
}

// Ctrl+C during an import says it stopped and how many documents it kept,
// never "internal".
func TestInterruptedImportSaysWhatItKept(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, 3000)
	db := filepath.Join(t.TempDir(), "lib.db")
	cmd := exec.Command(os.Args[0], "--db", db, "import", "--json", dir)
	cmd.Env = append(os.Environ(), "SOTAYCTL_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 1)
	stdout.Read(buf) // the first batch committed
	cmd.Process.Signal(os.Interrupt)
	io.Copy(io.Discard, stdout)
	err := cmd.Wait()
	msg := stderr.String()
	if err == nil || strings.Contains(msg, "[internal]") || !strings.Contains(msg, "Đã dừng nhập, giữ") {
		t.Fatalf("exit %v, stderr:\n%s", err, msg)
	}
	if kept := countDocs(t, db); !strings.Contains(msg, fmt.Sprintf("giữ %d văn bản", kept)) {
		t.Errorf("%d documents kept, stderr says:\n%s", kept, msg)
	}
}

// check --recover ends, whatever the damage (a scan of a damaged tree
// could go back to rows already read and round for ever), and saves the
// questions of documents it lost, without their link.
func TestRecoverEndsOnAnyDamage(t *testing.T) {
	src := newLibrary(t, 300)
	for seed := range uint64(16) {
		db := filepath.Join(t.TempDir(), "lib.db")
		data, _ := os.ReadFile(src)
		os.WriteFile(db, data, 0o644)
		damage(t, db, 8, 100+seed)
		out := filepath.Join(t.TempDir(), "moi.db")
		code, stdout, errs := ctl(t, "--db", db, "--json", "check", "--recover", "-o", out)
		if code != 0 {
			if !strings.Contains(errs, db) || strings.Contains(errs, out) {
				t.Errorf("seed %d: a failed recovery must name the damaged library, not the new one: %s", seed, errs)
			}
			continue
		}
		if code, o, _ := ctl(t, "--db", out, "check"); code != 0 {
			t.Errorf("seed %d: recovered library not sound: %s\n%s", seed, o, stdout)
		}
	}
}

func TestRecoverOutputIsProtectedAndEmptyLibraryIsDamaged(t *testing.T) {
	db := newLibrary(t, 5)
	for _, out := range []string{db + "-wal", db + "-shm", filepath.Join(filepath.Dir(db), "lib-originals", "x.db"), db} {
		code, _, errs := ctl(t, "--db", db, "check", "--recover", "-o", out)
		if code != 1 || !(strings.Contains(errs, "[output_protected]") || strings.Contains(errs, "[file_exists]")) {
			t.Errorf("recover -o %s: exit %d %s", out, code, errs)
		}
	}
	empty := filepath.Join(t.TempDir(), "rong.db")
	os.WriteFile(empty, nil, 0o644)
	for _, cmd := range [][]string{{"check"}, {"list"}, {"search", "x"}} {
		code, _, errs := ctl(t, append([]string{"--db", empty}, cmd...)...)
		if cmd[0] == "check" && code != 1 || cmd[0] != "check" && !strings.Contains(errs, "[db_corrupt]") {
			t.Errorf("%v on an emptied library: exit %d %s", cmd, code, errs)
		}
	}
	if st, _ := os.Stat(empty); st.Size() != 0 {
		t.Error("the emptied library was written to")
	}
}
