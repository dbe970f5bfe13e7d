package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sotay/internal/docx"
	"strconv"
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

// Notes from the command line: offsets of show --text, a bookmark, the
// list in text and JSON, a range outside the text refused, removal.
func TestNoteCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "nq.txt"), []byte("Nghị quyết về chuyển đổi số\nĐiều 1. Mục tiêu\fĐiều 2. Nhiệm vụ\n"), 0o644)
	if code, _, errs := ctl(t, "--db", db, "import", filepath.Join(dir, "nq.txt")); code != 0 {
		t.Fatal(errs)
	}
	_, text, _ := ctl(t, "--db", db, "show", "--text", "1")
	rs := []rune(text)
	at := strings.Index(text, "Điều 2")
	from := len([]rune(text[:at]))
	if string(rs[from:from+6]) != "Điều 2" || !strings.Contains(string(rs[:from]), "\f") {
		t.Fatalf("offsets: %q", string(rs[from:from+6]))
	}
	code, out, errs := ctl(t, "--db", db, "note", "add", "1", "--from", strconv.Itoa(from), "--to", strconv.Itoa(from+6), "--color", "blue", "--text", "Học kỹ", "--json")
	if code != 0 || !strings.Contains(out, `"quote":"Điều 2"`) || !strings.Contains(out, `"color":"blue"`) {
		t.Fatalf("add: %d %s %s", code, out, errs)
	}
	if code, _, _ := ctl(t, "--db", db, "note", "add", "1", "--kind", "bookmark", "--from", "0"); code != 0 {
		t.Error("bookmark not added")
	}
	code, out, _ = ctl(t, "--db", db, "note", "list", "--json")
	var notes []noteJSON
	if code != 0 || json.Unmarshal([]byte(out), &notes) != nil || len(notes) != 2 || notes[0].Title == "" {
		t.Fatalf("list: %d %s", code, out)
	}
	if code, out, _ := ctl(t, "--db", db, "note", "list", "1", "--color", "blue"); code != 0 || !strings.Contains(out, "Học kỹ") || strings.Contains(out, "đánh dấu") {
		t.Errorf("list by colour: %s", out)
	}
	if code, _, errs := ctl(t, "--db", db, "note", "add", "1", "--from", "5", "--to", "99999"); code != 1 || !strings.Contains(errs, "bad_range") {
		t.Errorf("outside the text: %d %s", code, errs)
	}
	if code, _, errs := ctl(t, "--db", db, "note", "add", "1", "--from", "1", "--to", "3", "--color", "red"); code != 2 || !strings.Contains(errs, "yellow") {
		t.Errorf("unknown colour: %d %s", code, errs)
	}
	if code, _, _ := ctl(t, "--db", db, "note", "rm", strconv.FormatInt(notes[0].ID, 10)); code != 0 {
		t.Error("rm failed")
	}
	if code, _, errs := ctl(t, "--db", db, "note", "rm", strconv.FormatInt(notes[0].ID, 10)); code != 1 || !strings.Contains(errs, "not_found") {
		t.Errorf("rm twice: %d %s", code, errs)
	}
}

// Tags, the trash and restoring from the command line.
func TestTagTrashRestoreCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	if code, _, errs := ctl(t, "--db", db, "import", "../../assets/samples/nghi-quyet-15-nq-qu.txt"); code != 0 {
		t.Fatal(errs)
	}
	if code, out, _ := ctl(t, "--db", db, "tag", "add", "1", "chỉ tiêu", "--json"); code != 0 || !strings.Contains(out, `"chỉ tiêu"`) {
		t.Errorf("tag add: %d %s", code, out)
	}
	if code, out, _ := ctl(t, "--db", db, "search", "--tag", "chỉ tiêu", "ký số"); code != 0 || !strings.Contains(out, "15-NQ/QU") {
		t.Errorf("search by tag: %s", out)
	}
	if code, _, _ := ctl(t, "--db", db, "tag", "rm", "1", "không có"); code != 1 {
		t.Error("removing a tag the document lacks did not fail")
	}
	if code, _, _ := ctl(t, "--db", db, "trash", "1"); code != 0 {
		t.Fatal("trash failed")
	}
	if _, out, _ := ctl(t, "--db", db, "list"); strings.Contains(out, "15-NQ/QU") {
		t.Error("a trashed document is listed")
	}
	if _, out, _ := ctl(t, "--db", db, "search", "ký số"); strings.Contains(out, "15-NQ/QU") {
		t.Error("a trashed document is found")
	}
	if code, out, _ := ctl(t, "--db", db, "trash", "list", "--json"); code != 0 || !strings.Contains(out, `"id":1`) {
		t.Errorf("trash list: %s", out)
	}
	if code, _, _ := ctl(t, "--db", db, "restore", "1"); code != 0 {
		t.Fatal("restore failed")
	}
	if _, out, _ := ctl(t, "--db", db, "search", "ký số"); !strings.Contains(out, "15-NQ/QU") {
		t.Error("restored but not found")
	}
	if code, _, _ := ctl(t, "--db", db, "trash", "1"); code != 0 {
		t.Fatal("trash failed")
	}
	if code, out, _ := ctl(t, "--db", db, "trash", "empty", "--json"); code != 0 || !strings.Contains(out, `"deleted":1`) {
		t.Errorf("empty: %s", out)
	}
	if code, _, _ := ctl(t, "--db", db, "check"); code != 0 {
		t.Error("check after emptying the trash")
	}
}

