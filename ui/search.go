package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/internal/viet"
	"sotay/library"
)

// SearchScreen is the Tìm kiếm place. For now it finds documents by title,
// kind and number, with or without diacritics (full-text search comes
// with the search index).
type SearchScreen struct {
	open    func(library.Summary)
	entry   *widget.Entry
	status  *widget.Label
	list    *widget.List
	root    fyne.CanvasObject
	cat     *catalog
	results []library.Summary
	gen     int // generation of the newest query; older results are dropped
}

func newSearchScreen(open func(library.Summary)) *SearchScreen {
	s := &SearchScreen{open: open}
	s.entry = widget.NewEntry()
	s.entry.SetPlaceHolder(lang.X("search.placeholder", "Gõ tên hoặc số hiệu văn bản, có dấu hay không dấu đều được (Ctrl+F)"))
	s.entry.OnChanged = func(string) { s.run() }
	s.status = widget.NewLabel(lang.X("search.hint", "Tìm theo tiêu đề, loại và số hiệu văn bản. Tìm trong toàn văn sẽ có ở bản sau."))
	s.status.Wrapping = fyne.TextWrapWord
	s.list = widget.NewList(func() int { return len(s.results) },
		newDocumentRow,
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(s.results) {
				return
			}
			d := s.results[id]
			text := d.Title
			if d.Number != "" && !strings.Contains(d.Title, d.Number) {
				text += " (" + d.Number + ")"
			}
			setDocumentRow(o, text)
		})
	s.list.OnSelected = func(id widget.ListItemID) {
		s.list.UnselectAll()
		if id < len(s.results) {
			s.open(s.results[id])
		}
	}
	head := widget.NewLabelWithStyle(lang.X("nav.search", "Tìm kiếm"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.root = container.NewBorder(container.NewVBox(head, s.entry, s.status), nil, nil, nil, s.list)
	return s
}

// CanvasObject is the screen's content.
func (s *SearchScreen) CanvasObject() fyne.CanvasObject { return s.root }

func (s *SearchScreen) focus(w fyne.Window) { w.Canvas().Focus(s.entry) }

// setCatalog gives the screen the library's documents to search.
func (s *SearchScreen) setCatalog(cat *catalog) {
	s.cat = cat
	s.run()
}

// run filters in the background; only the newest query's answer is shown.
func (s *SearchScreen) run() {
	s.gen++
	gen, query, cat := s.gen, s.entry.Text, s.cat
	async(func() ([]library.Summary, error) {
		return filterDocuments(query, cat), nil
	}, func(res []library.Summary, _ error) {
		if gen != s.gen {
			return
		}
		s.results = res
		s.list.Refresh()
		switch {
		case strings.TrimSpace(query) == "":
			s.status.SetText(lang.X("search.hint", "Tìm theo tiêu đề, loại và số hiệu văn bản. Tìm trong toàn văn sẽ có ở bản sau."))
		case len(res) == 0:
			s.status.SetText(lang.X("search.none", "Không có văn bản nào khớp với “{{.Q}}”. Hãy thử ít từ hơn, hoặc gõ số hiệu như 15-NQ.", map[string]string{"Q": query}))
		default:
			s.status.SetText(lang.X("search.count", "{{.N}} văn bản", map[string]int{"N": len(res)}))
		}
	})
}

// filterDocuments returns the documents whose folded title, kind and number
// contain every folded word of query (at most 500, in title order); an
// empty query finds nothing.
func filterDocuments(query string, cat *catalog) []library.Summary {
	words := strings.Fields(viet.Fold(query))
	if len(words) == 0 || cat == nil {
		return nil
	}
	var out []library.Summary
next:
	for i, f := range cat.folded {
		for _, w := range words {
			if !strings.Contains(f, w) {
				continue next
			}
		}
		out = append(out, cat.docs[i])
		if len(out) == 500 {
			break
		}
	}
	return out
}

// newDocumentRow is a list row for a document: an icon and its title,
// cut with an ellipsis when too long.
func newDocumentRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, widget.NewIcon(theme.DocumentIcon()), nil, l)
}

// setDocumentRow shows text in a row made by newDocumentRow.
func setDocumentRow(o fyne.CanvasObject, text string) {
	o.(*fyne.Container).Objects[0].(*widget.Label).SetText(text)
}
