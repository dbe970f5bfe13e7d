package formats

import (
	"fmt"
	"io"
	"sotay/library/quiz"
	"strings"
)

// Writing GIFT as Moodle's exporter writes it.

// giftEscape escapes text as Moodle's exporter does: `\` `#` `=` `~` `{`
// `}` `:` and line breaks. A text that starts like a format marker
// ("[html]…") is marked [moodle] first, so the marker is read as text.
func giftEscape(s string) string {
	if giftFormat(s) != "" {
		return "[moodle]" + giftEscapeText(s)
	}
	return giftEscapeText(s)
}

// giftEscapeText is giftEscape for a text with no format (a name).
func giftEscapeText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `~`, `\~`, `=`, `\=`, `#`, `\#`, `{`, `\{`, `}`, `\}`, `:`, `\:`, "\n", `\n`)
	return r.Replace(s)
}

// WriteGIFT writes questions as GIFT, as Moodle's exporter writes them,
// under a $CATEGORY of the bank's name. Tags and the id number go in a
// `// [id:…] [tag:…]` comment (Moodle reads them), difficulty, the fold
// flag and the passage in a `// sotay:` comment Moodle ignores. Questions
// GIFT cannot hold (see Holds) are skipped and returned.
func WriteGIFT(w io.Writer, bank string, qs []*quiz.Question) (skipped []Skipped, err error) {
	return writeGIFTSections(w, []quiz.Section{{Path: []string{bank}, Questions: qs}})
}

func writeGIFTSections(w io.Writer, sections []quiz.Section) (skipped []Skipped, err error) {
	bw := &errWriter{w: w}
	for _, sec := range sections {
		if len(sec.Path) > 0 && sec.Path[0] != "" {
			var parts []string
			for _, p := range sec.Path {
				parts = append(parts, strings.ReplaceAll(strings.ReplaceAll(p, "/", "//"), "\n", " "))
			}
			bw.printf("$CATEGORY: $course$/top/%s\n\n", strings.Join(parts, "/"))
		}
		for _, q := range sec.Questions {
			if why := Holds(GIFT, q); why != nil {
				skipped = append(skipped, Skipped{ID: q.ID, Why: why})
				continue
			}
			writeGIFTQuestion(bw, q)
		}
	}
	return skipped, bw.err
}

func writeGIFTQuestion(bw *errWriter, q *quiz.Question) {
	var meta []string
	if q.IDNumber != "" {
		meta = append(meta, "[id:"+strings.NewReplacer("]", "", "\n", " ").Replace(q.IDNumber)+"]")
	}
	for _, t := range q.Tags {
		meta = append(meta, "[tag:"+strings.NewReplacer("]", "", "\n", " ").Replace(t)+"]")
	}
	if len(meta) > 0 {
		bw.printf("// %s\n", strings.Join(meta, " "))
	}
	if m := sotayMeta(q); m != "" {
		bw.printf("// sotay:%s\n", m)
	}
	if q.Name != "" {
		bw.printf("::%s::", giftEscapeText(q.Name))
	}
	gf := ""
	if q.Explanation != "" {
		gf = "####" + giftEscape(q.Explanation)
	}
	stem := giftEscape(q.Stem)
	fb := func(s string) string {
		if s == "" {
			return ""
		}
		return "#" + giftEscape(s)
	}
	switch q.Type {
	case quiz.Description:
		bw.printf("%s\n\n", stem)
	case quiz.Essay:
		bw.printf("%s{%s}\n\n", stem, gf)
	case quiz.TrueFalse:
		answer := q.Options[0].Correct
		wrong, right := 1, 0
		tf := "TRUE"
		if !answer {
			wrong, right, tf = 0, 1, "FALSE"
		}
		f := ""
		if q.Options[wrong].Feedback != "" {
			f = "#" + giftEscape(q.Options[wrong].Feedback)
		} else if q.Options[right].Feedback != "" {
			f = "#"
		}
		if q.Options[right].Feedback != "" {
			f += "#" + giftEscape(q.Options[right].Feedback)
		}
		bw.printf("%s{%s%s%s}\n\n", stem, tf, f, gf)
	case quiz.Single, quiz.Multi:
		bw.printf("%s{\n", stem)
		credits := q.Credits()
		for i, o := range q.Options {
			mark := "~"
			switch c := credits[i]; {
			case q.Type == quiz.Single && c == 1:
				mark = "="
			case c != 0:
				mark = "~%" + quiz.Percent(c) + "%"
			}
			bw.printf("\t%s%s%s\n", mark, giftEscape(o.Text), fb(o.Feedback))
		}
		writeGIFTGeneral(bw, gf)
	case quiz.Short:
		bw.printf("%s{\n", stem)
		for i, o := range shortAnswers(q) {
			bw.printf("\t=%%%s%%%s%s\n", quiz.Percent(q.ShortCredit(i)), giftEscape(o.Text), fb(o.Feedback))
		}
		writeGIFTGeneral(bw, gf)
	case quiz.Numerical:
		bw.printf("%s{#\n", stem)
		credits := q.Credits()
		for i, o := range q.Options {
			if o.Text == "*" {
				bw.printf("\t~#%s\n", giftEscape(o.Feedback))
				continue
			}
			bw.printf("\t=%%%s%%%s:%s%s\n", quiz.Percent(credits[i]), o.Text, quiz.FormatNumber(o.Tolerance), fb(o.Feedback))
		}
		writeGIFTGeneral(bw, gf)
	case quiz.Matching:
		bw.printf("%s{\n", stem)
		for _, o := range q.Options {
			bw.printf("\t=%s -> %s\n", giftEscape(o.Text), giftEscape(o.Match))
		}
		writeGIFTGeneral(bw, gf)
	}
}

func writeGIFTGeneral(bw *errWriter, gf string) {
	if gf != "" {
		bw.printf("\t%s\n", gf)
	}
	bw.printf("}\n\n")
}

// shortAnswers is a short-answer question's answers as options, in
// order: its Options, or one full-credit option per accepted answer.
func shortAnswers(q *quiz.Question) []quiz.Option {
	if len(q.Options) > 0 {
		return q.Options
	}
	var out []quiz.Option
	if len(q.Blanks) > 0 {
		for _, a := range q.Blanks[0] {
			out = append(out, quiz.Option{Text: a, Correct: true})
		}
	}
	return out
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
