package formats

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"image"
	"image/gif"
	"image/png"
	"io"
	"regexp"
	"sotay/library/quiz"
	"strconv"
	"strings"
)

// Moodle XML (question/format/xml/format.php in moodle/moodle) is Moodle's
// richest exchange format and its default export. We read and write every
// type we hold: multichoice (single or not), truefalse, shortanswer,
// numerical, matching, essay, description and cloze (its SHORTANSWER
// blanks), categories, tags, id numbers, feedback per answer, general
// feedback, and pictures embedded as base64. HTML becomes safe plain text.

type mxText struct {
	Format string   `xml:"format,attr"`
	Text   string   `xml:"text"`
	Files  []mxFile `xml:"file"`
}

type mxFile struct {
	Name     string `xml:"name,attr"`
	Encoding string `xml:"encoding,attr"`
	Data     string `xml:",chardata"`
}

type mxAnswer struct {
	Fraction  string   `xml:"fraction,attr"`
	Format    string   `xml:"format,attr"`
	Text      string   `xml:"text"`
	Files     []mxFile `xml:"file"`
	Feedback  mxText   `xml:"feedback"`
	Tolerance string   `xml:"tolerance"`
}

type mxSub struct {
	Format string   `xml:"format,attr"`
	Text   string   `xml:"text"`
	Files  []mxFile `xml:"file"`
	Answer struct {
		Text string `xml:"text"`
	} `xml:"answer"`
}

type mxQuestion struct {
	Type     string `xml:"type,attr"`
	Category struct {
		Text string `xml:"text"`
	} `xml:"category"`
	Name struct {
		Text string `xml:"text"`
	} `xml:"name"`
	QuestionText    mxText `xml:"questiontext"`
	GeneralFeedback mxText `xml:"generalfeedback"`
	GraderInfo      mxText `xml:"graderinfo"`
	IDNumber        string `xml:"idnumber"`
	Single          string `xml:"single"`
	UseCase         string `xml:"usecase"`
	// Image and ImageBase64 are Moodle 1.9's picture of the question.
	Image       string     `xml:"image"`
	ImageBase64 string     `xml:"image_base64"`
	Answers     []mxAnswer `xml:"answer"`
	Subs        []mxSub    `xml:"subquestion"`
	Tags        []struct {
		Text string `xml:"text"`
	} `xml:"tags>tag"`
	Units []struct {
		Name string `xml:"unit_name"`
	} `xml:"units>unit"`
	Sotay string `xml:"sotay"`
}

// ParseMoodleXML reads a Moodle XML file. Each question comes with the
// line of its <question> element; a type we cannot hold is a problem.
func ParseMoodleXML(data []byte) ([]quiz.Item, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		if l := strings.ToLower(label); l == "utf-8" || l == "utf8" || l == "" {
			return r, nil
		}
		return nil, quiz.Failure(ErrFormat, "f_xml_charset", "Charset", label)
	}
	var items []quiz.Item
	sawQuiz := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			if !sawQuiz {
				return nil, quiz.Failure(ErrFormat, "f_not_moodle_xml").Because(err)
			}
			items = append(items, quiz.Item{Line: line, Err: xmlFault(err).AtLine(line)})
			return items, nil
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "quiz":
			sawQuiz = true
		case "question":
			if !sawQuiz {
				return nil, quiz.Failure(ErrFormat, "f_xml_no_quiz")
			}
			line, _ := dec.InputPos()
			var mq mxQuestion
			if err := dec.DecodeElement(&mq, &se); err != nil {
				items = append(items, quiz.Item{Line: line, Err: xmlFault(err).AtLine(line)})
				return items, nil
			}
			for _, a := range se.Attr {
				if a.Name.Local == "type" {
					mq.Type = a.Value
				}
			}
			items = append(items, mq.item(line))
		}
	}
	if !sawQuiz {
		return nil, quiz.Failure(ErrFormat, "f_xml_no_quiz")
	}
	return items, nil
}

