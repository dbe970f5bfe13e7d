package quiz

import "context"

// Passages is what the store needs to know of the library's documents: the
// text of their pages, their titles, which collections hold them, and
// where a quotation is. The library provides it; the store reads none of
// the library's tables, and the library (its migrations) owns the schema.
type Passages interface {
	// Page is the text of page no of document doc; ok is false when the
	// document has no such page.
	Page(ctx context.Context, doc int64, no int) (text string, ok bool, err error)
	// EachPage calls fn with each page of doc in order until fn returns
	// false, and says how many pages it read (0: no such document).
	EachPage(ctx context.Context, doc int64, fn func(no int, text string) bool) (int, error)
	// Candidates are at most limit pages that may hold quote: found by the
	// full-text index, each holding the quotation's first words as written.
	Candidates(ctx context.Context, quote string, limit int) ([]PageText, error)
	// Titles are the titles of the documents ids (missing ones left out).
	Titles(ctx context.Context, ids []int64) (map[int64]string, error)
	// InCollections are the documents in any of the collections ids.
	InCollections(ctx context.Context, ids []int64) ([]int64, error)
}

// PageText is one page of a document.
type PageText struct {
	DocumentID int64
	Page       int
	Text       string
}

// noPassages is the store's Passages when it is given none: a library
// without documents.
type noPassages struct{}

func (noPassages) Page(context.Context, int64, int) (string, bool, error) { return "", false, nil }
func (noPassages) EachPage(context.Context, int64, func(int, string) bool) (int, error) {
	return 0, nil
}
func (noPassages) Candidates(context.Context, string, int) ([]PageText, error) { return nil, nil }
func (noPassages) Titles(context.Context, []int64) (map[int64]string, error)   { return nil, nil }
func (noPassages) InCollections(context.Context, []int64) ([]int64, error)     { return nil, nil }
