package formats

import (
	"math"
	"regexp"
	"sotay/library/quiz"
	"strconv"
	"strings"
)

// ParseGIFT reads Moodle's GIFT format as Moodle's own importer
// (question/format/gift/format.php) reads it: multiple choice (single
// when an answer starts with "=", multiple answers otherwise) with
// %weights%, true/false (T, TRUE, F, FALSE), short answer with weights,
// numerical (3:2, 1..5, several weighted answers, ~#wrong feedback),
// matching (=a -> b, only when no "~" option is present), essay ({}),
// description (no braces), missing word ("_____" where the braces were),
// ::names::, #feedback, ####general feedback (our explanation), [html],
// [markdown], [plain] and [moodle] markers, $CATEGORY: lines (a sub-bank,
// see Item.Category), "// [tag:…]" and "// [id:…]" comments and our own
// "// sotay:" lines. A question Moodle refuses is a problem with its line.
func ParseGIFT(text string) []quiz.Item {
	var items []quiz.Item
	var block []string
	var comments []string
	start := 0
	opened := false // the block has an unclosed "{"
	flush := func() {
		if len(block) > 0 {
			items = append(items, parseGIFTQuestion(start, strings.Join(block, "\n"), comments))
		}
		block, comments, opened = nil, nil, false
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	line := 0
	for l := range strings.Lines(text) {
		line++
		l = strings.TrimSuffix(l, "\n")
		if line == 1 {
			l = strings.TrimPrefix(l, "\ufeff")
		}
		t := strings.TrimSpace(l)
		switch {
		case t == "": // as in Moodle, a blank line always ends a question
			flush()
			continue
		case strings.HasPrefix(t, "//"):
			// Moodle drops comment lines wherever they are, inside an
			// answer block too; one after a finished question ends it.
			if len(block) > 0 && !opened {
				flush()
			}
			comments = append(comments, strings.TrimSpace(t[2:]))
			continue
		case len(block) == 0 && strings.HasPrefix(t, "$CATEGORY:"):
			items = append(items, quiz.Item{Line: line, Category: CategoryPath(giftPost(giftPre(t[len("$CATEGORY:"):])))})
			comments = nil
			continue
		}
		if len(block) == 0 {
			start = line
		}
		block = append(block, l)
		pre := giftPre(l)
		if o, c := strings.LastIndex(pre, "{"), strings.LastIndex(pre, "}"); o > c {
			opened = true
		} else if c >= 0 {
			opened = false
		}
	}
	flush()
	return items
}

// CategoryPath cuts a Moodle category ("$course$/top/Default for X/Ôn
// tập") into the names below the course: Moodle's context marker and
// "top" are dropped, "//" is a slash within a name.
func CategoryPath(s string) []string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "//", "\x00")
	var out []string
	for i, p := range strings.Split(s, "/") {
		p = quiz.Tidy(strings.ReplaceAll(p, "\x00", "/"))
		if i == 0 && strings.HasPrefix(p, "$") && strings.HasSuffix(p, "$") {
			continue
		}
		if p == "" || len(out) == 0 && p == "top" {
			continue
		}
		out = append(out, p)
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// GIFT's escapes are held as private-use characters while a question is
// cut up, as Moodle holds them as "&&058;" and the like.
const giftPUA = 0xE000

func giftPre(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch c := s[i+1]; c {
			case '\\':
				b.WriteByte('\\') // `\\` is a backslash, and escapes nothing
				i++
				continue
			case ':', '#', '=', '{', '}', '~':
				b.WriteRune(rune(giftPUA + int(c)))
				i++
				continue
			case 'n':
				b.WriteRune(giftPUA + '\n')
				i++
				continue
			}
		}
		// Any other backslash is kept: C:\Windows, \d, \(.
		b.WriteByte(s[i])
	}
	return b.String()
}

func giftPost(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= giftPUA && r < giftPUA+128 {
			return r - giftPUA
		}
		return r
	}, s)
}

