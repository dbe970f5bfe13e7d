package formats_test

import (
	"testing"

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
