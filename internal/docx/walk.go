package docx

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// walker turns WordprocessingML into lines: a paragraph per line, a table
// row per line (cells separated by spaces).
type walker struct {
	styles   styles
	num      *numbering
	legacy   map[viet.Encoding]bool
	notes    map[string]string // footnote id → text
	noteNums []string          // footnote ids in the order the text cites them

	out      strings.Builder
	runes    int
	headings []Heading

	para     strings.Builder
	pStyle   string
	pNumID   string // the paragraph's own numbering (w:numPr), "" when none
	pIlvl    int
	saved    []savedPara // paragraphs a text box interrupted
	run      strings.Builder
	runFont  string
	marks    bool // wrap emphasised runs in MarkStart…MarkEnd
	inPPr    bool // inside paragraph properties: a run property there is the paragraph mark's
	runEmph  bool // the run is bold, underlined or red
	inText   bool
	cell     []string // cells of the current table row
	tblDepth int
	header   bool     // inside a table that opens the document: a letterhead
	body     int      // lines written outside tables
	depth    int      // paragraphs open (more than one inside a text box)
	noteID   string   // inside footnotes.xml: the footnote being read
	pics     []string // relationship ids of the pictures marked, in order
	behind   []bool   // … and whether each lies behind the text
	inBehind bool     // inside a drawing anchored behind the text
	numbered []string // paragraphs given an automatic label, label first
	object   int      // inside an embedded object (a formula): its depth
	objPic   bool     // the object's preview picture was marked
}

// savedPara is an outer paragraph a text box interrupted.
type savedPara struct {
	para, style, numID string
	ilvl               int
	run                string
	inPPr              bool
}

func (w *walker) walk(data []byte, footnotes bool) error {
	d := newScanner(data)
	for {
		tok, err := d.Token()
		if err != nil {
			if err.Error() == "EOF" {
				return nil
			}
			return fmt.Errorf("%w: %v", ErrNotDOCX, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "footnote":
				if footnotes {
					w.noteID = attr(t, "id")
					if typ := attr(t, "type"); typ != "" && typ != "normal" {
						w.noteID = ""
					}
				}
			case "p":
				if w.depth > 0 {
					// A paragraph inside a paragraph: a text box's text.
					// Keep the outer one and go on with it afterwards.
					w.saved = append(w.saved, savedPara{w.para.String(), w.pStyle, w.pNumID, w.pIlvl, w.run.String(), w.inPPr})
				}
				w.depth++
				w.para.Reset()
				w.pStyle, w.pNumID, w.pIlvl = "", "", 0
			case "numId":
				if w.inPPr {
					w.pNumID = attr(t, "val")
				}
			case "ilvl":
				if w.inPPr {
					w.pIlvl, _ = strconv.Atoi(attr(t, "val"))
				}
			case "anchor":
				w.inBehind = attr(t, "behindDoc") == "1" || attr(t, "behindDoc") == "true"
			case "blip":
				w.picture(attr(t, "embed"))
			case "imagedata":
				// VML: an old-style picture, or the preview of an object
				w.picture(attr(t, "id"))
				if w.object > 0 {
					w.objPic = true
				}
			case "object":
				w.object++
				w.objPic = false
			case "OLEObject":
				d.Skip() // the object's data: no text of the question's
			case "Fallback", "pPrChange", "rPrChange", "numberingChange":
				// mc:Fallback repeats mc:Choice (a text box read twice);
				// the others are what a tracked change replaced.
				d.Skip()
			case "pStyle":
				w.pStyle = attr(t, "val")
			case "r":
				w.run.Reset()
				w.runFont = ""
				w.runEmph = false
			case "pPr":
				w.inPPr = true
			case "b", "u", "color":
				if w.marks && !w.inPPr && emphasis(t) {
					w.runEmph = true
				}
			case "rFonts":
				if f := attr(t, "ascii"); f != "" {
					w.runFont = f
				} else if f := attr(t, "hAnsi"); f != "" {
					w.runFont = f
				}
			case "t":
				w.inText = true
			case "sym":
				w.run.WriteString(symbolChar(attr(t, "font"), attr(t, "char")))
			case "tab":
				w.run.WriteByte('\t') // a letterhead's two columns, else a space (endParagraph)
			case "br", "cr":
				// A line break parts a bank's question lines ("Câu 1 …⏎A.
				// …⏎Đáp án: B" in one paragraph) and a letterhead's lines
				// ("QUỐC HỘI⏎-------"); elsewhere it is a space
				// (endParagraph). A page or column break is a space.
				if t.Name.Local == "cr" || attr(t, "type") == "" || attr(t, "type") == "textWrapping" {
					w.run.WriteByte('\n')
				} else {
					w.run.WriteByte(' ')
				}
			case "footnoteReference":
				if !footnotes {
					w.noteNums = append(w.noteNums, attr(t, "id"))
					w.run.WriteString(fmt.Sprint(len(w.noteNums)))
				}
			case "tbl":
				w.tblDepth++
				// A table before any text is the letterhead laid out in
				// columns (issuer left, motto and date right): its cells
				// are lines of their own, not one row of words.
				w.header = w.tblDepth == 1 && w.body == 0 && !footnotes
			case "tr":
				w.cell = w.cell[:0]
			case "delText", "instrText":
				d.Skip()
			}
		case xml.CharData:
			if w.inText {
				w.run.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "anchor":
				w.inBehind = false
			case "object":
				if w.object--; !w.objPic {
					w.picture("") // an object with no preview
				}
				w.objPic = true
			case "t":
				w.inText = false
			case "pPr":
				w.inPPr = false
			case "r":
				text := w.convert(w.run.String())
				if w.runEmph && strings.TrimSpace(text) != "" {
					// each line of the run on its own: a mark never spans lines
					var b strings.Builder
					for i, part := range strings.Split(text, "\n") {
						if i > 0 {
							b.WriteByte('\n')
						}
						if strings.TrimSpace(part) != "" {
							part = string(MarkStart) + part + string(MarkEnd)
						}
						b.WriteString(part)
					}
					text = b.String()
				}
				w.para.WriteString(text)
			case "p":
				w.endParagraph(footnotes)
				w.depth--
				if n := len(w.saved); n > 0 && w.depth > 0 {
					sp := w.saved[n-1]
					w.saved = w.saved[:n-1]
					w.para.Reset()
					w.para.WriteString(sp.para)
					w.run.Reset()
					w.run.WriteString(sp.run)
					w.pStyle, w.pNumID, w.pIlvl, w.inPPr = sp.style, sp.numID, sp.ilvl, sp.inPPr
				}
			case "tc":
				// The cell's paragraphs were collected by endParagraph; in
				// a question bank (marks) a cell ends with a tab, so a
				// table of questions keeps its columns apart.
				if w.marks && w.tblDepth == 1 {
					w.cell = append(w.cell, "\t")
				}
			case "tr":
				if w.tblDepth > 0 && !w.header {
					row := strings.Join(w.cell, " ")
					if w.marks {
						row = strings.TrimRight(strings.ReplaceAll(row, " \t", "\t"), "\t ")
					}
					w.line(row, 0)
				}
				w.cell = w.cell[:0]
			case "tbl":
				w.tblDepth--
				if w.tblDepth == 0 {
					w.header = false
				}
			case "footnote":
				w.noteID = ""
			}
		}
	}
}