var (
	giftTagRE    = regexp.MustCompile(`\[tag:([^\]]+)\]`)
	giftIDRE     = regexp.MustCompile(`\[id:([^\]]+)\]`)
	giftWeightRE = regexp.MustCompile(`^%\s*(-?[0-9]+(?:\.[0-9]*)?)\s*%`)
)

func parseGIFTQuestion(line int, src string, comments []string) quiz.Item {
	q := &quiz.Question{}
	for _, c := range comments {
		for _, m := range giftTagRE.FindAllStringSubmatch(c, -1) {
			q.Tags = append(q.Tags, giftPost(giftPre(m[1])))
		}
		if m := giftIDRE.FindStringSubmatch(c); m != nil {
			q.IDNumber = quiz.Tidy(giftPost(giftPre(m[1])))
		}
		if rest, ok := strings.CutPrefix(c, "sotay:"); ok {
			readSotayMeta(q, rest)
		}
	}
	fail := func(f *quiz.Fault) quiz.Item { return quiz.Item{Line: line, Err: f.AtLine(line)} }
	s := giftPre(strings.TrimSpace(src))
	if rest, ok := strings.CutPrefix(s, "::"); ok {
		end := strings.Index(rest, "::")
		if end < 0 {
			return fail(quiz.NewFault("gift_name_open"))
		}
		q.Name = quiz.Tidy(giftPost(rest[:end]))
		s = strings.TrimSpace(rest[end+2:])
	}
	open, closeAt := strings.Index(s, "{"), strings.Index(s, "}")
	description := open < 0 && closeAt < 0
	var answer, stem string
	switch {
	case description:
		stem = s
	case open < 0:
		return fail(quiz.NewFault("gift_no_open_brace"))
	case closeAt < 0:
		return fail(quiz.NewFault("gift_no_close_brace"))
	case closeAt < open:
		return fail(quiz.NewFault("gift_brace_order"))
	default:
		answer = strings.TrimSpace(s[open+1 : closeAt])
		if strings.ContainsAny(s[closeAt+1:], "{}") {
			return fail(quiz.NewFault("gift_many_blocks"))
		}
		if strings.HasSuffix(s, "}") {
			stem = s[:open] + s[closeAt+1:]
		} else {
			stem = s[:open] + "_____" + s[closeAt+1:] // Moodle's missing word
		}
	}
	if g := strings.LastIndex(answer, "####"); g >= 0 {
		q.Explanation = giftFormatted(answer[g+4:])
		answer = strings.TrimSpace(answer[:g])
	}
	stemFormat := giftFormat(strings.TrimSpace(stem))
	q.Stem = giftFormatted(stem)
	switch {
	case description:
		q.Type = quiz.Description
	case answer == "":
		q.Type = quiz.Essay
	case answer[0] == '#':
		if err := giftNumerical(q, answer[1:]); err != nil {
			return fail(err)
		}
	case strings.Contains(answer, "~"):
		if err := giftChoice(q, answer, stemFormat); err != nil {
			return fail(err)
		}
	case strings.Contains(answer, "=") && strings.Contains(answer, "->"):
		if err := giftMatching(q, answer, stemFormat); err != nil {
			return fail(err)
		}
	default:
		head := answer
		if h := strings.Index(answer, "#"); h > 0 {
			head = strings.TrimSpace(answer[:h])
		}
		switch head {
		case "T", "TRUE", "F", "FALSE":
			// {TRUE#feedback if wrong#feedback if right}
			bits := strings.SplitN(answer, "#", 3)
			tf := head[0] == 'T'
			q.Type = quiz.TrueFalse
			q.Options = quiz.TrueFalseOptions(tf)
			wrong, right := 1, 0
			if !tf {
				wrong, right = 0, 1
			}
			if len(bits) > 1 {
				q.Options[wrong].Feedback = giftFormattedAs(bits[1], stemFormat)
			}
			if len(bits) > 2 {
				q.Options[right].Feedback = giftFormattedAs(bits[2], stemFormat)
			}
		default:
			if err := giftShort(q, answer, stemFormat); err != nil {
				return fail(err)
			}
		}
	}
	return finishItem(line, q)
}

