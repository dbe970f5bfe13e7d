package formats_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"image"
	"image/png"
	"slices"
	"strings"
	"testing"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// A short answer Moodle marks case-sensitively (<usecase>1</usecase>) comes
// in with a note saying Sổ tay does not: never a silent change of grading.
func TestMoodleXMLUseCaseNoted(t *testing.T) {
	x := `<?xml version="1.0" encoding="UTF-8"?><quiz>
<question type="shortanswer"><name><text>Thủ đô</text></name><questiontext format="html"><text>Thủ đô của Việt Nam?</text></questiontext>
<usecase>1</usecase><answer fraction="100"><text>Hà Nội</text></answer></question>
<question type="shortanswer"><name><text>Sông</text></name><questiontext format="html"><text>Sông lớn nhất miền Bắc?</text></questiontext>
<usecase>0</usecase><answer fraction="100"><text>Sông Hồng</text></answer></question></quiz>`
	_, items, err := formats.Parse("a.xml", []byte(x))
	if err != nil || len(items) != 2 || items[0].Q == nil || items[1].Q == nil {
		t.Fatalf("%v %+v", err, items)
	}
	if n := items[0].Notes; len(n) != 1 || n[0].Code != "xml_usecase" {
		t.Errorf("case-sensitive question: notes %+v", n)
	}
	if n := items[1].Notes; len(n) != 0 {
		t.Errorf("case-insensitive question: notes %+v", n)
	}
}

// Moodle's cloze blanks that Sổ tay's cloze lacks: a choice or number blank
// becomes a typed blank of its right answers, part-credit answers are left
// out, each with a note; what Moodle itself refuses (a choice of one, a
// number that is not one) is refused. After Moodle's
// question/format/xml/tests/fixtures/multianswer.xml and
// broken_cloze_questions.xml.
func TestMoodleXMLClozeBlanks(t *testing.T) {
	q := func(text string) string {
		return `<question type="cloze"><name><text>C</text></name><questiontext format="html"><text><![CDATA[` + text + `]]></text></questiontext></question>`
	}
	x := `<?xml version="1.0"?><quiz>` +
		q(`Bang {1:MULTICHOICE:California#Sai~%100%Arizona#Đúng}; thủ đô Pháp {2:SHORTANSWER:%100%Paris#Đúng~%50%Marseille#Gần đúng~*#Sai}; năm {3:NUMERICAL:=1930:0}.`) +
		q(`Chọn {1:MULTICHOICE:=Táo#Đúng}`) +
		q(`Điểm {1:NUMERICAL:=không}`) + `</quiz>`
	_, items, err := formats.Parse("c.xml", []byte(x))
	if err != nil || len(items) != 3 {
		t.Fatalf("%v %+v", err, items)
	}
	got := items[0]
	if got.Q == nil || !slices.EqualFunc(got.Q.Blanks, [][]string{{"Arizona"}, {"Paris"}, {"1930"}}, slices.Equal) {
		t.Fatalf("converted blanks: %+v", got)
	}
	var codes []string
	for _, n := range got.Notes {
		codes = append(codes, n.Code)
	}
	if !slices.Equal(codes, []string{"xml_cloze_typed", "xml_cloze_partial"}) || !strings.Contains(got.Notes[1].Error(), "“Marseille”") {
		t.Errorf("notes %v", got.Notes)
	}
	for i, want := range []string{"xml_cloze_few_choices", "answer_not_number"} {
		var f *quiz.Fault
		if it := items[i+1]; it.Q != nil || !errors.As(it.Err, &f) || f.Code != want {
			t.Errorf("question %d: %+v, want %s", i+2, it, want)
		}
	}
}

// Moodle 1.9's picture of a question (<image> with <image_base64>) comes in
// as the question's picture; one named but not held is noted.
func TestMoodleXMLOldImageTag(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	var b bytes.Buffer
	png.Encode(&b, img)
	x := `<?xml version="1.0"?><quiz><question type="essay"><name><text>Ảnh</text></name><questiontext format="html"><text>Tả bức ảnh.</text></questiontext>
<image>anh.png</image><image_base64>` + base64.StdEncoding.EncodeToString(b.Bytes()) + `</image_base64></question>
<question type="essay"><name><text>Thiếu</text></name><questiontext format="html"><text>Tả bức ảnh kia.</text></questiontext><image>kia.png</image></question></quiz>`
	_, items, err := formats.Parse("i.xml", []byte(x))
	if err != nil || len(items) != 2 || items[0].Q == nil || items[1].Q == nil {
		t.Fatalf("%v %+v", err, items)
	}
	if len(items[0].Q.Images) != 1 || len(items[0].Notes) != 0 {
		t.Errorf("picture: %d images, notes %v", len(items[0].Q.Images), items[0].Notes)
	}
	if n := items[1].Notes; len(n) != 1 || n[0].Code != "xml_picture_missing" || n[0].Args["Name"] != "kia.png" {
		t.Errorf("missing picture: notes %v", n)
	}
}

// A weight Moodle does not accept (its error_invalid_grades fixture: 33 %)
// is kept, with a note that Moodle will refuse the question; 33.33333 %
// and −50 % are Moodle's own and pass silently. GIFT says the same.
func TestWeightsMoodleRefuses(t *testing.T) {
	x := `<?xml version="1.0"?><quiz><question type="multichoice"><name><text>Nguyên tố</text></name>
<questiontext format="html"><text>Chọn các số nguyên tố</text></questiontext><single>false</single>
<answer fraction="-50"><text>1</text></answer><answer fraction="33"><text>2</text></answer>
<answer fraction="33.33333"><text>3</text></answer><answer fraction="33.33333"><text>5</text></answer></question>
<question type="multichoice"><name><text>Đủ</text></name><questiontext format="html"><text>Chọn hai</text></questiontext><single>false</single>
<answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer><answer fraction="-50"><text>c</text></answer></question></quiz>`
	_, items, err := formats.Parse("g.xml", []byte(x))
	if err != nil || len(items) != 2 || items[0].Q == nil || items[1].Q == nil {
		t.Fatalf("%v %+v", err, items)
	}
	if n := items[0].Notes; len(n) != 1 || n[0].Code != "weight_not_moodle" || n[0].Args["Weights"] != "33%" {
		t.Errorf("odd weight: notes %v", n)
	}
	if n := items[1].Notes; len(n) != 0 {
		t.Errorf("Moodle's own weights: notes %v", n)
	}
	gift := formats.ParseGIFT("Chọn? {~%33%a ~%67%b ~c}\n")
	if len(gift) != 1 || gift[0].Q == nil || len(gift[0].Notes) != 1 || gift[0].Notes[0].Args["Weights"] != "33%, 67%" {
		t.Errorf("GIFT: %+v", gift)
	}
}

// An [html] text keeps where its links lead (Moodle's G02 "Greeting" lost
// its bonjour.mp3); a script link is dropped.
func TestHTMLLinksKept(t *testing.T) {
	items := formats.ParseGIFT(`::Chào::[html]<p>Nghe <a href="http://vd.vn/bonjour.mp3">lời chào</a> và <a href="javascript:alert(1)">bấm</a>.</p>{=Bonjour ~Hello}` + "\n")
	if len(items) != 1 || items[0].Q == nil {
		t.Fatalf("%+v", items)
	}
	if got := items[0].Q.Stem; got != "Nghe lời chào (http://vd.vn/bonjour.mp3) và bấm." {
		t.Errorf("stem %q", got)
	}
}
