package formats

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"sotay/internal/viet"
	"sotay/library/quiz"
)

// build turns what was read of a question into an Item; key is its row of
// the answer table ("" if none).
func (v *vnQuestion) build(key string, tableAt int) quiz.Item {
	q := &quiz.Question{Stem: strings.Join(v.stem, " "), Explanation: strings.Join(v.expl, "\n"), Fold: v.fold}
	if v.group != "" && strings.TrimSpace(q.Stem) != "" {
		// The shared passage comes with each question of its group.
		q.Stem = v.group + "\n" + q.Stem
	}
	q.Tags = strings.FieldsFunc(v.tags, func(r rune) bool { return r == ',' || r == ';' })
	switch viet.Fold(strings.TrimSpace(v.level)) {
	case "de", "nhan biet":
		q.Difficulty = 1
	case "vua", "trung binh", "thong hieu":
		q.Difficulty = 2
	case "kho", "van dung", "van dung cao":
		q.Difficulty = 3
	}
	if v.quote != "" {
		q.Passage = &quiz.Passage{Quote: v.quote}
	}
	if f := v.sortLetters(); f != nil {
		return v.faultItem(f)
	}
	if v.bad != nil {
		return v.faultItem(v.bad)
	}
	if strings.TrimSpace(q.Stem) == "" && v.unlabelled {
		return quiz.FaultAt(v.line, "vn_unlabelled")
	}
	if strings.TrimSpace(q.Stem) == "" {
		return v.failF("no_stem")
	}
	if it, ok := v.buildKind(q); ok {
		return it
	}
	if len(v.options) == 0 {
		return v.buildTyped(q)
	}
	if len(v.options) == 1 {
		return v.failF("too_few_options")
	}
	q.Options = v.options
	answer := strings.TrimSpace(v.answer)
	if answer == "" {
		answer = key
	} else if key != "" && !sameLetters(answer, key) {
		return v.failF("vn_key_disagrees", "Answer", answer, "At", tableAt, "Key", key)
	}
	var chosen []int
	switch {
	case answer != "":
		letters, ok := parseLetters(answer)
		if !ok {
			letters, ok = statementAnswers(answer, len(v.options))
		}
		if !ok {
			letters, ok = optionNamed(answer, v.options)
		}
		if !ok {
			if tf := trueFalseWord(answer); tf != 0 && isTrueFalse(v.options) {
				letters = []int{map[int]int{1: 0, -1: 1}[tf]}
				if viet.Fold(v.options[0].Text) == "sai" {
					letters[0] = 1 - letters[0]
				}
			} else {
				return v.failF("vn_answer_unread", "Answer", answer)
			}
		}
		for _, k := range letters {
			if k >= len(v.options) {
				return v.failF("vn_answer_missing", "Letter", string(rune('A'+k)), "Last", string(rune('A'+len(v.options)-1)))
			}
		}
		chosen = letters
		if starred := marked(v.starred); len(starred) > 0 && !slices.Equal(starred, chosen) {
			return v.failF("vn_star_disagrees", "Answer", lettersOf(chosen), "Star", lettersOf(starred))
		}
	case len(marked(v.starred)) > 0:
		chosen = marked(v.starred)
	case len(marked(v.emph)) > 0 && len(marked(v.emph)) < len(v.options):
		chosen = marked(v.emph)
	case len(marked(v.emphKey)) > 0 && len(marked(v.emphKey)) < len(v.options):
		chosen = marked(v.emphKey) // every option has a bold word; one has a bold letter
	default:
		return v.failF("vn_no_answer")
	}
	for _, k := range chosen {
		q.Options[k].Correct = true
	}
	switch {
	case isTrueFalse(v.options):
		q.Type = quiz.TrueFalse
		if viet.Fold(q.Options[0].Text) == "sai" {
			q.Options[0], q.Options[1] = q.Options[1], q.Options[0]
		}
		q.Options[0].Text, q.Options[1].Text = "Đúng", "Sai"
	case len(chosen) > 1:
		q.Type = quiz.Multi
		if single := viet.Fold(q.Stem); strings.Contains(single, "chon mot") || strings.Contains(single, "mot dap an") {
			return v.failF("vn_choose_one_many", "N", len(chosen), "Letters", lettersOf(chosen))
		}
	case typeFromName(v.kind) == quiz.Multi:
		q.Type = quiz.Multi // "Loại: nhiều đáp án": one right answer among several allowed
	default:
		q.Type = quiz.Single
	}
	q.Normalize()
	if err := q.Validate(); err != nil {
		return v.faultItem(err)
	}
	return quiz.Item{Line: v.line, Q: q}
}

