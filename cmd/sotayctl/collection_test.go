package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// A trainer groups two imported documents into a collection, takes one
// out, and deletes the collection; mistakes get usage errors.
func TestCollectionCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	if code, _, errOut := ctl(t, "--db", db, "import", "../../assets/samples/nghi-quyet-15-nq-qu.txt", "../../assets/samples/thong-bao-27-tb-qu.txt"); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	code, out, _ := ctl(t, "--db", db, "collection", "add", "Chuyển đổi số", "1", "2", "--json")
	rows := jsonLines(t, out)
	if code != 0 || len(rows) != 1 || rows[0]["name"] != "Chuyển đổi số" || rows[0]["documents"].(float64) != 2 {
		t.Fatalf("add: exit %d %v", code, rows)
	}
	// A bank imported into the collection belongs to it.
	code, _, _ = ctl(t, "--db", db, "quiz", "import", "--bank", "Đề thi", "--collection", "Chuyển đổi số", filepath.Join(quizTestdata, "aiken.txt"))
	_, out, _ = ctl(t, "--db", db, "quiz", "list", "--json")
	if banks := jsonLines(t, out); code > 1 || len(banks) != 1 || banks[0]["collection"] != rows[0]["id"] || banks[0]["document"] != nil {
		t.Errorf("bank of the collection: exit %d %v", code, banks)
	}
	code, out, _ = ctl(t, "--db", db, "collection", "remove", "chuyen doi so", "2")
	if code != 0 || !strings.Contains(out, "Chuyển đổi số") || !strings.Contains(out, "  1\n") {
		t.Errorf("remove: exit %d %q", code, out)
	}
	if code, _, errOut := ctl(t, "--db", db, "collection", "add", "Chuyển đổi số", "99"); code != 1 || !strings.Contains(errOut, "99") {
		t.Errorf("missing document: exit %d %q", code, errOut)
	}
	if code, _, _ := ctl(t, "--db", db, "collection", "add", "Chuyển đổi số", "một"); code != 2 {
		t.Errorf("bad id: exit %d", code)
	}
	code, out, _ = ctl(t, "--db", db, "collection", "delete", "CHUYỂN ĐỔI SỐ")
	if code != 0 || strings.Contains(out, "Chuyển đổi số") {
		t.Errorf("delete: exit %d %q", code, out)
	}
	if code, _, _ := ctl(t, "--db", db, "collection", "delete", "không có"); code != 1 {
		t.Errorf("deleting a missing collection: exit %d", code)
	}
}
