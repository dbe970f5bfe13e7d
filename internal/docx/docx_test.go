package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"sotay/internal/viet"
	"sotay/internal/zipbomb"
)

// makeDOCX zips the given parts into a DOCX.
func makeDOCX(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	zw.Close()
	return b.Bytes()
}

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

func para(style, text string) string {
	s := ""
	if style != "" {
		s = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + s + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

func TestExtract(t *testing.T) {
	body := `<w:document ` + ns + `><w:body>` +
		para("Title", "KẾ HOẠCH") +
		para("Heading1", "I. MỤC ĐÍCH") +
		`<w:p><w:r><w:t>Nâng cao chất lượng</w:t></w:r><w:r><w:t xml:space="preserve"> sinh hoạt chi bộ</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>.</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc>` + para("", "TT") + `</w:tc><w:tc>` + para("", "Nội dung") + `</w:tc></w:tr>` +
		`<w:tr><w:tc>` + para("", "1") + `</w:tc><w:tc>` + para("", "Học tập nghị quyết") + `</w:tc></w:tr></w:tbl>` +
		para("Heading2", "1. Yêu cầu") +
		// a run typed in .VnTime: "Céng hoµ" is "Cộng hoà"
		`<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>Céng hoµ</w:t></w:r></w:p>` +
		`<w:p><w:r><w:delText>xoá</w:delText></w:r></w:p>` +
		`</w:body></w:document>`
	styles := `<w:styles ` + ns + `><w:style w:styleId="Title"><w:name w:val="Title"/></w:style>` +
		`<w:style w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`
	notes := `<w:footnotes ` + ns + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="2"><w:p><w:r><w:t>Theo Hướng dẫn số 08-HD/BTCQU.</w:t></w:r></w:p></w:footnote></w:footnotes>`
	res, err := Extract(makeDOCX(t, map[string]string{"word/document.xml": body, "word/styles.xml": styles, "word/footnotes.xml": notes}))
	if err != nil {
		t.Fatal(err)
	}
	want := "KẾ HOẠCH\nI. MỤC ĐÍCH\nNâng cao chất lượng sinh hoạt chi bộ1.\nTT Nội dung\n1 Học tập nghị quyết\n1. Yêu cầu\nCộng hoà\n1 Theo Hướng dẫn số 08-HD/BTCQU."
	if res.Text != want {
		t.Errorf("text\n%s\nwant\n%s", res.Text, want)
	}
	if len(res.Headings) != 3 || res.Headings[1] != (Heading{Offset: 9, Level: 1}) || res.Headings[2].Level != 2 {
		t.Errorf("headings %+v", res.Headings)
	}
	if len(res.Legacy) != 1 || res.Legacy[0] != viet.TCVN3 {
		t.Errorf("legacy %v", res.Legacy)
	}
	runes := []rune(res.Text)
	if h := res.Headings[2]; !strings.HasPrefix(string(runes[h.Offset:]), "1. Yêu cầu") {
		t.Errorf("heading offset %d points at %q", h.Offset, string(runes[h.Offset:]))
	}
}

func TestBadDOCX(t *testing.T) {
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("word/document.xml")
	zeros := make([]byte, 1<<20)
	for range 80 { // 80 MB of zeros: about 80 KB compressed
		w.Write(zeros)
	}
	zw.Close()
	body := func(n int64, declared uint64) []byte {
		var b bytes.Buffer
		err := zipbomb.Zip(&b, []zipbomb.Entry{{Name: "word/document.xml", Declared: declared, Stream: &zipbomb.Stream{
			Prefix: []byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`),
			Fill:   'A', N: n, Suffix: []byte(`</w:t></w:r></w:p></w:body></w:document>`)}}})
		if err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	for name, c := range map[string]struct {
		data []byte
		want error
	}{
		"zip bomb":                               {bomb.Bytes(), ErrTooLarge},
		"part under 64 MB compressed 1000 times": {body(20<<20, 0), ErrTooLarge},
		"part longer than it says":               {body(4<<20, 1000), ErrTooLarge},
		"not a zip":                              {[]byte("Nghị quyết số 15"), ErrNotDOCX},
		"zip without word":                       {makeDOCX(t, map[string]string{"a.txt": "x"}), ErrNotDOCX},
		"broken xml":                             {makeDOCX(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}), ErrNotDOCX},
	} {
		_, err := Extract(c.data)
		if c.want == nil && err != nil || c.want != nil && !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
}

// Word's automatic numbering reads as it prints, and a text box's text
// comes once (mc:Choice), not twice. testdata/numbering-lo.docx is made by
// LibreOffice 7.4 from numbering-lo.fodt (`soffice --headless --convert-to
// docx`): Roman sections with "%1.%2." sub-items, "Điều %1." articles with
// "1." clauses and "a)" points, and a text box inside a paragraph.
func TestAutomaticNumberingAndTextBoxes(t *testing.T) {
	data, err := os.ReadFile("testdata/numbering-lo.docx")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"I. TÌNH HÌNH CHUNG", "I.1. Ưu điểm trong nhiệm kỳ.", "I.2. Hạn chế cần khắc phục.", "II. NHIỆM VỤ, GIẢI PHÁP",
		"II.1. Kiện toàn tổ chức.", "Điều 1. Phạm vi điều chỉnh", "1. Nghị quyết này áp dụng cho các chi bộ.", "a) chi bộ khu phố;",
		"b) chi bộ cơ quan.", "2. Đảng viên thực hiện nghiêm túc.", "Điều 2. Hiệu lực thi hành", "Điều 3. Tổ chức thực hiện"}
	lines := strings.Split(r.Text, "\n")
	for _, w := range want {
		if !slices.Contains(lines, w) {
			t.Errorf("no line %q in\n%s", w, r.Text)
		}
	}
	if n := strings.Count(r.Text, "Nội dung trong khung chữ"); n != 1 {
		t.Errorf("text box text %d times", n)
	}
	if !strings.Contains(r.Text, "Đoạn có khung chữ: và phần sau khung.") {
		t.Errorf("the paragraph around the text box was cut:\n%s", r.Text)
	}
}

func TestNumberFormats(t *testing.T) {
	for _, c := range []struct {
		v      int
		format string
		want   string
	}{{1, "decimal", "1"}, {4, "upperRoman", "IV"}, {9, "lowerRoman", "ix"}, {3, "lowerLetter", "c"}, {27, "upperLetter", "AA"}, {7, "decimalZero", "07"}} {
		if got := formatNumber(c.v, c.format); got != c.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", c.v, c.format, got, c.want)
		}
	}
}