// report writes the bản thu hoạch with every note of the document.
func TestReportCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	if code, _, errs := ctl(t, "--db", db, "import", "../../assets/samples/nghi-quyet-15-nq-qu.txt"); code != 0 {
		t.Fatal(errs)
	}
	_, text, _ := ctl(t, "--db", db, "show", "--text", "1")
	at := len([]rune(text[:strings.Index(text, "100% văn bản đi")]))
	ctl(t, "--db", db, "note", "add", "1", "--from", strconv.Itoa(at), "--to", strconv.Itoa(at+15), "--text", "Đơn vị đạt 80%")
	out := filepath.Join(t.TempDir(), "thu-hoach.docx")
	if code, _, errs := ctl(t, "--db", db, "report", "1", "--format", "docx", "-o", out); code != 0 {
		t.Fatal(errs)
	}
	data, _ := os.ReadFile(out)
	res, err := docx.Extract(data)
	if err != nil || !strings.Contains(res.Text, "BẢN THU HOẠCH") || !strings.Contains(res.Text, "“100% văn bản đi”") || !strings.Contains(res.Text, "Đơn vị đạt 80%") {
		t.Errorf("report: %v\n%s", err, res.Text)
	}
	if code, _, errs := ctl(t, "--db", db, "report", "1", "-o", db); code == 0 || !strings.Contains(errs, "usage") && !strings.Contains(errs, "output_protected") {
		t.Errorf("report over the library: %d %s", code, errs)
	}
}

// A Moodle XML file with categories: the CLI names the sub-banks it filled,
// exports them back under $CATEGORY, and says why a question is left out.
func TestQuizMoodleXMLCategories(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	code, out, _ := ctl(t, "--db", db, "quiz", "import", "--bank", "Nghị quyết 15", filepath.Join(quizTestdata, "moodle-all-types.xml"))
	if code != 1 || !strings.Contains(out, "nhập 9 câu") || !strings.Contains(out, "“Nghị quyết 15 / Chỉ tiêu / Số liệu”") ||
		!strings.Contains(out, "“calculated”") {
		t.Fatalf("import: %d\n%s", code, out)
	}
	gift := filepath.Join(t.TempDir(), "nq15.gift")
	code, out, _ = ctl(t, "--db", db, "quiz", "export", "Nghị quyết 15", "-o", gift)
	if code != 0 || !strings.Contains(out, "Bỏ qua 1 câu") || !strings.Contains(out, "hãy xuất Moodle XML") {
		t.Fatalf("export: %d\n%s", code, out)
	}
	data, _ := os.ReadFile(gift)
	if !strings.Contains(string(data), "$CATEGORY: $course$/top/Nghị quyết 15/Chỉ tiêu/Số liệu") {
		t.Errorf("the sub-bank's category is not written:\n%s", data)
	}
}

// Import problems carry their code for programs, beside the sentence.
func TestQuizImportFaultCodes(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "x.gift")
	os.WriteFile(f, []byte("Câu thiếu ngoặc { =một ~hai\n"), 0o644)
	code, out, _ := ctl(t, "--db", filepath.Join(dir, "lib.db"), "--json", "quiz", "import", f)
	if code != 1 || !strings.Contains(out, `"code":"gift_no_close_brace"`) || !strings.Contains(out, "thiếu dấu “}”") {
		t.Errorf("%d %s", code, out)
	}
}

// An import of which nothing comes in leaves no empty bank behind (an empty
// file, a file whose every question is refused); a bank that was there
// before stays.
func TestQuizImportNothingMakesNoBank(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	empty := filepath.Join(dir, "rong.txt")
	os.WriteFile(empty, []byte(" \n\n"), 0o644)
	code, _, errs := ctl(t, "--db", db, "quiz", "import", "--bank", "Rỗng", empty)
	if code != 1 || !strings.Contains(errs, "tệp trống") {
		t.Errorf("empty file: %d %s", code, errs)
	}
	bad := filepath.Join(dir, "hong.gift")
	os.WriteFile(bad, []byte("Câu thiếu ngoặc { =một ~hai\n"), 0o644)
	code, out, _ := ctl(t, "--db", db, "quiz", "import", "--bank", "Hỏng", bad)
	if code != 1 || !strings.Contains(out, "không tạo ngân hàng “Hỏng”") {
		t.Errorf("all refused: %d %s", code, out)
	}
	good := filepath.Join(dir, "tot.gift")
	os.WriteFile(good, []byte("Thủ đô? {=Hà Nội ~Huế}\n"), 0o644)
	if code, _, errs := ctl(t, "--db", db, "quiz", "import", "--bank", "Tốt", good); code != 0 {
		t.Fatal(errs)
	}
	if code, _, _ := ctl(t, "--db", db, "quiz", "import", "--bank", "Tốt", bad); code != 1 {
		t.Errorf("a refused file into an existing bank: exit %d", code)
	}
	_, out, _ = ctl(t, "--db", db, "--json", "quiz", "list")
	if strings.Contains(out, "Rỗng") || strings.Contains(out, "Hỏng") || !strings.Contains(out, "Tốt") {
		t.Errorf("banks after the imports: %s", out)
	}
}

// "sotayctl quiz --help" lists the quiz subcommands with their flags (it
// said "no such command").
func TestQuizHelp(t *testing.T) {
	code, out, errs := ctl(t, "quiz", "--help")
	if code != 0 || !strings.Contains(out, "quiz export BANK --format gift|xml|") || !strings.Contains(out, "quiz import FILE") {
		t.Errorf("%d %s %s", code, out, errs)
	}
	if code, _, errs := ctl(t, "quiz"); code != 2 || !strings.Contains(errs, "quiz print BANK") {
		t.Errorf("bare quiz: %d %s", code, errs)
	}
}
