package ui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// searchDelay is how long the search waits after a keystroke before it
// runs, so that typing a word runs one search, not one per letter.
var searchDelay = 150 * time.Millisecond

// searchLimit is how many results the screen shows.
const searchLimit = 100

// SearchScreen is the Tìm kiếm place: full-text search as you type, with
// or without diacritics, filters by kind and year, results with snippets.
type SearchScreen struct {
	open    func(library.Summary, *library.Matcher)
	entry   *escEntry
	kind    *widget.Select
	year    *widget.Select
	status  *widget.Label
	list    *keyList
	root    fyne.CanvasObject
	lib     *library.Library
	cat     *catalog
	res     *library.SearchResult
	results []library.Hit
	gen     int             // generation of the newest query; older results are dropped
	ctx     context.Context // the search under way
	cancel  context.CancelFunc
}

func newSearchScreen(w fyne.Window, open func(library.Summary, *library.Matcher)) *SearchScreen {
	s := &SearchScreen{open: open}
	s.entry = newEscEntry(w, nil)
	s.entry.SetPlaceHolder(lang.X("search.placeholder", "Gõ từ cần tìm, có dấu hay không dấu đều được (Ctrl+F)"))
	s.entry.OnChanged = func(string) { s.schedule() }
	s.entry.OnSubmitted = func(string) { s.run() }
	s.entry.onDown = func() {
		// Down from the search box goes into the results; arrows move,
		// Enter opens.
		if len(s.results) > 0 {
			w.Canvas().Focus(s.list)
		}
	}
	s.kind = newSelect(nil, func(string) { s.run() })
	s.year = newSelect(nil, func(string) { s.run() })
	s.setFilterOptions(nil)
	s.status = widget.NewLabel("")
	s.status.Wrapping = fyne.TextWrapWord
	s.showHint()
	s.list = newKeyList(func() int { return len(s.results) }, newResultRow,
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(s.results) {
				setResultRow(o, s.results[id])
			}
		})
	s.list.OnSelected = func(id widget.ListItemID) {
		s.list.UnselectAll()
		if id < len(s.results) {
			h := s.results[id]
			s.open(library.Summary{ID: h.ID, Title: h.Title, Kind: h.Kind, Number: h.Number, IssuedOn: h.IssuedOn}, s.res.Matcher)
		}
	}
	head := widget.NewLabelWithStyle(lang.X("nav.search", "Tìm kiếm"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	filters := container.NewHBox(widget.NewLabel(lang.X("search.kind", "Loại")), s.kind,
		widget.NewLabel(lang.X("search.year", "Năm")), s.year)
	top := container.NewVBox(head, s.entry, filters, s.status)
	s.root = border(top, nil, nil, nil, s.list)
	return s
}

// CanvasObject is the screen's content.
func (s *SearchScreen) CanvasObject() fyne.CanvasObject { return s.root }

func (s *SearchScreen) focus(w fyne.Window) { w.Canvas().Focus(s.entry) }

// setLibrary gives the screen the library to search and its documents
// (for the filter choices), and searches again.
func (s *SearchScreen) setLibrary(lib *library.Library, cat *catalog) {
	s.lib, s.cat = lib, cat
	s.setFilterOptions(cat)
	s.run()
}

// setFilterOptions fills the kind and year choices from the documents.
func (s *SearchScreen) setFilterOptions(cat *catalog) {
	kinds := map[string]bool{}
	years := map[string]bool{}
	if cat != nil {
		for _, d := range cat.docs {
			if d.Kind != "" {
				kinds[d.Kind] = true
			}
			if len(d.IssuedOn) >= 4 {
				years[d.IssuedOn[:4]] = true
			}
		}
	}
	allKinds, allYears := lang.X("search.any_kind", "Mọi loại"), lang.X("search.any_year", "Mọi năm")
	ko := []string{allKinds}
	for k := range kinds {
		ko = append(ko, k)
	}
	slices.Sort(ko[1:])
	yo := []string{allYears}
	for y := range years {
		yo = append(yo, y)
	}
	slices.Sort(yo[1:])
	slices.Reverse(yo[1:])
	for _, sel := range []*widget.Select{s.kind, s.year} {
		cb := sel.OnChanged
		sel.OnChanged = nil
		if sel == s.kind {
			sel.Options = ko
		} else {
			sel.Options = yo
		}
		if !slices.Contains(sel.Options, sel.Selected) {
			sel.SetSelectedIndex(0)
		}
		sel.Refresh()
		sel.OnChanged = cb
	}
}

func (s *SearchScreen) filters() library.Filters {
	var f library.Filters
	if s.kind.SelectedIndex() > 0 {
		f.Kind = s.kind.Selected
	}
	if s.year.SelectedIndex() > 0 {
		fmt.Sscan(s.year.Selected, &f.Year)
	}
	return f
}

// schedule runs the search once the user pauses typing.
func (s *SearchScreen) schedule() {
	s.gen++
	gen := s.gen
	inflight.Add(1)
	time.AfterFunc(searchDelay, func() {
		deliver(func() {
			defer inflight.Add(-1)
			if gen == s.gen {
				s.run()
			}
		})
	})
}

// run searches off the UI goroutine; only the newest query's answer is
// shown.
func (s *SearchScreen) run() {
	s.gen++
	s.stop() // the query typed before this one is not worth finishing
	gen, query, lib, filters := s.gen, s.entry.Text, s.lib, s.filters()
	if strings.TrimSpace(query) == "" || lib == nil {
		s.res, s.results = nil, nil
		s.list.Refresh()
		s.showHint()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.ctx, s.cancel = ctx, cancel
	async(func() (*library.SearchResult, error) {
		return lib.Search(ctx, query, library.SearchOptions{Limit: searchLimit, Filters: filters, LazyCount: true})
	}, func(res *library.SearchResult, err error) {
		if gen != s.gen || errors.Is(err, context.Canceled) {
			cancel()
			return // a newer query is on its way
		}
		if err == nil && res.Total < 0 && res.CountLater != nil {
			// the results first, the count when it comes (a new query
			// cancels it with the context)
			async(func() (int, error) { return res.CountLater() }, func(n int, err error) {
				cancel()
				if gen != s.gen || err != nil {
					return
				}
				res.Total = n
				s.setStatus(statusLine(res))
			})
		} else {
			cancel()
		}
		if err != nil {
			s.res, s.results = nil, nil
			s.list.Refresh()
			s.setStatus(errorMessage(err, lib.Path()).Error())
			return
		}
		s.res, s.results = res, res.Hits
		s.list.Refresh()
		s.list.ScrollToTop()
		s.setStatus(statusLine(res))
	})
}

// stop cancels the search under way, if any.
func (s *SearchScreen) stop() {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
}

// dispose stops the search under way when the screen goes away.
func (s *SearchScreen) dispose() { s.stop() }

func (s *SearchScreen) showHint() {
	s.setStatus(lang.X("search.hint", "Tìm trong toàn văn, tiêu đề và số hiệu. Gõ không dấu cũng được: nghi quyet dai hoi. Đặt cụm từ trong ngoặc kép, thêm -từ để loại trừ, OR để tìm một trong hai."))
}

// statusLine says what was found and how fast, what was searched when the
// query was read as Telex, and what to try when nothing was found.
func statusLine(res *library.SearchResult) string {
	var parts []string
	if res.Interpreted != "" {
		parts = append(parts, lang.X("search.interpreted", "Đang hiển thị kết quả cho: {{.Q}}", map[string]string{"Q": res.Interpreted}))
	}
	switch {
	case res.Total < 0:
		ms := fmt.Sprintf("%.0f", float64(res.Took.Microseconds())/1000)
		parts = append(parts, lang.X("search.counting", "Đang đếm số văn bản… · {{.MS}} ms", map[string]any{"MS": ms}))
	case res.Total == 0:
		parts = append(parts, lang.X("search.none", "Không có văn bản nào chứa “{{.Q}}”. Hãy thử ít từ hơn, bỏ ngoặc kép, bỏ bộ lọc, hoặc gõ số hiệu như 15-NQ.", map[string]string{"Q": res.Query}))
	default:
		ms := fmt.Sprintf("%.0f", float64(res.Took.Microseconds())/1000)
		line := lang.X("search.count", "{{.N}} văn bản · {{.MS}} ms", map[string]any{"N": groupThousands(res.Total), "MS": ms})
		if res.Total > len(res.Hits) {
			line += " · " + lang.X("search.showing", "hiện {{.N}} văn bản phù hợp nhất", map[string]int{"N": len(res.Hits)})
		}
		switch res.Mode {
		case "near":
			line += " · " + lang.X("search.mode_near", "không có cụm từ liền nhau, đây là các văn bản có các từ ở gần nhau")
		case "all":
			line += " · " + lang.X("search.mode_all", "không có cụm từ liền nhau, đây là các văn bản có đủ các từ")
		}
		parts = append(parts, line)
	}
	return strings.Join(parts, "\n")
}

// groupThousands writes 35432 as 35.432, as Vietnamese does.
func groupThousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

// newResultRow is a result: title in bold, then kind, number and date,
// then the snippet with the hits in bold.
func newResultRow() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("")
	meta.Truncation = fyne.TextTruncateEllipsis
	meta.Importance = widget.LowImportance
	snippet := widget.NewRichText()
	snippet.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(title, meta, snippet)
}

func setResultRow(o fyne.CanvasObject, h library.Hit) {
	objs := o.(*fyne.Container).Objects
	objs[0].(*widget.Label).SetText(h.Title)
	meta := docFacts(h.Kind, h.Number, h.IssuedOn)
	if h.Issuer != "" {
		meta = append(meta, h.Issuer)
	}
	if len(meta) == 0 && h.Path != "" {
		// A news file or a note has no kind or date: the folder it came
		// from says more than a long path.
		meta = append(meta, lang.X("search.folder", "Thư mục: {{.F}}", map[string]string{"F": filepath.Base(filepath.Dir(h.Path))}))
	}
	objs[1].(*widget.Label).SetText(strings.Join(meta, " · "))
	rt := objs[2].(*widget.RichText)
	rt.Segments = snippetSegments(h.Snippet)
	rt.Refresh()
}

// snippetSegments shows a snippet on one line with its hits in bold,
// starting a few words before the first hit so that it is visible.
func snippetSegments(sn library.Snippet) []widget.RichTextSegment {
	text, marks := sn.Text, sn.Marks
	if len(marks) > 0 && marks[0].Start > 60 {
		cut := marks[0].Start - 40
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		if sp := strings.IndexByte(text[cut:marks[0].Start], ' '); sp >= 0 {
			cut += sp + 1
		}
		shift := cut - len("… ")
		text = "… " + text[cut:]
		moved := make([]library.Span, len(marks))
		for i, m := range marks {
			moved[i] = library.Span{Start: m.Start - shift, End: m.End - shift}
		}
		marks = moved
	}
	// Ended at a word with "…": Fyne's ellipsis does not reach a line of
	// several segments, which was cut mid-word ("chỉ đạ").
	const most = 150
	if len(text) > most {
		cut := most
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		if sp := strings.LastIndexByte(text[:cut], ' '); sp > most/2 {
			cut = sp
		}
		text = text[:cut] + " …"
		var kept []library.Span
		for _, m := range marks {
			if m.End <= cut {
				kept = append(kept, m)
			}
		}
		marks = kept
	}
	plain := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameForeground, SizeName: theme.SizeNameText}
	return markedSegments(text, marks, plain, func(int) widget.RichTextStyle { return styleHit })
}

