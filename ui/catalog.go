package ui

import (
	"bytes"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"sotay/internal/viet"
	"sotay/library"
)

// catalog is the library's document list together with what the screens
// need to filter it. It is built off the UI goroutine (sorting and folding
// 35,000 titles takes tens of milliseconds) and never changed afterwards.
type catalog struct {
	docs []library.Summary // sorted by title in Vietnamese order; the index is the title rank
	// twin marks the documents whose title another one has too (after a
	// folder import, several rows may read "Nghị quyết số 15-NQ/QU …"):
	// the list names their files.
	twin []bool

	quickMu sync.Mutex         // QuickOpen remembers the last query, so one at a time
	quick   *library.QuickOpen // built on first use, not at start
}

// find runs the quick-open search; safe from any goroutine (call it off
// the UI goroutine: the first call folds every title).
func (c *catalog) find(query string, limit int) []library.QuickMatch {
	c.quickMu.Lock()
	defer c.quickMu.Unlock()
	if c.quick == nil {
		c.quick = library.NewQuickOpen(c.docs)
	}
	return c.quick.Find(query, limit)
}

func newCatalog(docs []library.Summary) *catalog {
	type keyed struct {
		key []byte
		doc library.Summary
	}
	tmp := make([]keyed, len(docs))
	for i, d := range docs {
		tmp[i] = keyed{viet.SortKey(d.Title), d}
	}
	slices.SortStableFunc(tmp, func(a, b keyed) int { return bytes.Compare(a.key, b.key) })
	c := &catalog{docs: make([]library.Summary, len(docs)), twin: make([]bool, len(docs))}
	for i, k := range tmp {
		c.docs[i] = k.doc
		if i > 0 && (bytes.Equal(k.key, tmp[i-1].key) || sameTitle(k.doc.Title, tmp[i-1].doc.Title)) {
			c.twin[i], c.twin[i-1] = true, true
		}
	}
	if len(docs) > 5000 {
		// The sort keys were garbage the moment sorting ended; give their
		// memory back now rather than keep it for the whole session.
		debug.FreeOSMemory()
	}
	return c
}

// sameTitle reports titles that read the same: case, marks and spacing
// aside.
func sameTitle(a, b string) bool {
	return strings.Join(strings.Fields(viet.Fold(a)), " ") == strings.Join(strings.Fields(viet.Fold(b)), " ")
}
