package formats_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
	"sotay/library/quiz/quiztest"
)

// awkward are texts that broke exports before: format marks of every
// format we write, Vietnamese, line-like starts.
var awkward = []string{
	"Đồng chí", "chi bộ", "*", "ý kiến**", "a | b", "x; y", "...", "một … hai", "A -> B", "3:2", "#7", "= 5", "{1}",
	"} đóng", "~ ngã", `C:\Windows`, `\d+`, "%50%", "50%", "A. phương án", "Câu 3: không phải câu mới", "Đáp án: B",
	"ANSWER: C", "[html]<b>đậm</b>", "::tên::", "// chú thích", "$CATEGORY: x", "Đúng", "Sai", "TRUE", "hoặc", "Số 15-NQ/QU",
	"ngày 12 tháng 3 năm 2025", "Điều 5.", "a)", "&amp; <p>", "\"trích\"", "“ngoặc”", "tab\there", "Ôn tập / Chương 1",
}

func pick(r *rand.Rand, n int) string {
	var parts []string
	for range 1 + r.IntN(n) {
		parts = append(parts, awkward[r.IntN(len(awkward))])
	}
	return strings.Join(parts, " ")
}

// randomQuestion makes a valid question of type ty with awkward text.
func randomQuestion(r *rand.Rand, ty quiz.Type, i int) *quiz.Question {
	for {
		q := &quiz.Question{Type: ty, Stem: fmt.Sprintf("Hỏi %d: %s?", i, pick(r, 4))}
		if r.IntN(3) == 0 {
			q.Stem += "\n" + pick(r, 2)
		}
		if r.IntN(2) == 0 {
			q.Explanation = pick(r, 3)
		}
		if r.IntN(2) == 0 {
			q.Tags = []string{pick(r, 1), "chủ đề " + fmt.Sprint(r.IntN(5))}
		}
		if r.IntN(3) == 0 {
			q.Name = pick(r, 2)
		}
		if r.IntN(4) == 0 {
			q.IDNumber = fmt.Sprintf("NQ-%d", i)
		}
		q.Difficulty = r.IntN(4)
		opts := func(n int) {
			for k := range n {
				q.Options = append(q.Options, quiz.Option{Text: fmt.Sprintf("%c %s", 'a'+k, pick(r, 2))})
				if r.IntN(3) == 0 {
					q.Options[k].Feedback = pick(r, 2)
				}
			}
		}
		switch ty {
		case quiz.Single:
			opts(2 + r.IntN(8))
			q.Options[r.IntN(len(q.Options))].Correct = true
			if r.IntN(3) == 0 { // weighted, as from Moodle
				for k := range q.Options {
					q.Options[k].Fraction = []float64{0, 0.5, 0.25, -0.3333333}[r.IntN(4)]
					if q.Options[k].Correct {
						q.Options[k].Fraction = 1
					}
				}
			}
		case quiz.Multi:
			opts(3 + r.IntN(5))
			q.Options[0].Correct, q.Options[2].Correct = true, true
			if r.IntN(3) == 0 {
				for k := range q.Options {
					q.Options[k].Fraction = -1
				}
				q.Options[0].Fraction, q.Options[2].Fraction = 0.7, 0.3
			}
		case quiz.TrueFalse:
			q.Options = quiz.TrueFalseOptions(r.IntN(2) == 0)
			if r.IntN(2) == 0 {
				q.Options[0].Feedback = pick(r, 2)
			}
		case quiz.Short:
			q.Blanks = [][]string{{pick(r, 2), pick(r, 1)}}
			q.Fold = r.IntN(2) == 0
			if r.IntN(3) == 0 {
				q.Blanks = nil
				q.Options = []quiz.Option{{Text: pick(r, 2), Fraction: 1, Feedback: pick(r, 1)}, {Text: "ý " + pick(r, 1), Fraction: 0.5}, {Text: "*", Feedback: "sai"}}
			}
		case quiz.Cloze:
			q.Stem = fmt.Sprintf("Hỏi %d: %s {1} %s {2}.", i, pick(r, 2), pick(r, 2))
			q.Blanks = [][]string{{pick(r, 2)}, {pick(r, 1), pick(r, 1)}}
		case quiz.Numerical:
			q.Options = []quiz.Option{{Text: fmt.Sprint(r.IntN(3000)), Tolerance: float64(r.IntN(3)), Correct: true}}
			if r.IntN(3) == 0 {
				q.Options = append(q.Options, quiz.Option{Text: "2,5", Tolerance: 0.5, Fraction: 0.5, Feedback: pick(r, 1)}, quiz.Option{Text: "*", Feedback: "sai"})
				q.Options[0].Fraction = 1
			}
		case quiz.Matching:
			for k := range 2 + r.IntN(4) {
				q.Options = append(q.Options, quiz.Option{Text: fmt.Sprintf("%d %s", k, pick(r, 2)), Match: fmt.Sprintf("vế %d %s", k, pick(r, 1))})
			}
			if r.IntN(2) == 0 {
				q.Options = append(q.Options, quiz.Option{Match: "thừa " + pick(r, 1)})
			}
		}
		q.Normalize()
		if q.Validate() == nil {
			return q
		}
	}
}

