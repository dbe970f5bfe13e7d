package ui

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/internal/viet"
	"sotay/library"
)

// The library list's own search box (titles and numbers, folded) and its
// filters: kind, year, issuer, tag, collection and how far read.

type listFilter struct {
	query                                   *escEntry
	kind, year, issuer, tag, coll, progress *widget.Select
	row                                     *flowBox // the filters, shown by Bộ lọc
	toggle                                  *widget.Button
	kinds, issuers, tags                    []string
	years                                   []int
	colls                                   []library.Collection
}

// newFilterBar makes the search box and the filters' row.
func (ls *LibraryScreen) newFilterBar() (fyne.CanvasObject, fyne.CanvasObject) {
	f := &ls.filter
	f.query = newEscEntry(ls.shell.win, func() { f.query.SetText("") })
	f.query.SetPlaceHolder(lang.X("library.filter_hint", "Lọc theo tên hoặc số hiệu (có dấu hay không dấu)"))
	f.query.OnChanged = func(string) { ls.refilter() }
	changed := func(string) { ls.refilter() }
	f.kind, f.year, f.issuer = newSelect(nil, changed), newSelect(nil, changed), newSelect(nil, changed)
	f.tag, f.coll = newSelect(nil, changed), newSelect(nil, changed)
	f.progress = newSelect([]string{lang.X("library.read_any", "Mọi mức đọc"), lang.X("library.read_none", "Chưa đọc"),
		lang.X("library.read_some", "Đang đọc"), lang.X("library.read_done", "Đã đọc xong")}, changed)
	f.progress.SetSelectedIndex(0)
	f.row = newFlowBox(f.kind, f.year, f.issuer, f.tag, f.coll, f.progress)
	f.row.Hide()
	f.toggle = widget.NewButtonWithIcon(lang.X("library.filters", "Bộ lọc"), theme.MenuDropDownIcon(), func() {
		if f.row.Visible() {
			f.row.Hide()
		} else {
			f.row.Show()
		}
		// twice: the row's height depends on its width, which it gets in
		// the first pass (once the header covered the first document)
		ls.listView.Refresh()
		ls.listView.Refresh()
	})
	f.toggle.Importance = widget.LowImportance
	return border(nil, nil, nil, f.toggle, f.query), f.row
}

// setFilterOptions fills the filters from the documents listed (the
// collections' names are read off the UI goroutine).
func (ls *LibraryScreen) setFilterOptions() {
	f := &ls.filter
	kinds, issuers, tags, years := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[int]bool{}
	for _, d := range ls.cat.docs {
		if d.Kind != "" {
			kinds[d.Kind] = true
		}
		if d.Issuer != "" {
			issuers[d.Issuer] = true
		}
		for _, t := range d.Tags {
			tags[t] = true
		}
		if y, err := strconv.Atoi(d.IssuedOn[:min(4, len(d.IssuedOn))]); err == nil && y > 0 {
			years[y] = true
		}
	}
	keys := func(m map[string]bool) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Slice(out, func(i, j int) bool { return string(viet.SortKey(out[i])) < string(viet.SortKey(out[j])) })
		return out
	}
	f.kinds, f.issuers, f.tags = keys(kinds), keys(issuers), keys(tags)
	f.years = f.years[:0]
	for y := range years {
		f.years = append(f.years, y)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(f.years)))
	set := func(s *widget.Select, all string, opts []string) {
		keep := s.Selected
		s.OnChanged = nil
		s.SetOptions(append([]string{all}, opts...))
		s.SetSelected(all)
		for _, o := range opts {
			if o == keep {
				s.SetSelected(keep)
			}
		}
		s.OnChanged = func(string) { ls.refilter() }
	}
	var ys []string
	for _, y := range f.years {
		ys = append(ys, strconv.Itoa(y))
	}
	set(f.kind, lang.X("search.all_kinds", "Mọi loại"), f.kinds)
	set(f.year, lang.X("search.all_years", "Mọi năm"), ys)
	set(f.issuer, lang.X("library.all_issuers", "Mọi cơ quan"), f.issuers)
	set(f.tag, lang.X("library.all_tags", "Mọi thẻ"), f.tags)
	set(f.coll, lang.X("review.all_collections", "Mọi bộ sưu tập"), nil)
	lib := ls.lib
	async(func() ([]library.Collection, error) { return lib.Collections(context.Background()) }, func(cs []library.Collection, err error) {
		if err != nil || ls.lib != lib {
			return
		}
		f.colls = cs
		var names []string
		for _, c := range cs {
			names = append(names, c.Name)
		}
		set(f.coll, lang.X("review.all_collections", "Mọi bộ sưu tập"), names)
	})
}

// keep reports whether document d passes the search box and the filters.
func (ls *LibraryScreen) keep(d library.Summary, words []string) bool {
	f := &ls.filter
	if len(words) > 0 {
		hay := viet.Fold(d.Title + " " + d.Number)
		for _, w := range words {
			if !strings.Contains(hay, w) {
				return false
			}
		}
	}
	if i := f.kind.SelectedIndex(); i > 0 && d.Kind != f.kinds[i-1] {
		return false
	}
	if i := f.year.SelectedIndex(); i > 0 && !strings.HasPrefix(d.IssuedOn, strconv.Itoa(f.years[i-1])) {
		return false
	}
	if i := f.issuer.SelectedIndex(); i > 0 && d.Issuer != f.issuers[i-1] {
		return false
	}
	if i := f.tag.SelectedIndex(); i > 0 && !contains(d.Tags, f.tags[i-1]) {
		return false
	}
	if i := f.coll.SelectedIndex(); i > 0 && i-1 < len(f.colls) && !containsID(d.Colls, f.colls[i-1].ID) {
		return false
	}
	switch f.progress.SelectedIndex() {
	case 1:
		return d.Read == 0
	case 2:
		return d.Read > 0 && d.Read < 100
	case 3:
		return d.Read >= 100
	}
	return true
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func containsID(xs []int64, x int64) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// refilter applies the search box and the filters to the list.
func (ls *LibraryScreen) refilter() {
	if ls.cat == nil {
		return
	}
	ls.applySort()
	ls.showCount()
	ls.list.Refresh()
	ls.list.ScrollToTop()
}

// showCount says how many documents are listed: "(3/6 văn bản)" when
// filtered.
func (ls *LibraryScreen) showCount() {
	if len(ls.order) == len(ls.cat.docs) {
		ls.count.SetText(lang.X("library.count", "({{.N}} văn bản)", map[string]int{"N": len(ls.cat.docs)}))
		return
	}
	ls.count.SetText(lang.X("library.count_filtered", "({{.K}}/{{.N}} văn bản)", map[string]int{"K": len(ls.order), "N": len(ls.cat.docs)}))
}