// buildTyped makes a question without options: true/false stated in the
// answer, a cloze when the stem has blanks, else a short answer.
func (v *vnQuestion) buildTyped(q *quiz.Question) quiz.Item {
	answer := strings.TrimSpace(v.answer)
	if answer == "" {
		return v.failF("vn_no_options_no_answer")
	}
	blanks := vnBlankRE.FindAllStringIndex(q.Stem, -1)
	if n := quiz.BlankCount(q.Stem); n > 0 {
		blanks = nil // already numbered {1} {2}: keep them
		parts := strings.Split(answer, ";")
		if len(parts) != n {
			return v.failF("vn_blank_parts", "N", n, "Parts", len(parts))
		}
		q.Type = quiz.Cloze
		for _, p := range parts {
			q.Blanks = append(q.Blanks, alternatives(p))
		}
	}
	switch {
	case q.Type == quiz.Cloze:
	case len(blanks) > 0:
		parts := strings.Split(answer, ";")
		if len(parts) != len(blanks) {
			return v.failF("vn_blank_parts", "N", len(blanks), "Parts", len(parts))
		}
		var b strings.Builder
		last := 0
		for i, loc := range blanks {
			b.WriteString(q.Stem[last:loc[0]])
			fmt.Fprintf(&b, "{%d}", i+1)
			last = loc[1]
		}
		b.WriteString(q.Stem[last:])
		q.Stem = b.String()
		q.Type = quiz.Cloze
		for _, p := range parts {
			q.Blanks = append(q.Blanks, alternatives(p))
		}
	case trueFalseWord(answer) != 0:
		q.Type = quiz.TrueFalse
		q.Options = quiz.TrueFalseOptions(trueFalseWord(answer) > 0)
	default:
		q.Type = quiz.Short
		q.Blanks = [][]string{alternatives(answer)}
	}
	q.Normalize()
	if err := q.Validate(); err != nil {
		return v.faultItem(err)
	}
	return quiz.Item{Line: v.line, Q: q}
}

// vnNumberRE reads "3 ± 2", "3 +- 2", "3:2", "1..5" (a range) or "1930".
var vnNumberRE = regexp.MustCompile(`^(-?[0-9]+(?:[.,][0-9]+)?(?:[eE][-+]?[0-9]+)?)\s*(?:(±|\+-|\+/-|:)\s*([0-9]+(?:[.,][0-9]+)?)|\s*\.\.\s*(-?[0-9]+(?:[.,][0-9]+)?(?:[eE][-+]?[0-9]+)?))?$`)

