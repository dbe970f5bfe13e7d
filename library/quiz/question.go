// Package quiz is Sổ tay's question engine: the question model and its
// grading, faults said as codes, spaced review (FSRS), and the store of
// banks, attempts and statistics in the library's SQLite file (what it
// needs of documents comes through Passages, which the library provides).
// The files trainers exchange are read and written by package formats,
// drafts from documents are made by package draft; neither touches the
// database. It never imports Fyne.
package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"sotay/internal/viet"
)

// Type is the kind of a question.
type Type string

// The question types, as stored and as the CLI prints them.
const (
	Single    Type = "single"    // one correct option
	Multi     Type = "multi"     // one or more correct options, all must be chosen
	TrueFalse Type = "truefalse" // Đúng / Sai
	Cloze     Type = "cloze"     // blanks in the stem, each with accepted answers
	Short     Type = "short"     // a typed answer from a list of accepted ones
	// Numerical is a number typed, right within a tolerance (Moodle's
	// numerical): Options hold the answers, Text the number or "*".
	Numerical Type = "numerical"
	// Matching pairs each option's Text with one of the Match values;
	// options with empty Text are extra distractors.
	Matching Type = "matching"
	// Essay is free text a trainer marks; it is never graded by itself.
	Essay Type = "essay"
	// Description is text shown between questions; it asks nothing.
	Description Type = "description"
)

// Types lists every type in the order the editor offers them.
var Types = []Type{Single, Multi, TrueFalse, Cloze, Short, Numerical, Matching, Essay, Description}

// Option is one choice of a single, multiple or true/false question, one
// answer of a short-answer or numerical question, or one pair of a
// matching question.
type Option struct {
	Text     string `json:"text"`
	Correct  bool   `json:"correct,omitempty"`
	Feedback string `json:"feedback,omitempty"`
	// Fraction is the option's credit as Moodle weighs it, -1 to 1
	// (GIFT's %50%). When no option of a question has one, Correct
	// decides: full credit, and for multiple choice a share of it.
	Fraction float64 `json:"fraction,omitempty"`
	// Tolerance is a numerical answer's accepted error (3:2 is 1 to 5).
	Tolerance float64 `json:"tolerance,omitempty"`
	// Match is a matching pair's answer.
	Match string `json:"match,omitempty"`
}

// Passage points into a document's text: page and rune offsets within that
// page, as the reader counts them.
type Passage struct {
	DocumentID int64
	Page       int
	Start, End int
	// Quote is the passage text when the question was linked (filled on
	// load; the import formats carry it so a link can be found again).
	Quote string
	// DocumentTitle is filled on load for display.
	DocumentTitle string
}

// Question is one question of a bank.
type Question struct {
	ID     int64
	BankID int64
	Type   Type
	// Name is an optional short title (GIFT's ::name::).
	Name string
	// IDNumber is Moodle's id number of the question ([id:…]), if any.
	IDNumber string
	// Stem is the question text. For Cloze it holds blanks as {1}, {2}, …
	// numbered in order.
	Stem    string
	Options []Option
	// Blanks holds, for Cloze, the accepted answers of each blank; for Short,
	// Blanks[0] holds the answers worth full credit (a short answer with
	// partial credit or feedback also lists every answer in Options, in
	// order, and Blanks[0] is derived from them).
	Blanks [][]string
	// Fold accepts typed answers that match once case and diacritics are
	// folded (`dong chi` for `đồng chí`).
	Fold        bool
	Explanation string
	Tags        []string
	// Difficulty is 1 (dễ), 2 (vừa) or 3 (khó); 0 means not set.
	Difficulty int
	Passage    *Passage
	// Images are the question's pictures, in order within each part.
	Images []Image
}

// BlankRE finds the blanks of a cloze stem.
var BlankRE = regexp.MustCompile(`\{(\d{1,2})\}`)

// BlankCount is the number of blanks in a cloze stem.
func BlankCount(stem string) int { return len(BlankRE.FindAllString(stem, -1)) }

// SplitCloze cuts a cloze stem into text before, between and after blanks:
// len(parts) == BlankCount(stem)+1.
func SplitCloze(stem string) []string {
	return BlankRE.Split(stem, -1)
}

// ShownStem is a stem as people read it: a cloze's blanks written by
// blank (given 1, 2, …), e.g. "(1) ______"; other types unchanged.
func (q *Question) ShownStem(blank func(n int) string) string {
	if q.Type != Cloze {
		return q.Stem
	}
	parts := SplitCloze(q.Stem)
	var b strings.Builder
	for i, p := range parts {
		b.WriteString(p)
		if i < len(parts)-1 {
			b.WriteString(blank(i + 1))
		}
	}
	return b.String()
}

// Correct returns the indexes of the correct options.
func (q *Question) Correct() []int {
	var out []int
	for i, o := range q.Options {
		if o.Correct {
			out = append(out, i)
		}
	}
	return out
}

