package formats

import (
	"bufio"
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"sotay/library/quiz"
	"strings"
)

// Writing Moodle XML as Moodle's exporter writes it.

func clozeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `}`, `\}`, `#`, `\#`, `~`, `\~`, `/`, `\/`, `"`, `\"`, `{`, `\{`, `=`, `\=`, `%`, `\%`).Replace(s)
}

// writeMoodleXML writes sections as Moodle writes its export: a category
// question before each section, then its questions.
func writeMoodleXML(w io.Writer, sections []quiz.Section) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n")
	for _, sec := range sections {
		if len(sec.Path) > 0 && sec.Path[0] != "" {
			var parts []string
			for _, p := range sec.Path {
				parts = append(parts, strings.ReplaceAll(p, "/", "//"))
			}
			fmt.Fprintf(bw, "  <question type=\"category\">\n    <category>\n      <text>%s</text>\n    </category>\n  </question>\n\n", xmlEsc("$course$/top/"+strings.Join(parts, "/")))
		}
		for _, q := range sec.Questions {
			writeMXQuestion(bw, q)
		}
	}
	bw.WriteString("</quiz>\n")
	return bw.Flush()
}

func xmlEsc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return strings.ReplaceAll(b.String(), "&#xA;", "\n")
}

// mxHTML is plain text as Moodle HTML: escaped, a paragraph a line, with
// the pictures after it.
func mxHTML(s string, pics [][]byte, prefix string) (string, string) {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		b.WriteString("<p>" + html.EscapeString(l) + "</p>")
	}
	var files strings.Builder
	for i, p := range pics {
		ext := "png"
		if quiz.ImageKind(p) == "jpeg" {
			ext = "jpg"
		}
		name := fmt.Sprintf("%s-%d.%s", prefix, i+1, ext)
		fmt.Fprintf(&b, `<p><img src="@@PLUGINFILE@@/%s" alt=""></p>`, name)
		fmt.Fprintf(&files, "<file name=\"%s\" path=\"/\" encoding=\"base64\">%s</file>", name, base64.StdEncoding.EncodeToString(p))
	}
	return "<text><![CDATA[" + strings.ReplaceAll(b.String(), "]]>", "]]]]><![CDATA[>") + "]]></text>", files.String()
}

