package ui

import (
	"context"
	"fmt"
	"image/color"
	"os"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// Reader shows one document's text in large, wrapped type, page by page,
// with its metadata above. Opened from a search, it highlights the hits,
// scrolls to the first and steps through them (buttons, F3, Shift+F3). Esc
// or the back button returns to where the reader was opened from.
type Reader struct {
	title *widget.Label // the title and facts, shown as the view's first lines
	meta  *widget.Label
	view  *docView // the text: wrapped, drawn lazily, selectable
	root  *fyne.Container
	docID int64 // the document being shown; stale loads are dropped

	hitBar   *flowBox
	hitLabel *widget.Label
	doc      *library.Document // the loaded document, for editing and deleting
	onEdit   func(library.Document)
	onDelete func(library.Document)
	onError  func(err error, path string) // tells the user what went wrong
	onDraft  func(library.Document)       // propose questions from it; nil hides the button
	onReport func(library.Document)       // write the bản thu hoạch on it
	tools    *flowBox
	pageAt   []int     // the global rune offset where each page starts
	hits     []docMark // every hit in reading order
	cur      int       // the current hit

	outline   []library.Section
	outlineUI *outlinePanel
	original  string // the kept copy of the file, "" if none
	origBtn   *widget.Button

	lib       *library.Library
	win       fyne.Window
	shell     *Shell
	prefs     fyne.Preferences
	pageLabel *widget.Label // "Trang 3/12"
	notes     []library.Note
	posTimer  *time.Timer // keeps the reading position once scrolling stops

	more      []*fyne.MenuItem // the actions under "Thêm…"
	findBar   *fyne.Container
	findEntry *escEntry
	folded    [][]rune           // the paragraphs folded, for find; nil until needed
	target    *library.Note      // where to open the next document (from Ghi chú), selected
	menuAt    int                // the offset the right-click menu was opened over
	rels      []library.Relation // documents it cites and that cite it
	missing   []string           // what it cites that is not in the library
}

func newReader(back func(), onEdit, onDelete func(library.Document)) *Reader {
	r := &Reader{onEdit: onEdit, onDelete: onDelete}
	r.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.title.Wrapping = fyne.TextWrapWord
	r.title.SizeName = theme.SizeNameSubHeadingText
	r.meta = widget.NewLabel("")
	r.meta.Wrapping = fyne.TextWrapWord
	r.view = newDocView()
	r.view.onScroll = r.scrolled
	r.view.onMenu = r.showMenu
	r.view.onCopy = r.copySelection
	r.view.onZoom = r.zoom
	r.pageLabel = widget.NewLabel("")
	r.pageLabel.Hide()
	// the keys in the labels: Fyne has no tooltips
	smaller := widget.NewButtonWithIcon("Ctrl+-", theme.ZoomOutIcon(), func() { r.zoom(-1) })
	bigger := widget.NewButtonWithIcon("Ctrl+=", theme.ZoomInIcon(), func() { r.zoom(1) })
	smaller.Importance, bigger.Importance = widget.LowImportance, widget.LowImportance
	backBtn := widget.NewButtonWithIcon(withKey(lang.X("reader.back", "Quay lại"), "Esc"), theme.NavigateBackIcon(), back)
	backBtn.Importance = widget.LowImportance
	r.hitLabel = widget.NewLabel("")
	prev := widget.NewButtonWithIcon(lang.X("reader.prev_hit", "Trước (Shift+F3)"), theme.MoveUpIcon(), func() { r.step(-1) })
	next := widget.NewButtonWithIcon(lang.X("reader.next_hit", "Sau (F3)"), theme.MoveDownIcon(), func() { r.step(1) })
	r.hitBar = newFlowBox(r.hitLabel, prev, next)
	r.hitBar.Hide()
	edit := widget.NewButtonWithIcon(withKey(lang.X("reader.edit", "Sửa thông tin"), "F2"), theme.DocumentCreateIcon(), func() {
		if r.doc != nil {
			r.onEdit(*r.doc)
		}
	})
	edit.Importance = widget.LowImportance
	del := widget.NewButtonWithIcon(lang.X("reader.delete", "Xoá"), theme.DeleteIcon(), func() {
		if r.doc != nil {
			r.onDelete(*r.doc)
		}
	})
	del.Importance = widget.LowImportance
	r.outlineUI = newOutlinePanel(r.jumpTo)
	r.origBtn = widget.NewButtonWithIcon(lang.X("reader.original", "Mở bản gốc"), theme.FileIcon(), func() { r.openOriginal() })
	r.origBtn.Importance = widget.LowImportance
	r.origBtn.Hide()
	draft := widget.NewButtonWithIcon(lang.X("reader.draft", "Soạn câu hỏi"), theme.QuestionIcon(), func() {
		if r.doc != nil && r.onDraft != nil {
			r.onDraft(*r.doc)
		}
	})
	draft.Importance = widget.LowImportance
	reportBtn := widget.NewButtonWithIcon(lang.X("reader.report", "Viết thu hoạch"), theme.DocumentCreateIcon(), func() {
		if r.doc != nil && r.onReport != nil {
			r.flushPosition()
			r.onReport(*r.doc)
		}
	})
	reportBtn.Importance = widget.LowImportance
	printBtn := widget.NewButtonWithIcon(lang.X("reader.print", "In / Xuất PDF"), theme.DocumentPrintIcon(), r.printPDF)
	printBtn.Importance = widget.LowImportance
	linkBtn := widget.NewButtonWithIcon(lang.X("reader.link", "Liên kết văn bản…"), theme.MailForwardIcon(), r.linkDocument)
	linkBtn.Importance = widget.LowImportance
	// The actions used less often wait in "Thêm…", so the tools take
	// two rows, not three, at the largest text (the text needs the room).
	r.more = []*fyne.MenuItem{
		fyne.NewMenuItem(draft.Text, draft.OnTapped),
		fyne.NewMenuItem(printBtn.Text, printBtn.OnTapped),
		fyne.NewMenuItem(linkBtn.Text, linkBtn.OnTapped),
		fyne.NewMenuItem(r.origBtn.Text, r.origBtn.OnTapped),
		fyne.NewMenuItem(edit.Text, edit.OnTapped),
		fyne.NewMenuItem(del.Text, del.OnTapped),
	}
	var moreBtn *widget.Button
	moreBtn = widget.NewButtonWithIcon(lang.X("reader.more", "Thêm…"), theme.MoreHorizontalIcon(), func() {
		c := fyne.CurrentApp().Driver().CanvasForObject(moreBtn)
		if c == nil {
			return
		}
		items := r.more
		if r.original == "" {
			items = slices.DeleteFunc(slices.Clone(items), func(it *fyne.MenuItem) bool { return it.Label == r.origBtn.Text })
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(moreBtn).AddXY(0, moreBtn.Size().Height)
		widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, pos)
	})
	moreBtn.Importance = widget.LowImportance
	r.tools = newFlowBox(backBtn, r.outlineUI.toggle, reportBtn, moreBtn, smaller, bigger, r.pageLabel)
	// The title and the facts are the view's first lines and scroll away
	// with the text: on a small screen at the largest text they took 400
	// of 600 px. The tools and the search-hit bar stay, wrapping onto more
	// rows rather than running off a narrow window.
	r.findBar = r.newFindBar()
	head := container.NewVBox(r.tools, r.findBar, r.hitBar)
	r.root = border(head, nil, r.outlineUI.panel, nil, r.view)
	r.root.Hide()
	return r
}

// CanvasObject is the reader's content.
func (r *Reader) CanvasObject() fyne.CanvasObject { return r.root }

func (r *Reader) visible() bool { return r.root.Visible() }

// readerLoad is what the reader loads off the UI goroutine.
type readerLoad struct {
	doc      library.Document
	pages    []string
	spans    [][]library.Span // hits per page
	outline  []library.Section
	original string
	readAt   int // where the reader was last time
	rels     []library.Relation
	missing  []string // cited, not in the library
}

// open shows doc's title at once and loads its metadata and text in the
// background; with m (from a search) the hits are found and highlighted.
func (r *Reader) open(lib *library.Library, doc library.Summary, m *library.Matcher) {
	r.flushPosition()
	r.docID, r.doc, r.lib, r.notes, r.folded, r.rels, r.missing = doc.ID, nil, lib, nil, nil, nil, nil
	r.hideBar(r.findBar)
	r.title.SetText(doc.Title)
	r.meta.SetText("")
	r.setMessage(lang.X("reader.loading", "Đang tải văn bản…"))
	r.hits, r.cur = nil, 0
	r.hideBar(r.hitBar)
	id := doc.ID
	began := time.Now()
	async(func() (readerLoad, error) {
		ctx := context.Background()
		d, err := lib.Document(ctx, id)
		if err != nil {
			return readerLoad{}, err
		}
		pages, err := lib.Pages(ctx, id)
		if err != nil {
			return readerLoad{}, err
		}
		outline, err := lib.Outline(ctx, id)
		l := readerLoad{doc: d, pages: pages, outline: outline, original: lib.OriginalPath(d)}
		if err == nil {
			l.readAt, _, err = lib.ReadingPosition(ctx, id)
		}
		if err == nil {
			l.rels, err = lib.Relations(ctx, id)
		}
		if err == nil {
			l.missing, err = lib.Unresolved(ctx, id)
		}
		if m != nil {
			for _, p := range pages {
				l.spans = append(l.spans, m.Find(p))
			}
		}
		return l, err
	}, func(l readerLoad, err error) {
		if r.docID != id {
			return // the user opened another document meanwhile
		}
		if err != nil {
			r.setMessage(errorMessage(err, l.doc.SourcePath).Error())
			return
		}
		r.doc = &l.doc
		r.title.SetText(l.doc.Title)
		r.meta.SetText(metaLine(l.doc))
		r.original = l.original
		if l.original != "" {
			r.origBtn.Show()
		} else {
			r.origBtn.Hide()
		}
		r.outline = l.outline
		r.rels, r.missing = l.rels, l.missing
		r.outlineUI.set(l.outline)
		r.applyScale()
		r.show(l.pages, l.spans)
		switch t := r.target; {
		case t != nil && t.DocumentID == id:
			r.view.scrollTo(t.Start, 1.0/3) // from Ghi chú: at the mark, selected
			if !t.Lost && t.Kind != library.NoteBookmark {
				r.view.anchor, r.view.caret = t.Start, t.End
			}
		case len(r.hits) == 0 && l.readAt > 0:
			r.view.scrollTo(l.readAt, 0) // back where the reader left off
		}
		r.target = nil
		r.scrolled()
		if traceReader {
			// SOTAY_TRACE=1: how long opening took, for docs/PERFORMANCE.md
			fmt.Fprintf(os.Stderr, "reader: %d pages, %d paragraphs shown %.1f ms after the click\n",
				len(l.pages), len(r.view.paras), float64(time.Since(began).Microseconds())/1000)
		}
		r.loadNotes()
		if r.win != nil {
			r.win.Canvas().Focus(r.view) // PgDn, Space and arrows read on at once
		}
	})
}

var traceReader = os.Getenv("SOTAY_TRACE") != ""

// flushPosition keeps the reading position now (the reader closes or
// opens another document).
// It returns the document and how far it was read, 0 if unknown.
func (r *Reader) flushPosition() (int64, int) {
	if r.lib == nil || r.docID == 0 || len(r.pageAt) == 0 {
		return 0, 0
	}
	lib, id, off := r.lib, r.docID, r.view.topOffset()
	pct := int(r.view.fraction()*100 + 0.5)
	if r.view.fraction() > 0.985 {
		pct = 100
	}
	if r.posTimer != nil && r.posTimer.Stop() {
		async(func() (struct{}, error) {
			return struct{}{}, lib.SetReadingPosition(context.Background(), id, off, pct)
		}, func(struct{}, error) {})
	}
	r.posTimer = nil
	return id, pct
}

func (r *Reader) setMessage(text string) {
	r.pageAt, r.hits, r.cur = nil, nil, 0
	r.view.setParas(append(r.header(), docPara{runes: []rune(text), kind: paraText}))
}

// header is the title and facts as the view's first lines, then the
// related documents, each opened by a click.
func (r *Reader) header() []docPara {
	out := []docPara{{runes: []rune(r.title.Text), kind: paraTitle}}
	for _, l := range strings.Split(r.meta.Text, "\n") {
		if l != "" {
			out = append(out, docPara{runes: []rune(l), kind: paraMeta})
		}
	}
	for _, rel := range r.rels {
		key := "relations.out." + rel.Kind
		if rel.Incoming {
			key = "relations.in." + rel.Kind
		}
		label := []rune(lang.X(key, rel.Kind))
		label[0] = unicode.ToUpper(label[0])
		text := string(label) + ": " + rel.Other.Title
		out = append(out, docPara{runes: []rune(text), kind: paraLink, link: rel.Other.ID})
	}
	if len(r.missing) > 0 {
		// not links: the documents are not here (a hint says how to get them)
		text := lang.X("reader.missing", "Có nhắc đến, chưa có trong thư viện (nhập văn bản đó để mở từ đây): {{.L}}",
			map[string]string{"L": strings.Join(r.missing, "; ")})
		out = append(out, docPara{runes: []rune(text), kind: paraMeta, hint: true})
	}
	return out
}

// show lays out the pages as paragraphs, headings in bold, the page number
// between pages, hits highlighted; then goes to the first hit. Offsets
// are global: the pages joined by form feeds, as `sotayctl show --text`
// prints them and notes keep them.
func (r *Reader) show(pages []string, spans [][]library.Span) {
	paras := r.header()
	r.pageAt, r.hits, r.cur = make([]int, len(pages)), nil, 0
	global := 0
	for i, page := range pages {
		r.pageAt[i] = global
		if i > 0 {
			paras = append(paras, docPara{runes: []rune(lang.X("reader.page", "Trang {{.N}}", map[string]int{"N": i + 1})), kind: paraPage, page: i, start: global})
		}
		var pageSpans []library.Span
		if i < len(spans) {
			pageSpans = spans[i]
		}
		byteOff, runeOff := 0, 0
		for line := range strings.Lines(page) {
			start, runeStart := byteOff, runeOff
			byteOff += len(line)
			runeOff += utf8.RuneCountInString(line)
			line = strings.TrimRight(line, "\r\n")
			if strings.TrimSpace(line) == "" || ruleLine.MatchString(line) {
				continue // (a letterhead's drawn rule, "-------", says nothing: round 24)
			}
			if n := len(paras); n > 0 && !paras[n-1].kind.decor() && strings.TrimSpace(line) == strings.TrimSpace(string(paras[n-1].runes)) {
				continue // a web page's headline three times over, once (round 26)
			}
			p := docPara{runes: []rune(line), kind: paraText, page: i, start: global + runeStart}
			if headingLine.MatchString(line) || isCapitals(line) {
				p.kind = paraHeading
			}
			for _, sp := range pageSpans {
				if sp.Start >= start && sp.End <= start+len(line) {
					from := p.start + utf8.RuneCountInString(line[:sp.Start-start])
					to := from + utf8.RuneCountInString(line[sp.Start-start:sp.End-start])
					r.hits = append(r.hits, docMark{from: from, to: to, color: hitColor()})
				}
			}
			paras = append(paras, p)
		}
		global += runeOff + 1 // the form feed
	}
	r.view.setParas(paras)
	r.view.marks = r.hits
	if len(r.hits) > 0 {
		r.showBar(r.hitBar)
		r.goTo(0)
	}
}

// hitColor and curHitColor are the backgrounds of search hits and the
// current one.
func hitColor() color.Color {
	c := color.NRGBAModel.Convert(theme.Color(theme.ColorNamePrimary)).(color.NRGBA)
	c.A = 0x50
	return c
}

func curHitColor() color.Color {
	c := color.NRGBAModel.Convert(theme.Color(theme.ColorNameWarning)).(color.NRGBA)
	c.A = 0xa0
	return c
}

// step moves to the next (+1) or previous (-1) hit, wrapping around.
func (r *Reader) step(d int) {
	if len(r.hits) == 0 || !r.visible() {
		return
	}
	r.goTo((r.cur + d + len(r.hits)) % len(r.hits))
}

// goTo makes hit i current, highlights it and scrolls it into view, a
// third of the way down the reader.
func (r *Reader) goTo(i int) {
	r.cur = i
	h := r.hits[i]
	r.view.cur = docMark{from: h.from, to: h.to, color: curHitColor()}
	r.hitLabel.SetText(lang.X("reader.hit", "Kết quả {{.I}}/{{.N}}", map[string]int{"I": i + 1, "N": len(r.hits)}))
	r.view.scrollTo(h.from, 1.0/3)
}

// text returns the document's text as the reader shows it (page numbers
// included, title and facts not), for tests.
func (r *Reader) text() string {
	var b strings.Builder
	for _, p := range r.view.paras {
		if p.kind == paraTitle || p.kind == paraMeta {
			continue
		}
		b.WriteString(string(p.runes))
		b.WriteByte('\n')
	}
	return b.String()
}