// giftAnswers cuts an answer block at each marker ("~" or "="), keeping
// the marker; text before the first marker is dropped when blank.
func giftAnswers(a string, markers string) []string {
	var out []string
	last := 0
	for i := 0; i < len(a); i++ {
		if strings.IndexByte(markers, a[i]) >= 0 {
			out = append(out, a[last:i])
			last = i
		}
	}
	out = append(out, a[last:])
	if strings.TrimSpace(out[0]) == "" {
		out = out[1:]
	}
	return out
}

// giftAnswerWeight reads "=%50%text" of a short or numerical answer:
// its weight (full credit when none is written) and the rest.
func giftAnswerWeight(ans string) (float64, string) {
	ans = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(ans), "="))
	if w, rest, ok := giftWeight(ans); ok {
		return w, rest
	}
	return 1, ans
}

// giftWeight reads a leading %50% as 0.5.
func giftWeight(s string) (float64, string, bool) {
	m := giftWeightRE.FindStringSubmatch(s)
	if m == nil {
		return 0, s, false
	}
	w, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, s, false
	}
	return w / 100, strings.TrimSpace(s[len(m[0]):]), true
}

// giftComment splits "answer#feedback" at the first "#".
func giftComment(s, format string) (string, string) {
	text, fb, _ := strings.Cut(s, "#")
	return giftFormattedAs(text, format), giftFormattedAs(fb, format)
}

func giftChoice(q *quiz.Question, a, format string) *quiz.Fault {
	q.Type = quiz.Multi
	if strings.Contains(a, "=") {
		q.Type = quiz.Single
	}
	answers := giftAnswers(a, "~=")
	if len(answers) < 2 {
		return quiz.NewFault("too_few_options")
	}
	for _, ans := range answers {
		ans = strings.TrimSpace(ans)
		right := ans[0] == '='
		ans = strings.TrimSpace(ans[1:])
		w, rest, ok := giftWeight(ans)
		switch {
		case ok:
			ans = rest
		case right:
			w = 1
		}
		text, fb := giftComment(ans, format)
		if text == "" {
			return quiz.NewFault("gift_empty_option")
		}
		q.Options = append(q.Options, quiz.Option{Text: text, Feedback: fb, Fraction: w})
	}
	if q.Weighted() {
		return nil
	}
	// Every weight is 0: Moodle would refuse; say so plainly.
	return quiz.NewFault("gift_no_right")
}

func giftMatching(q *quiz.Question, a, format string) *quiz.Fault {
	q.Type = quiz.Matching
	answers := giftAnswers(a, "=")
	if len(answers) < 2 {
		return quiz.NewFault("matching_too_few")
	}
	for _, ans := range answers {
		ans = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(ans), "="))
		left, right, ok := strings.Cut(ans, "->")
		if !ok {
			return quiz.NewFault("gift_pair_no_arrow", "Text", giftPost(ans))
		}
		q.Options = append(q.Options, quiz.Option{Text: giftFormattedAs(left, format), Match: quiz.Tidy(giftPost(right))})
	}
	return nil
}

func giftShort(q *quiz.Question, a, format string) *quiz.Fault {
	q.Type = quiz.Short
	for _, ans := range giftAnswers(a, "=") {
		w, ans := giftAnswerWeight(ans)
		text, fb := giftComment(ans, format)
		if text == "" {
			return quiz.NewFault("gift_empty_answer")
		}
		q.Options = append(q.Options, quiz.Option{Text: text, Feedback: fb, Fraction: w})
	}
	if len(q.Options) == 0 {
		return quiz.NewFault("short_no_answer")
	}
	return nil
}