// picture marks a picture (relationship id rel) where it stands, when
// marking.
func (w *walker) picture(rel string) {
	if !w.marks {
		return
	}
	w.run.WriteRune(ImageMark)
	w.run.WriteRune(ImageIndex + rune(len(w.pics)))
	w.pics = append(w.pics, rel)
	w.behind = append(w.behind, w.inBehind)
}

// emphasis reports whether a run property element turns on bold,
// underline or a red colour.
func emphasis(e xml.StartElement) bool {
	val := strings.ToLower(attr(e, "val"))
	switch e.Name.Local {
	case "b":
		return val != "0" && val != "false" && val != "off"
	case "u":
		return val != "none" && val != "0"
	case "color":
		if len(val) != 6 {
			return false
		}
		rgb, err := strconv.ParseUint(val, 16, 32)
		if err != nil {
			return false
		}
		r, g, b := rgb>>16, rgb>>8&0xff, rgb&0xff
		return r >= 0xb0 && g < 0x70 && b < 0x70
	}
	return false
}

// convert turns a run typed in a legacy font into Unicode.
func (w *walker) convert(s string) string {
	font := w.runFont
	if font == "" {
		font = w.styles.byID[w.pStyle].font
	}
	if font == "" {
		font = w.styles.defaultFont
	}
	enc, upper := viet.LegacyFont(font)
	switch enc {
	case viet.VNI:
		w.legacy[enc] = true
		return viet.ConvertVNI(latin1(s))
	case viet.TCVN3:
		w.legacy[enc] = true
		return viet.ConvertTCVN3Font(latin1(s), upper)
	}
	return s
}

