package draft

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"sotay/internal/viet"
	"sotay/library/quiz"
)

// Property tests over every draft of the sample and corpus documents.

// shapeOf is an option's form: digits as 9, letters as a, runs of one
// character as one ("2020-2025" → "9-9", "2015 – 2020" → "9 – 9").
func shapeOf(s string) string {
	var b []rune
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			r = '9'
		case viet.Fold(string(r)) != string(r) || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			r = 'a'
		}
		if len(b) > 0 && b[len(b)-1] == r {
			continue
		}
		b = append(b, r)
	}
	return string(b)
}

// draftSources are the documents the property tests run on: the samples,
// the flattened resolution of vanban's tests' kind written here, and
// real resolutions from ../shared/corpus when it is present.
func draftSources(t *testing.T) []Source {
	srcs := sampleSources(t)
	dir := filepath.Join("..", "..", "..", "..", "shared", "corpus", "vinews-baomoi", "docs")
	for _, name := range []string{"22453204.txt", "22460771.txt", "22589939.txt", "22339267.txt", "21511465.txt"} {
		if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			srcs = append(srcs, Source{Title: strings.SplitN(string(data), "\n", 2)[0], Pages: []string{string(data)}})
		}
	}
	return srcs
}

// The right answer of a figure question is never the only option of its
// form: a trainee cannot pick it by its dash, its decimals or its spaces.
func TestRightAnswerNotAloneInItsShape(t *testing.T) {
	for _, src := range draftSources(t) {
		for _, d := range Drafts(src) {
			if d.Kind == DraftList || d.Kind == DraftDefinition || d.Kind == DraftRole || d.Kind == DraftMeta {
				continue // options of words, or the document's own facts
			}
			q := d.Question
			var right string
			shapes := map[string]int{}
			for _, o := range q.Options {
				shapes[shapeOf(o.Text)]++
				if o.Correct {
					right = o.Text
				}
			}
			if shapes[shapeOf(right)] < 2 {
				var opts []string
				for _, o := range q.Options {
					opts = append(opts, o.Text)
				}
				t.Errorf("%s: the answer %q is the only one of its form among %q", src.Title, right, opts)
			}
		}
	}
}

// No wrong option of a blank is right: put in the blank, it never gives
// a sentence of the document. And no two drafts ask the same answer from
// the same passage.
func TestNoSecondRightAnswer(t *testing.T) {
	quote := regexp.MustCompile(`“(.*…….*)”`)
	space := strings.NewReplacer("\n", " ", "\f", " ")
	for _, src := range draftSources(t) {
		text := space.Replace(strings.Join(src.Pages, " "))
		seen := map[string]bool{}
		for _, d := range Drafts(src) {
			q := d.Question
			for _, o := range append([]quiz.Option{{Text: q.Stem}}, q.Options...) {
				if !utf8.ValidString(o.Text) {
					t.Errorf("%s: a draft breaks a letter: %q", src.Title, o.Text)
				}
			}
			if q.Passage != nil {
				for _, o := range q.Options {
					if k := fmt.Sprintf("%s|%d|%d", o.Text, q.Passage.Page, q.Passage.Start); o.Correct {
						if seen[k] {
							t.Errorf("%s: two drafts ask %q from one passage", src.Title, o.Text)
						}
						seen[k] = true
					}
				}
			}
			m := quote.FindStringSubmatch(q.Stem)
			if m == nil {
				continue
			}
			for _, o := range q.Options {
				if o.Correct {
					continue
				}
				filled := strings.Replace(m[1], "……", o.Text, 1)
				if strings.Contains(text, filled) {
					t.Errorf("%s: the wrong option %q is also right: %q", src.Title, o.Text, filled)
				}
			}
		}
	}
}

// The two questions of a list never answer each other: the members
// "KHÔNG thuộc" shows are not the answer of "thuộc", and its odd one out
// is not among the other's wrong options.
func TestListPairsDoNotAnswerEachOther(t *testing.T) {
	for _, src := range draftSources(t) {
		type pair struct{ in, out *quiz.Question }
		pairs := map[string]*pair{}
		for _, d := range Drafts(src) {
			if d.Kind != DraftList {
				continue
			}
			q := d.Question
			if i := strings.Index(q.Stem, "KHÔNG thuộc"); i >= 0 {
				key := q.Stem[:i] + q.Stem[i+len("KHÔNG "):]
				if pairs[key] == nil {
					pairs[key] = &pair{}
				}
				pairs[key].out = &q
			} else if strings.Contains(q.Stem, " thuộc ") {
				if pairs[q.Stem] == nil {
					pairs[q.Stem] = &pair{}
				}
				pairs[q.Stem].in = &q
			}
		}
		for stem, p := range pairs {
			if p.in == nil || p.out == nil {
				continue
			}
			right := p.in.Options[p.in.Correct()[0]].Text
			odd := p.out.Options[p.out.Correct()[0]].Text
			for _, o := range p.out.Options {
				if o.Text == right {
					t.Errorf("%s: “KHÔNG thuộc” shows the other's answer %q", stem, right)
				}
			}
			for _, o := range p.in.Options {
				if o.Text == odd {
					t.Errorf("%s: “thuộc” shows the other's answer %q as wrong", stem, odd)
				}
			}
		}
	}
}

// The options of a list question are cut where a clause ends, never in
// the middle of one ("… quy định trong Hiến …"): what stands before "…"
// is followed in the document by a comma or a semicolon, or, when the
// item has none early enough, does not end on "của", "về" ….
func TestListOptionsCutAtClauses(t *testing.T) {
	for _, src := range draftSources(t) {
		text := strings.Join(strings.Fields(strings.Join(src.Pages, " ")), " ")
		for _, d := range Drafts(src) {
			if d.Kind != DraftList {
				continue
			}
			for _, o := range d.Question.Options {
				cut, ok := strings.CutSuffix(o.Text, " …")
				if !ok {
					continue
				}
				w := strings.Fields(cut)
				atClause := strings.Contains(text, cut+",") || strings.Contains(text, cut+";") || strings.Contains(text, cut+":")
				if !atClause && dangling[w[len(w)-1]] {
					t.Errorf("%q cut mid-phrase: %q", d.Question.Stem, o.Text)
				}
				if !atClause && len(w) < 28 {
					t.Errorf("%q cut short of a clause's end: %q", d.Question.Stem, o.Text)
				}
			}
		}
	}
}

// A document never gets the same question twice: a list asked again is
// worded otherwise (a trainer drops the second of two identical stems,
// whatever their answers), and no right option is only a premise whose
// action is cut off ("Căn cứ vào chủ trương của Đảng … trong từng thời
// kỳ …").
func TestNoSameQuestionTwice(t *testing.T) {
	for _, src := range draftSources(t) {
		seen := map[string]bool{}
		for _, d := range Drafts(src) {
			q := d.Question
			if seen[q.Stem] {
				t.Errorf("%s: asked twice: %q", src.Title, q.Stem)
			}
			seen[q.Stem] = true
			if d.Kind == DraftList && strings.Contains(q.Stem, "nội dung nào") {
				if right := q.Options[q.Correct()[0]].Text; premise(right) {
					t.Errorf("%q: a premise as the answer: %q", q.Stem, right)
				}
			}
		}
	}
}
