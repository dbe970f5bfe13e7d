package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// sotayctl pack export → show → import: a collection travels to a library
// that does not exist yet, its signature verified; a wrong key is said.
func TestPackCommands(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, 5)
	db := filepath.Join(t.TempDir(), "thay.db")
	if code, _, errs := ctl(t, "--db", db, "import", dir); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := ctl(t, "--db", db, "collection", "add", "Nghị quyết 15", "1", "2", "3"); code != 0 {
		t.Fatal(errs)
	}
	pack := filepath.Join(t.TempDir(), "nq15.sotay")
	code, out, errs := ctl(t, "--db", db, "--json", "pack", "export", "--collection", "Nghị quyết 15", "--unit", "Ban Tuyên giáo",
		"--sign-key", "khoá đơn vị", "-o", pack)
	if code != 0 || !strings.Contains(out, `"documents":3`) || !strings.Contains(out, `"signed":true`) {
		t.Fatalf("export: %d %s %s", code, out, errs)
	}
	code, out, _ = ctl(t, "pack", "show", pack, "--sign-key", "khoá khác")
	if code != 0 || !strings.Contains(out, "CẢNH BÁO") {
		t.Errorf("show with a wrong key: %d %s", code, out)
	}
	learner := filepath.Join(t.TempDir(), "moi", "hoc-vien.db")
	code, out, errs = ctl(t, "--db", learner, "--json", "pack", "import", pack, "--sign-key", "khoá đơn vị")
	if code != 0 || !strings.Contains(out, `"verified":true`) || !strings.Contains(out, `"added":3`) {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	if n := countDocs(t, learner); n != 3 {
		t.Errorf("%d documents in the learner's library", n)
	}
	code, _, errs = ctl(t, "pack", "show", filepath.Join(dir, "00001.txt"))
	if code != 1 || !strings.Contains(errs, "[bad_pack]") {
		t.Errorf("a text file as a pack: %d %s", code, errs)
	}
}
