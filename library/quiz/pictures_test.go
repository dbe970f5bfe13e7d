package quiz_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"strings"
	"testing"

	"sotay/assets"
	"sotay/internal/officeconv"
	"sotay/library/quiz"
	"sotay/library/quiz/formats"
	"sotay/library/quiz/quiztest"
)

// Pictures in a Word bank are kept with their questions: PNG options as
// they are, a GIF option as PNG, a WMF drawing in a stem converted to PNG
// by LibreOffice (a line-numbered problem saying how to fix it when
// LibreOffice is missing); stored in the library and read back whole, and
// a second import of the file finds the same questions
// (testdata/cau-hoi-co-hinh.docx, made by LibreOffice 7.4 from the .fodt
// beside it; the pictures are drawn for it).
func TestPicturesKept(t *testing.T) {
	_, items, err := quiztest.ParseFixture(t, "cau-hoi-co-hinh.docx")
	if err != nil || len(items) != 4 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	for i, it := range items {
		if it.Err != nil && !(i == 2 && officeconv.Program() == "" && strings.Contains(it.Err.Error(), "cần cài LibreOffice")) {
			t.Fatalf("question %d: %v", i+1, it.Err)
		}
	}
	parts := func(q *quiz.Question) string {
		var s []string
		for _, im := range q.Images {
			s = append(s, fmt.Sprintf("%d:%s", im.Part, quiz.ImageKind(im.Data)))
		}
		return strings.Join(s, ",")
	}
	want := []string{"", "1:png,2:png", "0:png", "1:png"}
	for i, it := range items {
		if it.Q == nil {
			continue
		}
		if got := parts(it.Q); got != want[i] {
			t.Errorf("question %d pictures %q, want %q", i+1, got, want[i])
		}
		if err := it.Q.Validate(); err != nil {
			t.Errorf("question %d: %v", i+1, err)
		}
	}
	if q := items[1].Q; q.Options[0].Text != "" || !q.Options[0].Correct || q.Stem != "Ô nào có nền đỏ và khung trắng?" {
		t.Errorf("question 2: %q %+v", q.Stem, q.Options)
	}
	if q := items[2].Q; q != nil {
		if q.Stem != "Hình vẽ dưới đây có mấy hình?" {
			t.Errorf("question 3 stem %q", q.Stem)
		}
		img, err := png.Decode(bytes.NewReader(q.Images[0].Data))
		if err != nil || img.Bounds().Dx() < 20 {
			t.Errorf("converted drawing: %v", err)
		}
	}

	_, st := openLibrary(t)
	bank := newBank(t, st, "Câu hỏi có hình")
	ctx := context.Background()
	for round, want := range []quiz.Status{quiz.Imported, quiz.Duplicate} {
		_, again, _ := quiztest.ParseFixture(t, "cau-hoi-co-hinh.docx")
		rep, err := st.Import(ctx, bank, again)
		if err != nil {
			t.Fatal(err)
		}
		if n := rep.Count(want); n != len(items)-rep.Count(quiz.Problemed) {
			t.Errorf("import %d: %d rows %s of %d", round+1, n, want, len(items))
		}
	}
	saved, err := st.Questions(ctx, bank.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range saved {
		src := items[i].Q
		if src == nil {
			continue
		}
		if parts(q) != parts(src) || (len(q.Images) > 0 && !bytes.Equal(q.Images[0].Data, src.Images[0].Data)) {
			t.Errorf("question %d read back with pictures %q, want %q", i+1, parts(q), parts(src))
		}
	}
}

// A picture the file only links to, or one in a format nothing reads,
// makes its question a problem naming the part.
func TestPictureProblems(t *testing.T) {
	doc := `<w:document xmlns:w="w" xmlns:r="r" xmlns:a="a"><w:body>` +
		`<w:p><w:r><w:t>Câu 1: Hình nào?</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>A. </w:t></w:r><w:r><w:drawing><a:blip r:embed="rId1"/></w:drawing></w:r></w:p>` +
		`<w:p><w:r><w:t>B. Chữ</w:t></w:r></w:p><w:p><w:r><w:t>Đáp án: B</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>Câu 2: Hình nào nữa?</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>A. Chữ</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>B. </w:t></w:r><w:r><w:drawing><a:blip r:embed="rId2"/></w:drawing></w:r></w:p><w:p><w:r><w:t>Đáp án: A</w:t></w:r></w:p>` +
		`</w:body></w:document>`
	rels := `<Relationships><Relationship Id="rId1" Target="http://example.invalid/a.png" TargetMode="External"/>` +
		`<Relationship Id="rId2" Target="media/b.xyz"/></Relationships>`
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range map[string]string{"word/document.xml": doc, "word/_rels/document.xml.rels": rels, "word/media/b.xyz": "not a picture"} {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	_, items, err := formats.Parse("hinh.docx", b.Bytes())
	if err != nil || len(items) != 2 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	for i, want := range []string{"dòng 1: phương án A có hình nằm ngoài tệp", "dòng 5: phương án B có hình dạng XYZ"} {
		if items[i].Err == nil || !strings.Contains(items[i].Err.Error(), want) {
			t.Errorf("question %d: %v, want %q", i+1, items[i].Err, want)
		}
	}
}

// Exported to Word, a bank keeps its pictures where they were (read back
// the same); the other formats leave those questions out and say so.
func TestPicturesExported(t *testing.T) {
	_, items, err := quiztest.ParseFixture(t, "cau-hoi-co-hinh.docx")
	if err != nil {
		t.Fatal(err)
	}
	var qs []*quiz.Question
	for i, it := range items {
		if it.Q != nil {
			it.Q.ID = int64(i + 1)
			qs = append(qs, it.Q)
		}
	}
	var b bytes.Buffer
	if skipped, err := formats.Export(&b, formats.DOCX, "Có hình", qs); err != nil || len(skipped.Skipped) != 0 {
		t.Fatalf("docx: %v %v", skipped, err)
	}
	_, back, err := formats.Parse("lai.docx", b.Bytes())
	if err != nil || len(back) != len(qs) {
		t.Fatalf("%d read back, %v", len(back), err)
	}
	for i, it := range back {
		if it.Err != nil {
			t.Fatalf("question %d: %v", i+1, it.Err)
		}
		if it.Q.Hash() != qs[i].Hash() {
			t.Errorf("question %d came back different: %q %+v %d pictures", i+1, it.Q.Stem, it.Q.Options, len(it.Q.Images))
		}
	}
	b.Reset()
	pics := 0
	for _, q := range qs {
		pics += len(q.Images)
	}
	if _, err := formats.WritePDF(&b, qs, formats.PrintOptions{Regular: assets.SerifRegular, Bold: assets.SerifBold}); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(b.Bytes(), []byte("/Subtype /Image")); n != pics {
		t.Errorf("printed test holds %d pictures, want %d", n, pics)
	}
	b.Reset()
	skipped, err := formats.Export(&b, formats.GIFT, "Có hình", qs)
	if err != nil || len(skipped.Skipped) != len(qs)-1 || strings.Contains(b.String(), "nền đỏ") {
		t.Errorf("gift skipped %v (%v):\n%s", skipped, err, b.String())
	}
}

// A running head repeated page after page with the page's number, and a
// watermark behind the text on every page, are not read into the
// questions; a picture behind the text that three questions share is.
func TestRunningHeadsAndWatermarks(t *testing.T) {
	head := func(page int) string {
		return fmt.Sprintf(`<w:p><w:r><w:t>TRƯỜNG BỒI DƯỠNG CHÍNH TRỊ – TÀI LIỆU ÔN TẬP %d</w:t></w:r></w:p>`, page)
	}
	mark := func(id string) string {
		return `<w:r><w:drawing><wp:anchor behindDoc="1"><a:blip r:embed="` + id + `"/></wp:anchor></w:drawing></w:r>`
	}
	var doc strings.Builder
	doc.WriteString(`<w:document xmlns:w="w" xmlns:r="r" xmlns:a="a" xmlns:wp="wp"><w:body>`)
	for i := 1; i <= 5; i++ {
		pic := mark("rIdW")
		if i >= 2 && i <= 4 {
			pic += mark("rIdQ") // a sign three questions share
		}
		fmt.Fprintf(&doc, `<w:p>%s<w:r><w:t>Câu %d: Chi bộ họp mấy lần mỗi tháng?</w:t></w:r></w:p>`, pic, i)
		doc.WriteString(`<w:p><w:r><w:t>A. Một lần</w:t></w:r></w:p><w:p><w:r><w:t>B. Hai lần</w:t></w:r></w:p>`)
		doc.WriteString(head(i + 1))
		doc.WriteString(`<w:p><w:r><w:t>Đáp án: A</w:t></w:r></w:p>`)
	}
	doc.WriteString(`</w:body></w:document>`)
	rels := `<Relationships><Relationship Id="rIdW" Target="media/w.png"/><Relationship Id="rIdQ" Target="media/q.png"/></Relationships>`
	var png1 bytes.Buffer
	png.Encode(&png1, image.NewGray(image.Rect(0, 0, 4, 4)))
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range map[string]string{"word/document.xml": doc.String(), "word/_rels/document.xml.rels": rels,
		"word/media/w.png": png1.String(), "word/media/q.png": png1.String() + " "} {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	_, items, err := formats.Parse("dau-trang.docx", b.Bytes())
	if err != nil || len(items) != 5 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	for i, it := range items {
		if it.Err != nil {
			t.Fatalf("question %d: %v", i+1, it.Err)
		}
		if it.Q.Options[1].Text != "Hai lần" {
			t.Errorf("question %d: the running head went into option B: %q", i+1, it.Q.Options[1].Text)
		}
		if want := map[int]int{1: 1, 2: 1, 3: 1}[i]; len(it.Q.Images) != want {
			t.Errorf("question %d has %d pictures, want %d (the watermark left out)", i+1, len(it.Q.Images), want)
		}
	}
}

// A formula picture in the middle of a stem leaves "[hình 1]" where it
// stood (the pictures are shown under the text); one at the end leaves
// nothing.
func TestPictureInTheMiddleOfAStem(t *testing.T) {
	var pic bytes.Buffer
	png.Encode(&pic, image.NewGray(image.Rect(0, 0, 4, 4)))
	blip := `<w:r><w:drawing><a:blip r:embed="rId1"/></w:drawing></w:r>`
	doc := `<w:document xmlns:w="w" xmlns:r="r" xmlns:a="a"><w:body>` +
		`<w:p><w:r><w:t xml:space="preserve">Câu 1: Cho ma trận </w:t></w:r>` + blip + `<w:r><w:t>. Tính định thức.</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t xml:space="preserve">A. </w:t></w:r>` + blip + `</w:p><w:p><w:r><w:t>B. 0</w:t></w:r></w:p><w:p><w:r><w:t>Đáp án: B</w:t></w:r></w:p>` +
		`</w:body></w:document>`
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range map[string]string{"word/document.xml": doc, "word/media/a.png": pic.String(),
		"word/_rels/document.xml.rels": `<Relationships><Relationship Id="rId1" Target="media/a.png"/></Relationships>`} {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	_, items, err := formats.Parse("ma-tran.docx", b.Bytes())
	if err != nil || len(items) != 1 || items[0].Err != nil {
		t.Fatalf("%v %v", items, err)
	}
	q := items[0].Q
	if q.Stem != "Cho ma trận [hình 1]. Tính định thức." || q.Options[0].Text != "" || len(q.Images) != 2 {
		t.Errorf("stem %q, option A %q, %d pictures", q.Stem, q.Options[0].Text, len(q.Images))
	}
}