func writeMXQuestion(bw *bufio.Writer, q *quiz.Question) {
	mtype := map[quiz.Type]string{quiz.Single: "multichoice", quiz.Multi: "multichoice", quiz.TrueFalse: "truefalse", quiz.Short: "shortanswer",
		quiz.Numerical: "numerical", quiz.Matching: "matching", quiz.Essay: "essay", quiz.Description: "description", quiz.Cloze: "cloze"}[q.Type]
	fmt.Fprintf(bw, "  <question type=\"%s\">\n", mtype)
	name := q.Name
	if name == "" {
		name = firstWords(q.Stem, 60)
	}
	fmt.Fprintf(bw, "    <name>\n      <text>%s</text>\n    </name>\n", xmlEsc(name))
	stem := q.Stem
	if q.Type == quiz.Cloze {
		parts := quiz.SplitCloze(q.Stem)
		var b strings.Builder
		for i, p := range parts {
			b.WriteString(p)
			if i < len(q.Blanks) {
				var acc []string
				for _, a := range q.Blanks[i] {
					acc = append(acc, "="+clozeEscape(a))
				}
				fmt.Fprintf(&b, "{1:SHORTANSWER:%s}", strings.Join(acc, "~"))
			}
		}
		stem = b.String()
	}
	text, files := mxHTML(stem, q.ImagesOf(0), fmt.Sprintf("q%d", q.ID))
	fmt.Fprintf(bw, "    <questiontext format=\"html\">\n      %s%s\n    </questiontext>\n", text, files)
	gf, _ := mxHTML(q.Explanation, nil, "")
	if q.Explanation == "" {
		gf = "<text></text>"
	}
	fmt.Fprintf(bw, "    <generalfeedback format=\"html\">\n      %s\n    </generalfeedback>\n", gf)
	fmt.Fprintf(bw, "    <defaultgrade>%d</defaultgrade>\n", map[bool]int{true: 1, false: 0}[quiz.Scored(q.Type)])
	fmt.Fprintf(bw, "    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n    <idnumber>%s</idnumber>\n", xmlEsc(q.IDNumber))
	credits := q.Credits()
	answer := func(i int, o quiz.Option, text string, extra string) {
		fb := "<text></text>"
		if o.Feedback != "" {
			fb, _ = mxHTML(o.Feedback, nil, "")
		}
		fmt.Fprintf(bw, "    <answer fraction=\"%s\" format=\"html\">\n      %s\n      <feedback format=\"html\">\n        %s\n      </feedback>%s\n    </answer>\n",
			quiz.Percent(credits[i]), text, fb, extra)
	}
	switch q.Type {
	case quiz.Single, quiz.Multi:
		fmt.Fprintf(bw, "    <single>%t</single>\n    <shuffleanswers>%t</shuffleanswers>\n    <answernumbering>ABCD</answernumbering>\n", q.Type == quiz.Single, q.Shufflable())
		for i, o := range q.Options {
			t, f := mxHTML(o.Text, q.ImagesOf(i+1), fmt.Sprintf("q%d-a%d", q.ID, i+1))
			answer(i, o, t+f, "")
		}
	case quiz.TrueFalse:
		for i, o := range q.Options {
			answer(i, o, "<text>"+[]string{"true", "false"}[i]+"</text>", "")
		}
	case quiz.Short:
		bw.WriteString("    <usecase>0</usecase>\n")
		for i, o := range shortAnswers(q) {
			fb := "<text></text>"
			if o.Feedback != "" {
				fb, _ = mxHTML(o.Feedback, nil, "")
			}
			fmt.Fprintf(bw, "    <answer fraction=\"%s\" format=\"moodle_auto_format\">\n      <text>%s</text>\n      <feedback format=\"html\">\n        %s\n      </feedback>\n    </answer>\n",
				quiz.Percent(q.ShortCredit(i)), xmlEsc(o.Text), fb)
		}
	case quiz.Numerical:
		for i, o := range q.Options {
			answer(i, o, "<text>"+xmlEsc(o.Text)+"</text>", fmt.Sprintf("\n      <tolerance>%s</tolerance>", quiz.FormatNumber(o.Tolerance)))
		}
	case quiz.Matching:
		bw.WriteString("    <shuffleanswers>true</shuffleanswers>\n")
		for _, o := range q.Options {
			t := "<text></text>"
			if o.Text != "" {
				t, _ = mxHTML(o.Text, nil, "")
			}
			fmt.Fprintf(bw, "    <subquestion format=\"html\">\n      %s\n      <answer>\n        <text>%s</text>\n      </answer>\n    </subquestion>\n", t, xmlEsc(o.Match))
		}
	case quiz.Essay:
		bw.WriteString("    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n    <responsefieldlines>15</responsefieldlines>\n    <attachments>0</attachments>\n    <graderinfo format=\"html\">\n      <text></text>\n    </graderinfo>\n")
	}
	if len(q.Tags) > 0 {
		bw.WriteString("    <tags>\n")
		for _, t := range q.Tags {
			fmt.Fprintf(bw, "      <tag><text>%s</text></tag>\n", xmlEsc(t))
		}
		bw.WriteString("    </tags>\n")
	}
	if m := sotayMeta(q); m != "" {
		fmt.Fprintf(bw, "    <sotay>%s</sotay>\n", xmlEsc(strings.TrimSpace(m)))
	}
	bw.WriteString("  </question>\n\n")
}

// firstWords is the start of a text, for a name Moodle requires.
func firstWords(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}