// buildKind makes the question types named by their own lines:
// "Loại: tự luận" (essay), "Loại: đoạn mô tả" (description), "Đáp số:"
// (numerical) and "Ghép:" (matching). ok is false for the other types.
func (v *vnQuestion) buildKind(q *quiz.Question) (quiz.Item, bool) {
	kind := strings.Join(strings.Fields(viet.Fold(v.kind)), " ")
	switch {
	case kind == "tu luan" || kind == "essay":
		if len(v.options) > 0 || strings.TrimSpace(v.answer) != "" || len(v.numeric) > 0 || len(v.pairs) > 0 {
			return v.failF("vn_essay_answers"), true
		}
		q.Type = quiz.Essay
	case kind == "doan mo ta" || kind == "mo ta" || kind == "description":
		if len(v.options) > 0 || strings.TrimSpace(v.answer) != "" || len(v.numeric) > 0 || len(v.pairs) > 0 {
			return v.failF("vn_description_answers"), true
		}
		q.Type = quiz.Description
	case len(v.numeric) > 0 || kind == "so" || kind == "dang so" || kind == "numerical":
		if len(v.options) > 0 || len(v.numeric) == 0 {
			return v.failF("vn_numerical_form"), true
		}
		q.Type = quiz.Numerical
		for _, n := range v.numeric {
			// "80% ± 5%": a percentage is its number.
			m := vnNumberRE.FindStringSubmatch(strings.TrimSpace(strings.ReplaceAll(n, "%", "")))
			if m == nil {
				return v.failF("vn_number_unread", "Text", n), true
			}
			o := quiz.Option{Text: m[1], Correct: true}
			switch {
			case m[3] != "":
				tol, ok := quiz.ParseNumber(m[3])
				if !ok {
					return v.failF("bad_tolerance_text", "Text", m[3]), true
				}
				o.Tolerance = tol
			case m[4] != "":
				lo, ok1 := quiz.ParseNumber(m[1])
				hi, ok2 := quiz.ParseNumber(m[4])
				if !ok1 || !ok2 {
					return v.failF("bad_range", "Text", n), true
				}
				o.Text, o.Tolerance = quiz.FormatNumber((lo+hi)/2), quiz.RoundNumber(hi-(lo+hi)/2)
			}
			if f, ok := quiz.ParseNumber(o.Text); ok {
				o.Text = quiz.FormatNumber(f)
			} else {
				return v.failF("answer_not_number", "Text", m[1]), true
			}
			q.Options = append(q.Options, o)
		}
	case len(v.pairs) > 0 || kind == "ghep doi" || kind == "matching":
		if len(v.options) > 0 {
			return v.failF("vn_matching_form"), true
		}
		q.Type = quiz.Matching
		for _, p := range v.pairs {
			left, right, ok := quiz.CutPair(p)
			if !ok {
				return v.failF("vn_pair_no_arrow", "Text", p), true
			}
			q.Options = append(q.Options, quiz.Option{Text: left, Match: right})
		}
	case kind == "" || typeFromName(v.kind) != "":
		return quiz.Item{}, false
	default:
		return v.failF("unknown_type", "Type", v.kind), true
	}
	q.Normalize()
	if err := q.Validate(); err != nil {
		return v.faultItem(err), true
	}
	return quiz.Item{Line: v.line, Q: q}, true
}

// failF is the fault code for this question.
func (v *vnQuestion) failF(code string, kv ...any) quiz.Item {
	return v.faultItem(quiz.NewFault(code, kv...))
}

// faultItem is err for this question: a Fault gets its line and the
// question's number; any other error its words.
func (v *vnQuestion) faultItem(err error) quiz.Item {
	var f *quiz.Fault
	if !errors.As(err, &f) {
		f = quiz.NewFault("unreadable_because", "Why", err.Error())
	}
	g := f.AtLine(v.line)
	g.Args = make(map[string]any, len(f.Args)+1)
	for k, a := range f.Args {
		g.Args[k] = a
	}
	g.Args["Q"] = v.number
	return quiz.Item{Line: v.line, Err: g}
}

func alternatives(s string) []string {
	s = strings.ReplaceAll(s, " hoặc ", "|")
	var out []string
	for _, a := range strings.Split(s, "|") {
		a = strings.Trim(strings.TrimSpace(a), `"“”()`)
		if a != "" {
			out = append(out, a)
		}
	}
	return out
}

// trueFalseWord is 1 for Đúng, -1 for Sai, 0 otherwise.
func trueFalseWord(s string) int {
	switch viet.Fold(strings.Trim(strings.TrimSpace(s), ".")) {
	case "dung", "d", "true", "t":
		return 1
	case "sai", "s", "false", "f":
		return -1
	}
	return 0
}