// latin1 maps the Windows-1252 characters Word shows for bytes 0x80–0x9F
// back to those bytes' Latin-1 runes, which the legacy tables use.
func latin1(s string) string {
	return strings.Map(func(r rune) rune {
		if b, ok := cp1252[r]; ok {
			return rune(b)
		}
		return r
	}, s)
}

var cp1252 = map[rune]byte{'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C,
	'ž': 0x9E, 'Ÿ': 0x9F}

func (w *walker) endParagraph(footnotes bool) {
	raw := w.para.String()
	w.para.Reset()
	if !footnotes && !w.marks && (w.header || w.body < 3 && w.tblDepth == 0 && strings.ContainsAny(raw, "\t\n") && isMotto(raw)) {
		// A letterhead: in a table, or two columns set with tabs
		// ("TRƯỜNG ĐẠI HỌC …⇥CỘNG HÒA XÃ HỘI …"); each part a line, rules
		// dropped.
		for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == '\t' || r == '\n' }) {
			if part = collapse(part); part != "" && !isRule(part) {
				if w.tblDepth > 0 && !w.header {
					w.cell = append(w.cell, part)
				} else {
					w.line(part, 0)
				}
			}
		}
		return
	}
	if !w.marks {
		raw = strings.ReplaceAll(raw, "\n", " ") // a line break inside a paragraph of text
	}
	text := collapse(strings.ReplaceAll(raw, "\t", " "))
	if footnotes {
		if w.noteID != "" && text != "" {
			if old := w.notes[w.noteID]; old != "" {
				text = old + " " + text
			}
			w.notes[w.noteID] = text
		}
		return
	}
	// Word's automatic number ("Điều 1.", "a)", "Câu 3:") goes before the
	// text, as it prints; the style may carry the numbering.
	numID, ilvl := w.pNumID, w.pIlvl
	if numID == "" {
		st := w.styles.byID[w.pStyle]
		numID, ilvl = st.numID, st.ilvl
	}
	if numID != "" && w.num != nil {
		if label := w.num.label(numID, ilvl); label != "" && text != "" {
			text = label + " " + text
			if label != "•" {
				w.numbered = append(w.numbered, text)
			}
		}
	}
	if isRule(text) {
		return // "--------", "_____": the rule under a letterhead line
	}
	if w.header {
		w.line(text, 0)
		return
	}
	if w.tblDepth > 0 {
		if text != "" {
			w.cell = append(w.cell, strings.ReplaceAll(text, "\n", " "))
		}
		return
	}
	if text != "" {
		w.body++
	}
	w.line(text, w.styles.byID[w.pStyle].level)
}

func (w *walker) line(text string, level int) {
	if text == "" {
		return
	}
	if level > 0 && level <= 9 {
		w.headings = append(w.headings, Heading{Offset: w.runes, Level: level})
	}
	w.out.WriteString(text)
	w.out.WriteByte('\n')
	w.runes += utf8.RuneCountInString(text) + 1
}

// text returns the lines, then the footnotes in the order they are cited.
func (w *walker) text() string {
	for i, id := range w.noteNums {
		if n := w.notes[id]; n != "" {
			w.line(fmt.Sprintf("%d %s", i+1, n), 0)
		}
	}
	return viet.NFC(strings.TrimRight(w.out.String(), "\n"))
}

// isRule reports a paragraph that is only a drawn line of dashes,
// underscores or equals signs.
func isRule(s string) bool {
	if len(s) < 3 {
		return false
	}
	for _, r := range s {
		if r != '-' && r != '_' && r != '=' && r != '–' && r != '—' && r != ' ' && r != '*' {
			return false
		}
	}
	return true
}

// collapse makes runs of white space one space, trimmed; line breaks
// (only a question bank keeps them) stay, empty lines go. One pass, no
// slices of words: it runs once per paragraph.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, line := false, false // a space or a line break is owed
	for _, r := range s {
		switch {
		case r == '\n':
			line = true
		case r == ' ' || r == '\t' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0xA0 || r > 0x1000 && unicode.IsSpace(r):
			space = true
		default:
			if b.Len() > 0 {
				if line {
					b.WriteByte('\n')
				} else if space {
					b.WriteByte(' ')
				}
			}
			space, line = false, false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isMotto reports text holding the national or Party motto: a letterhead.
func isMotto(s string) bool {
	u := strings.ToUpper(s)
	return strings.Contains(u, "CỘNG HÒA XÃ HỘI") || strings.Contains(u, "CỘNG HOÀ XÃ HỘI") ||
		strings.Contains(u, "ĐẢNG CỘNG SẢN VIỆT NAM") || strings.Contains(u, "ĐỘC LẬP")
}