func (mq *mxQuestion) item(line int) quiz.Item {
	failF := func(f *quiz.Fault) quiz.Item { return quiz.Item{Line: line, Err: f.AtLine(line)} }
	if mq.Type == "category" {
		return quiz.Item{Line: line, Category: CategoryPath(mq.Category.Text)}
	}
	q := &quiz.Question{Name: quiz.Tidy(mq.Name.Text), IDNumber: quiz.Tidy(mq.IDNumber)}
	for _, t := range mq.Tags {
		q.Tags = append(q.Tags, t.Text)
	}
	if mq.Sotay != "" {
		readSotayMeta(q, mq.Sotay)
	}
	var notes []*quiz.Fault
	note := func(missing []string) {
		for _, n := range missing {
			notes = append(notes, quiz.NewFault("xml_picture_missing", "Name", n))
		}
	}
	if mq.Type == "shortanswer" && strings.TrimSpace(mq.UseCase) == "1" {
		// Moodle tells "Hà Nội" from "hà nội" here; Sổ tay's grading
		// never does (typed answers compare without case).
		notes = append(notes, quiz.NewFault("xml_usecase"))
	}
	stem, pics, missing, err := mxContent(mq.QuestionText.Format, mq.QuestionText.Text, mq.QuestionText.Files)
	note(missing)
	if err != nil {
		return quiz.FaultItem(line, err)
	}
	q.Stem = stem
	for _, p := range pics {
		q.Images = append(q.Images, quiz.Image{Part: 0, Data: p})
	}
	if name := strings.TrimSpace(mq.Image); name != "" || strings.TrimSpace(mq.ImageBase64) != "" {
		// Moodle 1.9's picture of the question, after its text.
		data, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(mq.ImageBase64), ""))
		if err != nil || len(data) == 0 {
			notes = append(notes, quiz.NewFault("xml_picture_missing", "Name", name))
		} else if p, err := asPNGorJPEG(data); err != nil {
			return quiz.FaultItem(line, quiz.NewFault("picture_unread", "Name", name, "Why", err))
		} else {
			q.Images = append(q.Images, quiz.Image{Part: 0, Data: p}) // shown under the text
		}
	}
	q.Explanation, _, _, _ = mxContent(mq.GeneralFeedback.Format, mq.GeneralFeedback.Text, nil)
	answer := func(a mxAnswer) (quiz.Option, error) {
		text, pics, missing, err := mxContent(a.Format, a.Text, a.Files)
		note(missing)
		if err != nil {
			return quiz.Option{}, err
		}
		fb, _, _, _ := mxContent(a.Feedback.Format, a.Feedback.Text, nil)
		f, err := mxFraction(a.Fraction)
		if err != nil {
			return quiz.Option{}, err
		}
		for _, p := range pics {
			q.Images = append(q.Images, quiz.Image{Part: len(q.Options) + 1, Data: p})
		}
		return quiz.Option{Text: text, Feedback: fb, Fraction: f}, nil
	}
	switch mq.Type {
	case "multichoice", "truefalse", "shortanswer", "numerical":
		for _, a := range mq.Answers {
			o, err := answer(a)
			if err != nil {
				return quiz.FaultItem(line, err)
			}
			if mq.Type == "numerical" {
				o.Text = strings.TrimSpace(a.Text)
				if t := strings.TrimSpace(a.Tolerance); t != "" {
					tol, ok := quiz.ParseNumber(t)
					if !ok {
						return failF(quiz.NewFault("bad_tolerance_text", "Text", t))
					}
					o.Tolerance = tol
				}
			}
			q.Options = append(q.Options, o)
		}
	}
	switch mq.Type {
	case "multichoice":
		q.Type = quiz.Single
		if s := strings.ToLower(strings.TrimSpace(mq.Single)); s == "false" || s == "0" {
			q.Type = quiz.Multi
		}
	case "truefalse":
		q.Type = quiz.TrueFalse
		if len(q.Options) != 2 {
			return failF(quiz.NewFault("xml_tf_answers"))
		}
		if strings.EqualFold(q.Options[0].Text, "false") {
			q.Options[0], q.Options[1] = q.Options[1], q.Options[0]
		}
		q.Options[0].Text, q.Options[1].Text = "Đúng", "Sai"
		q.Options[0].Fraction = float64(int(q.Options[0].Fraction + 0.5))
		q.Options[1].Fraction = 1 - q.Options[0].Fraction
	case "shortanswer":
		q.Type = quiz.Short
	case "numerical":
		q.Type = quiz.Numerical
		if len(mq.Units) > 0 && !(len(mq.Units) == 1 && strings.TrimSpace(mq.Units[0].Name) == "") {
			return failF(quiz.NewFault("xml_units", "Unit", mq.Units[0].Name))
		}
	case "matching", "match":
		q.Type = quiz.Matching
		for _, s := range mq.Subs {
			text, pics, missing, err := mxContent(s.Format, s.Text, s.Files)
			note(missing)
			if err != nil {
				return quiz.FaultItem(line, err)
			}
			if len(pics) > 0 {
				return failF(quiz.NewFault("xml_matching_picture"))
			}
			q.Options = append(q.Options, quiz.Option{Text: text, Match: quiz.Tidy(s.Answer.Text)})
		}
	case "essay":
		q.Type = quiz.Essay
		if q.Explanation == "" {
			q.Explanation, _, _, _ = mxContent(mq.GraderInfo.Format, mq.GraderInfo.Text, nil)
		}
	case "description":
		q.Type = quiz.Description
	case "cloze", "multianswer":
		var converted, partial []string
		if err := mxCloze(q, &converted, &partial); err != nil {
			return failF(err)
		}
		if len(converted) > 0 {
			notes = append(notes, quiz.NewFault("xml_cloze_typed", "Kinds", strings.Join(converted, ", ")))
		}
		if len(partial) > 0 {
			notes = append(notes, quiz.NewFault("xml_cloze_partial", "Answers", "“"+strings.Join(partial, "”, “")+"”"))
		}
	default:
		return failF(quiz.NewFault("xml_unknown_type", "Type", mq.Type))
	}
	if q.Name == firstWords(q.Stem, 60) {
		q.Name = "" // the name Moodle requires, made from the text: none
	}
	it := finishItem(line, q)
	if it.Err == nil {
		it.Notes = append(notes, it.Notes...)
	}
	return it
}

