package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const pdfTestdata = "../../internal/pdftext/testdata"

func copyTestPDF(t *testing.T, dir, name, as string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(pdfTestdata, name))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, as)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// import --json prints one JSON line per file with the metadata and, for
// failures, a stable code and a Vietnamese message; show --json adds the
// outline.
func TestImportPDFJSON(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	copyTestPDF(t, dir, "lo-docx-nghiquyet.pdf", "a-nghi-quyet.pdf")
	copyTestPDF(t, dir, "enc-aes128-userpw.pdf", "b-mat-khau.pdf")
	copyTestPDF(t, dir, "enc-aes256.pdf", "c-aes256.pdf")
	// A public-key security handler (certificates), which Sổ tay cannot open:
	// the standard handler's name changed, the offsets kept.
	pubsec, _ := os.ReadFile(filepath.Join(pdfTestdata, "enc-rc4-40.pdf"))
	os.WriteFile(filepath.Join(dir, "g-chung-thu.pdf"), bytes.Replace(pubsec, []byte("/Filter /Standard"), []byte("/Filter /PubSec12"), 1), 0o644)
	copyTestPDF(t, dir, "legacy-vni.pdf", "d-vni.pdf")
	os.WriteFile(filepath.Join(dir, "e-loi.pdf"), []byte("<html>404</html>"), 0o644)
	os.WriteFile(filepath.Join(dir, "f-rong.pdf"), nil, 0o644)

	code, out, _ := ctl(t, "--db", db, "import", "--json", "--ocr", "off", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 (some failed)", code)
	}
	lines := map[string]map[string]any{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		lines[filepath.Base(m["path"].(string))] = m
	}
	nq := lines["a-nghi-quyet.pdf"]
	for k, v := range map[string]any{"status": "imported", "kind": "Nghị quyết", "number": "15-NQ/QU", "issued": "2025-03-12",
		"issuer": "Quận ủy Tây Giang", "signer": "Nguyễn Văn Khải", "pages": 2.0, "method": "pdf"} {
		if nq[k] != v {
			t.Errorf("a-nghi-quyet.pdf %s = %v, want %v", k, nq[k], v)
		}
	}
	for name, wantCode := range map[string]string{"b-mat-khau.pdf": "encrypted", "c-aes256.pdf": "encrypted", "g-chung-thu.pdf": "unsupported", "e-loi.pdf": "not-pdf", "f-rong.pdf": "empty"} {
		m := lines[name]
		if m["status"] != "failed" || m["code"] != wantCode || m["error"] == "" {
			t.Errorf("%s: %v, want failed %s with a message", name, m, wantCode)
		}
	}
	if msg, _ := lines["g-chung-thu.pdf"]["error"].(string); !strings.Contains(msg, "in ra PDF mới") {
		t.Errorf("unsupported encryption: the message does not say what to do: %q", msg)
	}
	if w, _ := lines["d-vni.pdf"]["warnings"].([]any); len(w) != 1 || w[0] != "legacy-vni" {
		t.Errorf("VNI warnings %v", lines["d-vni.pdf"]["warnings"])
	}

	// the password: wrong, then right
	code, out, _ = ctl(t, "--db", db, "import", "--json", "--password", "sai", filepath.Join(dir, "b-mat-khau.pdf"))
	if code != 1 || !strings.Contains(out, `"code":"bad-password"`) {
		t.Errorf("wrong password: %d %s", code, out)
	}
	code, out, _ = ctl(t, "--db", db, "import", "--json", "--password", "chibo2025", filepath.Join(dir, "b-mat-khau.pdf"))
	if code != 0 || !strings.Contains(out, `"status":"duplicate"`) {
		t.Errorf("right password: %d %s", code, out)
	}

	id := int(nq["id"].(float64))
	code, out, _ = ctl(t, "--db", db, "show", "--json", strconv.Itoa(id))
	var doc struct {
		Signer     string
		SignerRole string `json:"signer_role"`
		Original   string
		Outline    []struct {
			Level  int
			Label  string
			Title  string
			Page   int
			Offset int
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); code != 0 || err != nil {
		t.Fatalf("show: %d %v %s", code, err, out)
	}
	if len(doc.Outline) < 5 || doc.Outline[0].Label != "Điều 1." || doc.Outline[0].Title != "Đánh giá tình hình" {
		t.Errorf("outline %+v", doc.Outline)
	}
	if _, err := os.Stat(doc.Original); err != nil {
		t.Errorf("original %q: %v", doc.Original, err)
	}
	code, out, _ = ctl(t, "--db", db, "show", "--text", strconv.Itoa(id))
	if code != 0 || strings.Count(out, "\f") != 1 || !strings.Contains(out, "NGHỊ QUYẾT") {
		t.Errorf("show --text: %d, %d form feeds", code, strings.Count(out, "\f"))
	}
}

// What import read can be corrected later.
func TestEditImportedMetadata(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	p := copyTestPDF(t, dir, "legacy-vni.pdf", "cv.pdf")
	if code, _, _ := ctl(t, "--db", db, "import", p); code != 0 {
		t.Fatal("import failed")
	}
	code, out, _ := ctl(t, "--db", db, "edit", "1", "--signer", "Phạm Đình Hòa", "--place", "Tây Giang", "--json")
	if code != 0 || !strings.Contains(out, `"signer":"Phạm Đình Hòa"`) {
		t.Fatalf("edit: %d %s", code, out)
	}
	_, out, _ = ctl(t, "--db", db, "show", "--json", "1")
	if !strings.Contains(out, `"signer":"Phạm Đình Hòa"`) || !strings.Contains(out, `"number":"112-CV/HU"`) || !strings.Contains(out, `"signer_role":"T/M Ban Thường vụ, Phó Bí thư"`) {
		t.Errorf("show after edit: %s", out)
	}
}

// A UTF-8 file with one bad byte is imported as UTF-8, the byte replaced
// and reported with its offset, never read as Windows-1258 (mojibake).
func TestImportInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	good := strings.Repeat("Nghị quyết về công tác xây dựng Đảng trong sạch, vững mạnh.\n", 200)
	at := len(good) / 2
	at += strings.IndexByte(good[at:], '\n') + 1
	path := filepath.Join(dir, "nghi-quyet.txt")
	if err := os.WriteFile(path, []byte(good[:at]+"\xff"+good[at:]), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := ctl(t, "--db", db, "import", "--json", path)
	var line struct {
		Status        string
		ID            int64
		Warnings      []string
		InvalidUTF8At *int `json:"invalid_utf8_at"`
	}
	if err := json.Unmarshal([]byte(out), &line); err != nil || code != 0 {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	if line.Status != "imported" || !slices.Contains(line.Warnings, "invalid-utf8") || line.InvalidUTF8At == nil || *line.InvalidUTF8At != at {
		t.Fatalf("import line %s, want the invalid-utf8 warning at byte %d", out, at)
	}
	_, text, _ := ctl(t, "--db", db, "show", "--text", strconv.FormatInt(line.ID, 10))
	if !strings.Contains(text, "Nghị quyết về công tác") || !strings.Contains(text, "\uFFFD") {
		t.Errorf("stored text: %.300q", text)
	}
	_, out, _ = ctl(t, "--db", filepath.Join(dir, "lib2.db"), "import", path)
	if !strings.Contains(out, "byte bị hỏng") || !strings.Contains(out, "vị trí "+strconv.Itoa(at)) {
		t.Errorf("text output does not explain the damage:\n%s", out)
	}
}

// Deeply nested HTML is reported as too complex, not as a broken download.
func TestImportDeepHTML(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "trang.html")
	page := "<html><body>" + strings.Repeat("<div>", 600) + "Nghị quyết" + strings.Repeat("</div>", 600) + "</body></html>"
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := ctl(t, "--db", filepath.Join(dir, "lib.db"), "import", "--json", path)
	if code != 1 || !strings.Contains(out, `"code":"too-complex"`) || !strings.Contains(out, "lồng quá nhiều tầng") {
		t.Fatalf("exit %d: %s", code, out)
	}
}