func giftNumerical(q *quiz.Question, a string) *quiz.Fault {
	q.Type = quiz.Numerical
	wrong := ""
	if i := strings.Index(a, "~"); i >= 0 {
		wrong, a = a[i:], a[:i]
	}
	answers := giftAnswers(a, "=")
	if len(answers) == 0 || strings.TrimSpace(answers[0]) == "" && len(answers) == 1 {
		return quiz.NewFault("numerical_no_answer")
	}
	for _, ans := range answers {
		w, ans := giftAnswerWeight(ans)
		text, fb := giftComment(ans, "")
		o := quiz.Option{Fraction: w, Feedback: fb}
		switch {
		case strings.Index(text, "..") > 0:
			lo, hi := strings.TrimSpace(text[:strings.Index(text, "..")]), strings.TrimSpace(text[strings.Index(text, "..")+2:])
			l, ok1 := quiz.ParseNumber(lo)
			h, ok2 := quiz.ParseNumber(hi)
			if !ok1 || !ok2 {
				return quiz.NewFault("bad_range", "Text", text)
			}
			o.Text = quiz.FormatNumber((l + h) / 2)
			o.Tolerance = quiz.RoundNumber(h - (l+h)/2)
		case strings.Index(text, ":") > 0:
			v, t := strings.TrimSpace(text[:strings.Index(text, ":")]), strings.TrimSpace(text[strings.Index(text, ":")+1:])
			tol, ok := quiz.ParseNumber(t)
			if !ok {
				return quiz.NewFault("bad_tolerance_text", "Text", t)
			}
			o.Text, o.Tolerance = v, tol
		default:
			o.Text = text
		}
		if _, ok := quiz.ParseNumber(o.Text); !ok && o.Text != "*" {
			return quiz.NewFault("answer_not_number", "Text", o.Text)
		}
		q.Options = append(q.Options, o)
	}
	if wrong != "" {
		_, fb := giftComment(strings.TrimPrefix(wrong, "~"), "")
		q.Options = append(q.Options, quiz.Option{Text: "*", Feedback: fb})
	}
	return nil
}

// giftFormat is the text format a GIFT text names ("html", "markdown",
// "plain", "moodle"), or "".
func giftFormat(s string) string {
	if !strings.HasPrefix(s, "[") {
		return ""
	}
	end := strings.Index(s, "]")
	if end < 0 {
		return ""
	}
	switch f := s[1:end]; f {
	case "html", "moodle", "plain", "markdown":
		return f
	}
	return ""
}

// giftFormatted is a GIFT text as we keep it: its format marker applied
// (HTML made plain text, markdown rendered), escapes undone, tidied.
func giftFormatted(s string) string { return giftFormattedAs(s, "") }

// giftFormattedAs is giftFormatted with a default format (the question
// text's) for a text that names none, as Moodle's answers inherit it.
func giftFormattedAs(s, def string) string {
	s = strings.TrimSpace(s)
	f := giftFormat(s)
	if f != "" {
		s = s[len(f)+2:]
	} else {
		f = def
	}
	s = giftPost(s)
	switch f {
	case "html":
		s = htmlToText(s)
	case "markdown":
		s = markdownToText(s)
	}
	return quiz.TidyLines(s)
}

// finishItem validates a parsed question and makes its Item.
func finishItem(line int, q *quiz.Question) quiz.Item {
	q.Normalize()
	if err := q.Validate(); err != nil {
		return quiz.FaultItem(line, err)
	}
	it := quiz.Item{Line: line, Q: q}
	if q.Weighted() {
		var odd []string
		for _, c := range q.Credits() {
			if !moodleGrade(c) {
				odd = append(odd, quiz.Percent(c)+"%")
			}
		}
		if len(odd) > 0 {
			it.Notes = append(it.Notes, quiz.NewFault("weight_not_moodle", "Weights", strings.Join(odd, ", ")))
		}
	}
	return it
}

// moodleGrades are the answer weights Moodle accepts on import
// (question_bank::fraction_options_full), the negatives too; it refuses a
// file with any other ("invalid grade"), so Sổ tay keeps the weight and
// says Moodle will not.
var moodleGrades = []float64{1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3,
	0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0}

// moodleGrade reports whether Moodle's import accepts the weight f (it
// allows 0.00001 either side).
func moodleGrade(f float64) bool {
	for _, g := range moodleGrades {
		if math.Abs(math.Abs(f)-g) < 0.00001 {
			return true
		}
	}
	return false
}