// xmlFault says in words what encoding/xml says in English: a file cut
// short, or broken at a line. The questions before it were read.
func xmlFault(err error) *quiz.Fault {
	var se *xml.SyntaxError
	at := 0
	if errors.As(err, &se) {
		at = se.Line
		if strings.Contains(se.Msg, "unexpected EOF") {
			return quiz.NewFault("xml_truncated", "At", at)
		}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return quiz.NewFault("xml_truncated", "At", at)
	}
	return quiz.NewFault("xml_syntax", "At", at)
}

// mxFraction reads fraction="33.33333" as 0.3333333.
func mxFraction(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, quiz.NewFault("weight_not_number", "Text", s)
	}
	return f / 100, nil
}

var mxImgRE = regexp.MustCompile(`(?i)<img\s[^>]*src="@@PLUGINFILE@@/([^"]+)"[^>]*>`)

// mxContent turns a Moodle text into plain text and its pictures: HTML
// made text (pictures cut out, in order), other formats as written.
func mxContent(format, text string, files []mxFile) (string, [][]byte, []string, error) {
	byName := map[string][]byte{}
	var order []string
	for _, f := range files {
		if !strings.EqualFold(f.Encoding, "base64") {
			continue
		}
		data, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(f.Data), ""))
		if err != nil {
			return "", nil, nil, quiz.NewFault("picture_base64", "Name", f.Name)
		}
		byName[f.Name] = data
		order = append(order, f.Name)
	}
	var pics [][]byte
	var missing []string
	used := map[string]bool{}
	take := func(name string) error {
		data, ok := byName[name]
		if !ok {
			missing = append(missing, name)
			return nil
		}
		if used[name] {
			return nil
		}
		used[name] = true
		p, err := asPNGorJPEG(data)
		if err != nil {
			return quiz.NewFault("picture_unread", "Name", name, "Why", err)
		}
		pics = append(pics, p)
		return nil
	}
	var perr error
	switch format {
	case "html", "":
		if format == "" && !strings.Contains(text, "<") {
			break
		}
		text = mxImgRE.ReplaceAllStringFunc(text, func(m string) string {
			name := mxImgRE.FindStringSubmatch(m)[1]
			if n, err := urlUnescape(name); err == nil {
				name = n
			}
			if err := take(name); err != nil && perr == nil {
				perr = err
			}
			return ""
		})
		text = htmlToText(text)
	case "markdown":
		text = markdownToText(text)
	}
	for _, n := range order {
		if used[n] {
			continue
		}
		if err := take(n); err != nil && perr == nil {
			perr = err
		}
	}
	return quiz.TidyLines(text), pics, missing, perr
}

func urlUnescape(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			v, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				return s, err
			}
			b.WriteByte(byte(v))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String(), nil
}

// asPNGorJPEG keeps PNG and JPEG and turns a GIF into PNG; other kinds
// (SVG, WebP) are refused.
func asPNGorJPEG(data []byte) ([]byte, error) {
	switch quiz.ImageKind(data) {
	case "png", "jpeg":
		return data, nil
	}
	if bytes.HasPrefix(data, []byte("GIF8")) {
		img, err := gif.Decode(bytes.NewReader(data))
		if err != nil {
			return nil, quiz.NewFault("picture_bad_gif")
		}
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
	if _, kind, err := image.DecodeConfig(bytes.NewReader(data)); err == nil {
		return nil, quiz.NewFault("picture_kind_unsupported", "Kind", kind)
	}
	return nil, quiz.NewFault("picture_not_image")
}
