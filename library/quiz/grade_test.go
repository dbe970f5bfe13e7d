package quiz

import "testing"

func TestGrade(t *testing.T) {
	single := &Question{Type: Single, Stem: "?", Options: []Option{{Text: "a"}, {Text: "b", Correct: true}, {Text: "c"}}}
	multi := &Question{Type: Multi, Stem: "?", Options: []Option{{Text: "a", Correct: true}, {Text: "b", Correct: true}, {Text: "c"}, {Text: "d"}}}
	cloze := &Question{Type: Cloze, Stem: "Nhiệm kỳ {1} – {2}", Blanks: [][]string{{"2025"}, {"2030"}}}
	folded := &Question{Type: Short, Stem: "Ai?", Blanks: [][]string{{"đồng chí Bí thư", "Bí thư Quận ủy"}}, Fold: true}
	marked := &Question{Type: Short, Stem: "Ai?", Blanks: [][]string{{"đồng chí"}}}
	tests := []struct {
		name    string
		q       *Question
		r       Response
		score   float64
		correct bool
	}{
		{"single right", single, Response{Choices: []int{1}}, 1, true},
		{"single wrong", single, Response{Choices: []int{0}}, 0, false},
		{"single two picks is wrong", single, Response{Choices: []int{1, 0}}, 0, false},
		{"single out of range", single, Response{Choices: []int{7}}, 0, false},
		{"multi all right", multi, Response{Choices: []int{1, 0}}, 1, true},
		{"multi half", multi, Response{Choices: []int{0}}, 0.5, false},
		{"multi right and wrong", multi, Response{Choices: []int{0, 2}}, 0, false},
		{"multi everything", multi, Response{Choices: []int{0, 1, 2, 3}}, 0, false},
		{"cloze both", cloze, Response{Texts: []string{" 2025 ", "2030."}}, 1, true},
		{"cloze one", cloze, Response{Texts: []string{"2025", "2035"}}, 0.5, false},
		{"folded answer without marks", folded, Response{Texts: []string{"dong chi bi thu"}}, 1, true},
		{"folded answer, another accepted", folded, Response{Texts: []string{"BÍ THƯ QUẬN ỦY"}}, 1, true},
		{"unmarked answer refused when fold is off", marked, Response{Texts: []string{"dong chi"}}, 0, false},
		{"case never matters", marked, Response{Texts: []string{"Đồng Chí"}}, 1, true},
		{"empty answer", marked, Response{Texts: []string{"  "}}, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Grade(tc.q, tc.r)
			if got.Score != tc.score || got.Correct != tc.correct {
				t.Errorf("Grade = %+v, want score %v correct %v", got, tc.score, tc.correct)
			}
		})
	}
}

func TestAcceptsOldAndNewTonePlacement(t *testing.T) {
	if !Accepts([]string{"hòa bình"}, "hoà bình", false) {
		t.Error("hoà and hòa are the same word")
	}
	if Accepts([]string{"hòa"}, "họa", false) {
		t.Error("hòa and họa differ")
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		q    Question
		ok   bool
	}{
		{"single with one answer", Question{Type: Single, Stem: "?", Options: []Option{{Text: "a", Correct: true}, {Text: "b"}}}, true},
		{"single with none", Question{Type: Single, Stem: "?", Options: []Option{{Text: "a"}, {Text: "b"}}}, false},
		{"single with two", Question{Type: Single, Stem: "?", Options: []Option{{Text: "a", Correct: true}, {Text: "b", Correct: true}}}, true}, // as Moodle: either is right
		{"true/false with two", Question{Type: TrueFalse, Stem: "?", Options: []Option{{Text: "Đúng", Correct: true}, {Text: "Sai", Correct: true}}}, false},
		{"empty stem", Question{Type: Single, Stem: " ", Options: []Option{{Text: "a", Correct: true}, {Text: "b"}}}, false},
		{"cloze blanks match", Question{Type: Cloze, Stem: "{1} và {2}", Blanks: [][]string{{"x"}, {"y"}}}, true},
		{"cloze missing answer", Question{Type: Cloze, Stem: "{1} và {2}", Blanks: [][]string{{"x"}}}, false},
		{"short without answer", Question{Type: Short, Stem: "?", Blanks: [][]string{{" "}}}, false},
		{"unknown type", Question{Type: "poll", Stem: "?"}, false},
		{"essay", Question{Type: Essay, Stem: "?"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.q.Validate()
			if (err == nil) != tc.ok {
				t.Errorf("Validate = %v, want ok %v", err, tc.ok)
			}
		})
	}
}

func TestShufflable(t *testing.T) {
	opts := func(texts ...string) []Option {
		var o []Option
		for _, s := range texts {
			o = append(o, Option{Text: s})
		}
		return o
	}
	cases := []struct {
		q    Question
		want bool
	}{
		{Question{Type: Single, Options: opts("Quận ủy", "Huyện ủy", "Tỉnh ủy")}, true},
		{Question{Type: TrueFalse, Options: TrueFalseOptions(true)}, false},
		{Question{Type: Single, Options: opts("95%", "90%", "Cả A và B đều đúng")}, false},
		{Question{Type: Multi, Options: opts("Dữ liệu", "Hạ tầng", "Tất cả các phương án trên")}, false},
		{Question{Type: Single, Options: opts("Đảng viên", "Cả hai phương án đều sai")}, false},
		{Question{Type: Single, Options: opts("Phát triển dữ liệu", "Bảo đảm an toàn thông tin", "Bố trí nguồn lực")}, true},
	}
	for _, c := range cases {
		if got := c.q.Shufflable(); got != c.want {
			t.Errorf("%v: Shufflable = %v", c.q.Options, got)
		}
	}
}
