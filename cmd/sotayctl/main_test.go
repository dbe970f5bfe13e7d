package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	_ "github.com/mattn/go-sqlite3"

	"sotay/assets"
	"sotay/internal/i18n"
	"sotay/library"
)

// TestMain lets the tests run this binary as sotayctl itself
// (SOTAYCTL_MAIN=1), for the tests that kill it.
func TestMain(m *testing.M) {
	if os.Getenv("SOTAYCTL_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// ctl runs sotayctl in-process and returns exit code, stdout and stderr.
func ctl(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func writeCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("%05d.txt", i))
		body := fmt.Sprintf("Tin số %d về học tập nghị quyết\nChi bộ khu phố %d sinh hoạt chuyên đề tháng %d.\n", i, i%97, i%12+1)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestImportListShowJSON(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Nghị quyết số 15-NQ/QU\ntrang một\ftrang hai\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.md"), []byte("# Hướng dẫn sinh hoạt chi bộ\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("\x00\x01binary"), 0o644)

	code, out, _ := ctl(t, "--db", db, "import", "--json", dir)
	if code != 1 {
		t.Errorf("import with one bad file exited %d, want 1", code)
	}
	var lines []importLine
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var il importLine
		if err := json.Unmarshal([]byte(l), &il); err != nil {
			t.Fatalf("not JSON: %q", l)
		}
		lines = append(lines, il)
	}
	if len(lines) != 3 || lines[0].Status != "imported" || lines[1].Status != "imported" || lines[2].Status != "failed" {
		t.Fatalf("import lines = %+v", lines)
	}
	if lines[2].Code != "binary" || !strings.Contains(lines[2].Error, "không phải tệp văn bản") || !strings.Contains(lines[2].Error, "c.txt") {
		t.Errorf("failure line = %+v, want a Vietnamese message naming the file", lines[2])
	}

	code, out, _ = ctl(t, "--db", db, "import", "--json", filepath.Join(dir, "a.txt"))
	if code != 0 || !strings.Contains(out, `"status":"duplicate"`) {
		t.Errorf("re-import: code %d, %s", code, out)
	}

	code, out, _ = ctl(t, "--db", db, "list", "--json")
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"title":"Hướng dẫn sinh hoạt chi bộ"`) {
		t.Errorf("list --json: code %d\n%s", code, out)
	}
	code, out, _ = ctl(t, "list", "--db", db)
	if code != 0 || !strings.Contains(out, "Tiêu đề") || !strings.Contains(out, "Nghị quyết số 15-NQ/QU") {
		t.Errorf("list: code %d\n%s", code, out)
	}

	id := fmt.Sprint(lines[0].ID)
	code, out, _ = ctl(t, "--db", db, "show", id, "--text")
	if code != 0 || out != "Nghị quyết số 15-NQ/QU\ntrang một\ftrang hai\n\n" {
		t.Errorf("show --text: code %d %q", code, out)
	}
	code, out, _ = ctl(t, "--db", db, "show", "--json", id)
	var doc docJSON
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc.Pages != 2 || doc.Text != nil {
		t.Errorf("show --json: code %d %s", code, out)
	}
}

func TestErrorsAndExitCodes(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "khong-co.db")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no command", nil, 2, "Cách dùng"},
		{"unknown command", []string{"xoa"}, 2, "không có lệnh này"},
		{"show without id", []string{"--db", missing, "show"}, 2, "mã số văn bản"},
		{"show with a word for id", []string{"--db", missing, "show", "muoi"}, 2, "mã số văn bản"},
		{"unknown flag", []string{"list", "--nhanh"}, 2, "usage"},
		{"import with no path", []string{"--db", missing, "import"}, 2, "ít nhất một tệp"},
		{"list a library that does not exist", []string{"--db", missing, "list"}, 1, "[no_library]: Chưa có thư viện tại " + missing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := ctl(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.stderr)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a reading command created a library")
	}
}

func TestShowMissingDocument(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	dir := t.TempDir()
	writeCorpus(t, dir, 1)
	ctl(t, "--db", db, "import", dir)
	code, _, stderr := ctl(t, "--db", db, "show", "999")
	if code != 1 || !strings.Contains(stderr, "[not_found]") {
		t.Errorf("exit %d stderr %q", code, stderr)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := ctl(t, "version", "--json")
	var v map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &v) != nil || v["version"] != library.Version {
		t.Errorf("version: %d %s", code, out)
	}
}

// TestKilledImportKeepsCommittedBatches kills a real sotayctl process in the
// middle of an import and checks the library is sound, keeps every batch
// that committed, and that importing again finishes the rest.
func TestKilledImportKeepsCommittedBatches(t *testing.T) {
	dir := t.TempDir()
	const n = 3000
	writeCorpus(t, dir, n)
	db := filepath.Join(t.TempDir(), "lib.db")
	cmd := exec.Command(os.Args[0], "--db", db, "import", "--json", dir)
	cmd.Env = append(os.Environ(), "SOTAYCTL_MAIN=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	seen := 0
	for seen < 1000 && sc.Scan() { // the first batch (1000 files) has committed
		seen++
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if seen < 1000 {
		t.Fatalf("only %d lines before the kill", seen)
	}

	raw, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	var check string
	var stored int
	raw.QueryRow("PRAGMA integrity_check").Scan(&check)
	raw.QueryRow("SELECT count(*) FROM documents").Scan(&stored)
	raw.Close()
	if check != "ok" {
		t.Fatalf("integrity_check after SIGKILL: %s", check)
	}
	if stored < 1000 || stored%1000 != 0 && stored != n {
		t.Fatalf("%d documents after the kill; want whole batches of 1000", stored)
	}
	code, out, _ := ctl(t, "--db", db, "import", "--json", dir)
	if code != 0 {
		t.Fatalf("second import exited %d", code)
	}
	if got := strings.Count(out, `"status":"duplicate"`); got != stored {
		t.Errorf("second import skipped %d, want %d", got, stored)
	}
	if got := strings.Count(out, `"status":"imported"`); got != n-stored {
		t.Errorf("second import added %d, want %d", got, n-stored)
	}
}

// TestEveryErrorCodeHasMessages checks that each error code the library
// can return has a message in both translation files, and that the two
// files carry the same keys.
func TestEveryErrorCodeHasMessages(t *testing.T) {
	cats := map[string]*i18n.Catalog{}
	for _, l := range []string{"vi", "en"} {
		data, err := assets.Translations.ReadFile("translations/" + l + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if cats[l], err = i18n.Parse(data); err != nil {
			t.Fatal(err)
		}
	}
	for _, code := range library.Codes() {
		for l, c := range cats {
			if !c.Has("error." + code) {
				t.Errorf("%s.json has no message for error.%s", l, code)
			}
		}
	}
	for _, k := range cats["vi"].Keys() {
		if !cats["en"].Has(k) {
			t.Errorf("en.json lacks %q", k)
		}
	}
	for _, k := range cats["en"].Keys() {
		if !cats["vi"].Has(k) {
			t.Errorf("vi.json lacks %q", k)
		}
	}
	msg := cats["vi"].T("error.db_newer", map[string]string{"Path": "/tmp/x.db"})
	if !strings.Contains(msg, "/tmp/x.db") || !strings.Contains(msg, "phiên bản Sổ tay mới hơn") {
		t.Errorf("rendered message = %q", msg)
	}
}

// TestCLIDoesNotLinkFyne keeps sotayctl buildable on servers: no Fyne, no OpenGL.
func TestCLIDoesNotLinkFyne(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-tags", "sqlite_fts5", "sotay/cmd/sotayctl", "sotay/library/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "fyne.io/") || strings.Contains(dep, "go-gl") {
			t.Errorf("sotayctl or library depends on %s", dep)
		}
	}
}

// TestFyneAppVersionMatches keeps FyneApp.toml (used by fyne package) and the
// version the programs report in step.
func TestFyneAppVersionMatches(t *testing.T) {
	data, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("Version = %q", library.Version)
	if !strings.Contains(string(data), want) || !strings.Contains(string(data), `ID = "vn.sotay.hoctap"`) {
		t.Errorf("FyneApp.toml lacks %s or the app ID", want)
	}
}

func TestFind(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Nghị quyết số 15-NQ/QU về chuyển đổi số\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Hướng dẫn sinh hoạt chi bộ\n"), 0o644)
	ctl(t, "--db", db, "import", dir)
	code, out, _ := ctl(t, "--db", db, "find", "--json", "nq 15")
	var res struct {
		Query string    `json:"query"`
		Hits  []findHit `json:"hits"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || len(res.Hits) == 0 ||
		res.Hits[0].Title != "Nghị quyết số 15-NQ/QU về chuyển đổi số" || res.Query != "nq 15" {
		t.Fatalf("find --json: %d %s", code, out)
	}
	code, out, _ = ctl(t, "--db", db, "find", "huong", "dan", "--limit", "1")
	if code != 0 || !strings.Contains(out, "Hướng dẫn sinh hoạt chi bộ") || strings.Count(out, "\n") != 1 {
		t.Errorf("find: %d %q", code, out)
	}
	if code, _, _ := ctl(t, "--db", db, "find"); code != 2 {
		t.Errorf("find without a query exited %d", code)
	}
}

func TestSearchReindexEditDelete(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Nghị quyết Đại hội Đảng bộ quận\nĐại hội đại biểu Đảng bộ quận lần thứ IX thông qua nghị quyết.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Tin Đà Nẵng\nThành phố Đà Nẵng đón khách.\n"), 0o644)
	if code, _, errs := ctl(t, "--db", db, "import", dir); code != 0 {
		t.Fatal(errs)
	}

	code, out, errs := ctl(t, "--db", db, "search", "--json", "--limit", "5", "nghi quyet dai hoi")
	if code != 0 {
		t.Fatalf("search: %d %s", code, errs)
	}
	var res struct {
		Query, Interpreted string
		TookMS             float64 `json:"took_ms"`
		Total              int
		Hits               []struct {
			ID                                 int64
			Title, Path, Number, Kind, Snippet string
			Score                              float64
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if res.Query != "nghi quyet dai hoi" || res.Total != 1 || len(res.Hits) != 1 || res.TookMS <= 0 ||
		filepath.Base(res.Hits[0].Path) != "a.txt" || !strings.Contains(res.Hits[0].Snippet, "**Nghị quyết Đại hội**") {
		t.Errorf("search --json: %s", out)
	}

	// --stdin: one JSON object per line, Telex read and said so.
	stdin = strings.NewReader("ddaf nawngx\nda nang\n\"\n")
	t.Cleanup(func() { stdin = os.Stdin })
	code, out, errs = ctl(t, "--db", db, "search", "--json", "--stdin")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 3 {
		t.Fatalf("--stdin: %d %q %s", code, out, errs)
	}
	var first struct{ Interpreted string }
	json.Unmarshal([]byte(lines[0]), &first)
	if first.Interpreted != "đà nẵng" || !strings.Contains(lines[1], "Tin Đà Nẵng") || !strings.Contains(lines[2], `"total":0`) {
		t.Errorf("--stdin lines: %q", lines)
	}
	// For people: a count line, then id, title and snippet.
	code, out, _ = ctl(t, "--db", db, "search", "ddaf nawngx")
	if code != 0 || !strings.Contains(out, "Đang hiển thị kết quả cho: đà nẵng") || !strings.Contains(out, "[Đà Nẵng]") {
		t.Errorf("search text: %q", out)
	}
	if code, out, _ = ctl(t, "--db", db, "search", "khong co gi"); code != 0 || !strings.Contains(out, "Không tìm thấy") {
		t.Errorf("no hits: %d %q", code, out)
	}
	if code, _, _ = ctl(t, "--db", db, "search"); code != 2 {
		t.Errorf("search without query: exit %d", code)
	}

	if code, out, _ = ctl(t, "--db", db, "reindex", "--json"); code != 0 || !strings.Contains(out, `"documents":2`) {
		t.Errorf("reindex: %d %q", code, out)
	}
	id := fmt.Sprint(res.Hits[0].ID)
	if code, _, errs = ctl(t, "--db", db, "edit", id, "--number", "15-NQ/QU", "--date", "2025-03-12"); code != 0 {
		t.Fatalf("edit: %s", errs)
	}
	if code, out, _ = ctl(t, "--db", db, "search", "--json", "15-NQ/QU"); code != 0 || !strings.Contains(out, `"number":"15-NQ/QU"`) {
		t.Errorf("search by new number: %q", out)
	}
	if code, _, errs = ctl(t, "--db", db, "edit", id, "--date", "12/3/2025"); code != 2 || !strings.Contains(errs, "NĂM-THÁNG-NGÀY") {
		t.Errorf("bad date: %d %q", code, errs)
	}
	if code, _, _ = ctl(t, "--db", db, "delete", id); code != 0 {
		t.Fatal("delete failed")
	}
	if _, out, _ = ctl(t, "--db", db, "search", "--json", "nghi quyet"); !strings.Contains(out, `"total":0`) {
		t.Errorf("deleted document found: %q", out)
	}
	if code, _, errs = ctl(t, "--db", db, "delete", id); code != 1 || !strings.Contains(errs, "[not_found]") {
		t.Errorf("delete again: %d %q", code, errs)
	}
}

// A query may start with "-" (leave out a phrase) and "--" ends the flags;
// --stdin takes lines of any length, cutting an over-long query and saying so.
func TestSearchQueryShapes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Chi bộ bàn về kinh tế\nChi bộ khu phố 3 bàn phát triển kinh tế.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Hội nghị bàn về kinh tế\nTổng kết công tác kinh tế xã hội.\n"), 0o644)
	if code, _, errs := ctl(t, "--db", db, "import", dir); code != 0 {
		t.Fatal(errs)
	}
	total := func(t *testing.T, out string) int {
		t.Helper()
		var res struct{ Total int }
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%v: %q", err, out)
		}
		return res.Total
	}
	for _, args := range [][]string{
		{"search", "--json", "-chi bộ", "kinh", "tế"},
		{"search", "-chi bộ", "--json", "kinh", "tế"},
		{"search", "--json", "--", "-chi bộ", "kinh", "tế"},
		{"search", "--limit", "5", "--json", "-chi bộ", "kinh tế"},
	} {
		code, out, errs := ctl(t, append([]string{"--db", db}, args...)...)
		if code != 0 || total(t, out) != 1 || !strings.Contains(out, "b.txt") {
			t.Errorf("%q: exit %d, %s %s", args, code, out, errs)
		}
	}
	if code, _, errs := ctl(t, "--db", db, "search", "--limt", "5", "kinh tế"); code != 2 {
		t.Errorf("a misspelt --flag is still a usage error: %d %s", code, errs)
	}

	long := strings.Repeat("kinh tế ", 300_000) // 2.7 MB on one line
	stdin = strings.NewReader(long + "\nchi bộ\n")
	t.Cleanup(func() { stdin = os.Stdin })
	code, out, errs := ctl(t, "--db", db, "search", "--json", "--stdin")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 || total(t, lines[1]) != 1 {
		t.Fatalf("--stdin with a long line: %d %q %s", code, out, errs)
	}
	if !strings.Contains(errs, "Dòng 1: câu tìm dài "+strconv.Itoa(len(long))+" byte") {
		t.Errorf("the user is not told the query was cut: %q", errs)
	}
}