func isTrueFalse(opts []quiz.Option) bool {
	if len(opts) != 2 {
		return false
	}
	a, b := viet.Fold(strings.Trim(opts[0].Text, ". ")), viet.Fold(strings.Trim(opts[1].Text, ". "))
	return a == "dung" && b == "sai" || a == "sai" && b == "dung"
}

func parseLetters(s string) ([]int, bool) {
	s = strings.TrimSpace(strings.Trim(s, "."))
	if !vnLettersRE.MatchString(s) {
		return nil, false
	}
	var out []int
	for _, r := range strings.ToUpper(s) {
		if r >= 'A' && r <= 'Z' {
			k := int(r - 'A')
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out, len(out) > 0
}

func sameLetters(a, b string) bool {
	x, ok1 := parseLetters(a)
	y, ok2 := parseLetters(b)
	if !ok1 || !ok2 {
		return viet.Fold(a) == viet.Fold(b)
	}
	return slices.Equal(x, y)
}

func marked(flags []bool) []int {
	var out []int
	for i, f := range flags {
		if f {
			out = append(out, i)
		}
	}
	return out
}

func lettersOf(ks []int) string {
	var parts []string
	for _, k := range ks {
		parts = append(parts, string(rune('A'+k)))
	}
	return strings.Join(parts, ", ")
}

// statementRE is one statement's verdict: "a-Đ", "b: Sai".
var statementRE = regexp.MustCompile(`(?i)^([a-f])\s*[-:.)]\s*(đ|s|đúng|sai)$`)

// statementAnswers reads "a-Đ, b-Đ, c-S, d-S" — statements a–d each true
// or false, as the 2025 exam writes them — as the true ones.
func statementAnswers(answer string, options int) ([]int, bool) {
	parts := strings.FieldsFunc(answer, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) != options || options < 2 {
		return nil, false
	}
	var ks []int
	for i, p := range parts {
		m := statementRE.FindStringSubmatch(strings.TrimSpace(p))
		if m == nil || int(strings.ToLower(m[1])[0]-'a') != i {
			return nil, false
		}
		if v := viet.Fold(m[2]); v == "d" || v == "dung" {
			ks = append(ks, i)
		}
	}
	return ks, len(ks) > 0
}

// optionNamed finds the option an answer names by its text ("Đáp án:
// Trường Sơn" for "B. Trường Sơn").
func optionNamed(answer string, opts []quiz.Option) ([]int, bool) {
	want := strings.Trim(viet.Fold(answer), " .;")
	found := -1
	for i, o := range opts {
		if strings.Trim(viet.Fold(o.Text), " .;") == want {
			if found >= 0 {
				return nil, false
			}
			found = i
		}
	}
	return []int{found}, found >= 0 && want != ""
}

// sortLetters puts options written out of order (A, C, B, D: two columns
// read row by row) in the order of their letters; it says what is wrong
// when a letter is missing.
func (v *vnQuestion) sortLetters() *quiz.Fault {
	if len(v.letters) != len(v.options) || slices.IsSorted(v.letters) {
		return nil
	}
	idx := make([]int, len(v.options))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v.letters[idx[a]] < v.letters[idx[b]] })
	var opts []quiz.Option
	var starred, emph, emphKey []bool
	var letters []byte
	for k, i := range idx {
		if v.letters[i] != byte('A'+k) {
			return quiz.NewFault("vn_option_missing", "Letter", string(rune('A'+k)), "Letters", string(v.letters))
		}
		opts = append(opts, v.options[i])
		starred = append(starred, v.starred[i])
		emph = append(emph, v.emph[i])
		emphKey = append(emphKey, v.emphKey[i])
		letters = append(letters, v.letters[i])
	}
	v.options, v.starred, v.emph, v.emphKey, v.letters = opts, starred, emph, emphKey, letters
	return nil
}