// Weighted reports whether the question's options carry Moodle fractions
// (any option's Fraction not 0).
func (q *Question) Weighted() bool {
	for _, o := range q.Options {
		if o.Fraction != 0 {
			return true
		}
	}
	return false
}

// Credits is each option's credit, as Moodle's fraction (-1 to 1): the
// Fraction of a weighted question; otherwise 1 for a correct option and
// 0 for a wrong one, and for multiple choice 1/n for each of the n
// correct options and -1/m for each of the m wrong ones.
func (q *Question) Credits() []float64 {
	out := make([]float64, len(q.Options))
	if q.Weighted() {
		for i, o := range q.Options {
			out[i] = o.Fraction
		}
		return out
	}
	nRight := len(q.Correct())
	nWrong := len(q.Options) - nRight
	for i, o := range q.Options {
		switch {
		case o.Correct && q.Type == Multi:
			out[i] = 1 / float64(nRight)
		case o.Correct:
			out[i] = 1
		case q.Type == Multi && nWrong > 0:
			out[i] = -1 / float64(nWrong)
		}
	}
	return out
}

// ParseNumber reads a number as people type it: "3", "-2.5", "2,5" (the
// Vietnamese decimal comma), "1e3". Thousands separators are refused
// rather than guessed.
func ParseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, ",") {
		if strings.Contains(s, ".") || strings.Count(s, ",") > 1 {
			return 0, false
		}
		s = strings.Replace(s, ",", ".", 1)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// Percent writes a fraction as a percentage without trailing zeros:
// 0.5 → "50", 0.3333333 → "33.33333".
func Percent(f float64) string {
	return strconv.FormatFloat(math.Round(f*100*1e5)/1e5, 'f', -1, 64)
}

// Limits on one question: options are lettered A–Z, and a stem or an
// option longer than these is a file's text run together (a missing line
// break, a whole document pasted), which no test can show.
const (
	MaxOptions   = 26
	MaxStemLen   = 20000 // characters
	MaxOptionLen = 5000  // characters
)

// Normalize puts a question's text in NFC with single spaces, trims options
// and answers, and drops empty tags and duplicate tags.
func (q *Question) Normalize() {
	q.Stem = TidyLines(q.Stem)
	q.Name = Tidy(q.Name)
	q.IDNumber = Tidy(q.IDNumber)
	q.Explanation = TidyLines(q.Explanation)
	for i := range q.Options {
		o := &q.Options[i]
		o.Text = Tidy(o.Text)
		o.Feedback = Tidy(o.Feedback)
		o.Match = Tidy(o.Match)
		o.Fraction = math.Round(o.Fraction*1e7) / 1e7
		if q.Type != Matching {
			o.Match = ""
		}
		if q.Type != Numerical {
			o.Tolerance = 0
		}
	}
	if q.Weighted() {
		for i := range q.Options {
			o := &q.Options[i]
			if q.Type == Multi {
				o.Correct = o.Fraction > 0
			} else {
				o.Correct = o.Fraction >= 1-1e-6
			}
		}
	}
	if q.Weighted() {
		// Weights that say only what Correct says (=right ~wrong; 50 %
		// each of two right answers and -100 % for the one wrong) are
		// not kept: the question is the same unweighted one, with the
		// same hash, as the other formats write it.
		plain := *q
		plain.Options = append([]Option(nil), q.Options...)
		for i := range plain.Options {
			plain.Options[i].Fraction = 0
		}
		derived := plain.Credits()
		same := true
		for i, o := range q.Options {
			if math.Abs(o.Fraction-derived[i]) > 1e-7 {
				same = false
			}
		}
		if same {
			for i := range q.Options {
				q.Options[i].Fraction = 0
			}
		}
	}
	if q.Type == Matching || q.Type == Essay || q.Type == Description {
		for i := range q.Options {
			q.Options[i].Correct = false
		}
	}
	if q.Type == Short && len(q.Options) > 0 {
		// The options are the answers in order, with their credit and
		// feedback; Blanks[0] is those worth full credit. Options that
		// add nothing (all full credit, no feedback) are just Blanks.
		var full []string
		plain := true
		for _, o := range q.Options {
			if o.Correct {
				full = append(full, o.Text)
			}
			if !o.Correct || o.Feedback != "" {
				plain = false
			}
		}
		q.Blanks = [][]string{full}
		if plain {
			q.Options = nil
		}
	}
	for i := range q.Blanks {
		var kept []string
		for _, a := range q.Blanks[i] {
			if a = Tidy(a); a != "" {
				kept = append(kept, a)
			}
		}
		q.Blanks[i] = kept
	}
	seen := map[string]bool{}
	var tags []string
	for _, t := range q.Tags {
		t = Tidy(t)
		k := viet.Fold(t)
		if t == "" || seen[k] {
			continue
		}
		seen[k] = true
		tags = append(tags, t)
	}
	SortTags(tags)
	q.Tags = tags
	if len(q.Options) == 0 {
		q.Options = nil
	}
	if len(q.Blanks) == 0 {
		q.Blanks = nil
	}
	if q.Difficulty < 0 || q.Difficulty > 3 {
		q.Difficulty = 0
	}
}

// Tidy is NFC with runs of white space made one space, trimmed.
func Tidy(s string) string {
	return strings.Join(strings.Fields(viet.NFC(s)), " ")
}

// TidyLines is Tidy line by line: a stem keeps its line breaks (a group's
// passage above the question), not its blank lines or runs of spaces.
func TidyLines(s string) string {
	var lines []string
	for l := range strings.Lines(s) {
		if l = Tidy(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// Hash identifies a question's content within a bank: type, stem, options
// with their marks and accepted answers, folded for case and white space
// but not diacritics. Re-importing a file finds its questions by it.
func (q *Question) Hash() string {
	h := sha256.New()
	w := func(s string) { h.Write([]byte(strings.ToLower(Tidy(s)))); h.Write([]byte{0}) }
	w(string(q.Type))
	w(q.Stem)
	for _, o := range q.Options {
		w(o.Text)
		w(strconv.FormatBool(o.Correct))
		// Added with Moodle's types: written only when set, so questions
		// saved before keep their hash.
		if o.Fraction != 0 || o.Tolerance != 0 || o.Match != "" {
			w(strconv.FormatFloat(o.Fraction, 'g', -1, 64) + "\x01" + strconv.FormatFloat(o.Tolerance, 'g', -1, 64) + "\x01" + o.Match)
		}
	}
	for _, b := range q.Blanks {
		w(strings.Join(b, "\x01"))
	}
	for _, im := range q.Images {
		sum := sha256.Sum256(im.Data)
		w(strconv.Itoa(im.Part) + hex.EncodeToString(sum[:]))
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Clone returns a deep copy with no id (a new question to save).
func (q *Question) Clone() *Question {
	c := q.Copy()
	c.ID = 0
	return c
}

// Copy returns a deep copy, id included (to edit without touching q).
func (q *Question) Copy() *Question {
	c := *q
	c.Options = append([]Option(nil), q.Options...)
	c.Blanks = nil
	for _, b := range q.Blanks {
		c.Blanks = append(c.Blanks, append([]string(nil), b...))
	}
	c.Tags = append([]string(nil), q.Tags...)
	c.Images = append([]Image(nil), q.Images...)
	if q.Passage != nil {
		p := *q.Passage
		c.Passage = &p
	}
	return &c
}

// TrueFalseOptions are the two options of a true/false question, the first
// correct when answer is true.
func TrueFalseOptions(answer bool) []Option {
	return []Option{{Text: "Đúng", Correct: answer}, {Text: "Sai", Correct: !answer}}
}

// TypeName is a type's Vietnamese name.
func TypeName(t Type) string {
	switch t {
	case Single:
		return "Một đáp án"
	case Multi:
		return "Nhiều đáp án"
	case TrueFalse:
		return "Đúng/Sai"
	case Cloze:
		return "Điền khuyết"
	case Short:
		return "Trả lời ngắn"
	case Numerical:
		return "Dạng số"
	case Matching:
		return "Ghép đôi"
	case Essay:
		return "Tự luận"
	case Description:
		return "Đoạn mô tả"
	}
	return string(t)
}

// DifficultyName is a difficulty's Vietnamese name.
func DifficultyName(d int) string {
	switch d {
	case 1:
		return "Dễ"
	case 2:
		return "Vừa"
	case 3:
		return "Khó"
	}
	return ""
}

// SortTags puts tags in Vietnamese dictionary order.
func SortTags(tags []string) {
	sort.Slice(tags, func(i, j int) bool { return string(viet.SortKey(tags[i])) < string(viet.SortKey(tags[j])) })
}

// refersRE finds an option that speaks of the others ("Cả A và B đều
// đúng", "Tất cả các phương án trên"), folded.
var refersRE = regexp.MustCompile(`\b(ca|tat ca)( cac)? (phuong an|dap an|y)( tren| noi tren)?\b|\bca [a-f] va [a-f]\b|\b[a-f] va [a-f] (deu|dung|sai)|\bca (hai|ba|bon) (phuong an|y|dap an)|\bphuong an tren\b|\b(deu dung|deu sai)\b`)

// Shufflable says whether the options may be shown in another order:
// not Đúng/Sai, and not when an option speaks of the others by letter or
// as "tất cả các phương án trên".
func (q *Question) Shufflable() bool {
	if (q.Type != Single && q.Type != Multi) || len(q.Options) < 2 {
		return false
	}
	for _, o := range q.Options {
		if refersRE.MatchString(viet.Fold(o.Text)) {
			return false
		}
	}
	return true
}