// Random banks of every type and awkward text: exported in each format and
// imported back, each question is what the format keeps of it (Kept), or
// the export refused it saying what the format cannot hold.
func TestEveryExportReadsBack(t *testing.T) {
	for seed := range uint64(seeds()) {
		r := rand.New(rand.NewPCG(seed, 19))
		var qs []*quiz.Question
		for i := range 90 {
			q := randomQuestion(r, quiz.Types[i%len(quiz.Types)], i)
			q.ID = int64(i + 1)
			qs = append(qs, q)
		}
		for _, f := range formats.Formats {
			var buf bytes.Buffer
			rep, err := formats.Export(&buf, f, "Ngân hàng thử", qs)
			if err != nil {
				t.Fatalf("seed %d %s: %v", seed, f, err)
			}
			skipped := map[int64]string{}
			for _, s := range rep.Skipped {
				if s.Why == nil || s.Why.Code == "" {
					t.Errorf("%s: question %d skipped without a reason", f, s.ID)
					continue
				}
				skipped[s.ID] = s.Why.Code
			}
			var want []*quiz.Question
			for _, q := range qs {
				if _, ok := skipped[q.ID]; !ok {
					k := formats.Kept(f, q)
					k.Normalize()
					want = append(want, k)
				}
			}
			_, items, err := formats.Parse("bank"+f.Extension(), buf.Bytes())
			if err != nil {
				t.Fatalf("seed %d %s: reading back: %v", seed, f, err)
			}
			var got []*quiz.Question
			for _, it := range items {
				if it.Err != nil {
					t.Errorf("seed %d %s: our export reads back with a problem: %v", seed, f, it.Err)
					continue
				}
				if it.Q != nil {
					got = append(got, it.Q)
				}
			}
			if len(got) != len(want) {
				t.Errorf("seed %d %s: %d questions back, want %d", seed, f, len(got), len(want))
				continue
			}
			for i := range want {
				g, w := comparableQ(got[i]), comparableQ(want[i])
				if !reflect.DeepEqual(g, w) {
					t.Errorf("seed %d %s question %d:\n got %+v\nwant %+v", seed, f, i, g, w)
				}
			}
		}
	}
}

type cq struct {
	Type                              quiz.Type
	Name, IDNumber, Stem, Explanation string
	Options                           []quiz.Option
	Blanks                            [][]string
	Fold                              bool
	Tags                              []string
	Difficulty                        int
	Images                            int
}

func comparableQ(q *quiz.Question) cq {
	c := cq{q.Type, q.Name, q.IDNumber, q.Stem, q.Explanation, q.Options, q.Blanks, q.Fold, q.Tags, q.Difficulty, len(q.Images)}
	if len(c.Options) == 0 {
		c.Options = nil
	}
	return c
}

// seeds is how many random banks the round trip tries: 6 in make test,
// more with SOTAY_ROUNDTRIP_SEEDS (a longer hunt).
func seeds() int {
	if n, err := strconv.Atoi(os.Getenv("SOTAY_ROUNDTRIP_SEEDS")); err == nil && n > 0 {
		return n
	}
	return 6
}

// The app's own sample bank is written whole by its own formats and reads
// back (a description mentioning "các điểm a) đến e)" was skipped as if it
// held options).
func TestSampleBankExportsWhole(t *testing.T) {
	data, err := os.ReadFile("../../../assets/samples/cau-hoi-mau.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, items, err := formats.Parse("cau-hoi-mau.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	qs, problems := quiztest.Split(items)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	for i, q := range qs {
		q.ID = int64(i + 1)
	}
	for _, f := range []formats.Format{formats.VNText, formats.DOCX} {
		var buf bytes.Buffer
		rep, err := formats.Export(&buf, f, "Câu hỏi mẫu", qs)
		if err != nil || len(rep.Skipped) > 0 {
			t.Fatalf("%s: %v, skipped %+v", f, err, rep.Skipped)
		}
		_, back, err := formats.Parse("x"+f.Extension(), buf.Bytes())
		if got, probs := quiztest.Split(back); err != nil || len(got) != len(qs) || len(probs) > 0 {
			t.Errorf("%s read back %d of %d: %v %v", f, len(got), len(qs), err, probs)
		}
	}
}
