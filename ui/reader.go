package ui

import (
	"context"
	"regexp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// Reader shows one document's text in large, wrapped type, page by page,
// with its metadata above. Esc or the back button returns to the list.
type Reader struct {
	title  *widget.Label
	meta   *widget.Label
	body   *widget.RichText
	scroll *container.Scroll
	root   *fyne.Container
	docID  int64 // the document being shown; stale loads are dropped
}

func newReader(back func()) *Reader {
	r := &Reader{}
	r.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.title.Wrapping = fyne.TextWrapWord
	r.title.SizeName = theme.SizeNameSubHeadingText
	r.meta = widget.NewLabel("")
	r.meta.Wrapping = fyne.TextWrapWord
	r.body = widget.NewRichText()
	r.body.Wrapping = fyne.TextWrapWord
	backBtn := widget.NewButtonWithIcon(lang.X("reader.back", "Thư viện"), theme.NavigateBackIcon(), back)
	backBtn.Importance = widget.LowImportance
	r.scroll = container.NewVScroll(container.New(readableLayout{}, r.body))
	head := container.NewVBox(container.NewHBox(backBtn), r.title, r.meta, widget.NewSeparator())
	r.root = container.NewBorder(head, nil, nil, nil, r.scroll)
	r.root.Hide()
	return r
}

// CanvasObject is the reader's content.
func (r *Reader) CanvasObject() fyne.CanvasObject { return r.root }

func (r *Reader) visible() bool { return r.root.Visible() }

// readerLoad is what the reader loads off the UI goroutine.
type readerLoad struct {
	doc   library.Document
	pages []string
}

// open shows doc's title at once and loads its metadata and text in the
// background.
func (r *Reader) open(lib *library.Library, doc library.Summary) {
	r.docID = doc.ID
	r.title.SetText(doc.Title)
	r.meta.SetText("")
	r.body.Segments = []widget.RichTextSegment{&widget.TextSegment{
		Text: lang.X("reader.loading", "Đang tải văn bản…"), Style: widget.RichTextStyleParagraph}}
	r.body.Refresh()
	r.scroll.ScrollToTop()
	id := doc.ID
	async(func() (readerLoad, error) {
		ctx := context.Background()
		d, err := lib.Document(ctx, id)
		if err != nil {
			return readerLoad{}, err
		}
		pages, err := lib.Pages(ctx, id)
		return readerLoad{d, pages}, err
	}, func(l readerLoad, err error) {
		if r.docID != id {
			return // the user opened another document meanwhile
		}
		if err != nil {
			r.body.Segments = []widget.RichTextSegment{&widget.TextSegment{
				Text: errorMessage(err, l.doc.SourcePath).Error(), Style: widget.RichTextStyleParagraph}}
		} else {
			r.meta.SetText(metaLine(l.doc))
			r.body.Segments = pageSegments(l.pages)
		}
		r.body.Refresh()
		r.scroll.ScrollToTop()
	})
}

// text returns what the reader shows, for tests.
func (r *Reader) text() string {
	var b strings.Builder
	for _, s := range r.body.Segments {
		if t, ok := s.(*widget.TextSegment); ok {
			b.WriteString(t.Text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// metaLine is "Nghị quyết · Số 15-NQ/QU · 12/03/2025 · Quận ủy Tây Giang · 2 trang".
func metaLine(d library.Document) string {
	var parts []string
	if d.Kind != "" {
		parts = append(parts, d.Kind)
	}
	if d.Number != "" {
		parts = append(parts, lang.X("reader.number", "Số {{.N}}", map[string]string{"N": d.Number}))
	}
	if d.IssuedOn != "" {
		parts = append(parts, displayDate(d.IssuedOn))
	}
	if d.Issuer != "" {
		parts = append(parts, d.Issuer)
	}
	parts = append(parts, lang.X("reader.pages", "{{.N}} trang", map[string]int{"N": d.PageCount}))
	return strings.Join(parts, " · ")
}

// headingLine matches lines that structure a Vietnamese document: parts,
// chapters, articles, roman-numbered sections.
var headingLine = regexp.MustCompile(`^(Phần thứ|PHẦN THỨ|Chương [IVXLC\d]+|CHƯƠNG [IVXLC\d]+|Mục \d+|MỤC \d+|Điều \d+\.|[IVXLC]+\.\s)`)

var (
	styleHeading = widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}, ColorName: theme.ColorNameForeground, SizeName: theme.SizeNameText}
	stylePageNo  = widget.RichTextStyle{Alignment: fyne.TextAlignCenter, ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}
)

// pageSegments turns pages of text into paragraphs: one per line, headings
// (Chương, Điều, I., lines in capitals) in bold, a rule between pages.
func pageSegments(pages []string) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for i, page := range pages {
		if i > 0 {
			segs = append(segs, &widget.SeparatorSegment{},
				&widget.TextSegment{Text: lang.X("reader.page", "Trang {{.N}}", map[string]int{"N": i + 1}), Style: stylePageNo})
		}
		for line := range strings.Lines(page) {
			line = strings.TrimRight(line, "\n")
			if strings.TrimSpace(line) == "" {
				continue
			}
			style := widget.RichTextStyleParagraph
			if headingLine.MatchString(line) || isCapitals(line) {
				style = styleHeading
			}
			segs = append(segs, &widget.TextSegment{Text: line, Style: style})
		}
	}
	return segs
}

// isCapitals reports a line of at least two words written in capitals.
func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r > 0x7f && strings.ToUpper(string(r)) != string(r) {
			return false
		}
		if r >= 'A' && r <= 'Z' || r > 0x7f {
			letters++
		}
	}
	return letters >= 6 && strings.Contains(strings.TrimSpace(s), " ")
}