// styleHit is a search hit in a result's snippet.
var styleHit = widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}, ColorName: theme.ColorNamePrimary, SizeName: theme.SizeNameText}

// markedSegments splits text into inline segments: the spans in the style
// hit gives for their index, the rest in plain.
func markedSegments(text string, spans []library.Span, plain widget.RichTextStyle, hit func(int) widget.RichTextStyle) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	last := 0
	for i, sp := range spans {
		if sp.Start > last {
			segs = append(segs, &widget.TextSegment{Text: text[last:sp.Start], Style: plain})
		}
		segs = append(segs, &widget.TextSegment{Text: text[sp.Start:sp.End], Style: hit(i)})
		last = sp.End
	}
	if last < len(text) || len(segs) == 0 {
		segs = append(segs, &widget.TextSegment{Text: text[last:], Style: plain})
	}
	return segs
}

// newDocumentRow is a list row for a document: an icon and its title,
// cut with an ellipsis when too long.
func newDocumentRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return border(nil, nil, widget.NewIcon(theme.DocumentIcon()), nil, l)
}

// setDocumentRow shows text in a row made by newDocumentRow.
func setDocumentRow(o fyne.CanvasObject, text string) {
	o.(*fyne.Container).Objects[1].(*widget.Label).SetText(text)
}

// setStatus shows text under the search box and lays the screen out
// again: a wrapped label keeps the height of its longer text until its
// container is laid out, which left a gap above the results.
func (s *SearchScreen) setStatus(text string) {
	s.status.SetText(text)
	if s.root != nil {
		s.root.Refresh()
	}
}
