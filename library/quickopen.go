package library

import (
	"slices"
	"strings"

	"github.com/sahilm/fuzzy"

	"sotay/internal/viet"
)

// QuickOpen finds documents from what a user types of a title or number,
// with or without diacritics ("nq 15 quan uy" finds "Nghị quyết số
// 15-NQ/QU …"), fast enough to run on every keystroke: titles are folded
// once; a cheap byte scan picks the candidates, and a query that extends
// the previous one scans only the previous candidates (whatever matches
// "nq15" also matches "nq1"); sahilm/fuzzy scores at most quickCap of them.
// A QuickOpen is not safe for concurrent use.
type QuickOpen struct {
	docs []Summary
	keys []string // folded "title number", aligned with docs

	prev     string  // the previous pattern
	prevHits []int32 // indexes of the documents that matched it
}

// QuickMatch is one quick-open result. Score counts the typed words found
// in the title or number (whole words count most); results are ordered by
// it, then by the fuzzy match.
type QuickMatch struct {
	Doc   Summary
	Score int
}

// NewQuickOpen prepares docs for quick-open.
func NewQuickOpen(docs []Summary) *QuickOpen {
	q := &QuickOpen{docs: docs, keys: make([]string, len(docs))}
	for i, d := range docs {
		q.keys[i] = viet.Fold(d.Title + " " + d.Number)
	}
	return q
}

// quickSource lets sahilm/fuzzy read a subset of the keys without copying.
type quickSource struct {
	keys []string
	idx  []int32
}

func (s quickSource) String(i int) string { return s.keys[s.idx[i]] }
func (s quickSource) Len() int            { return len(s.idx) }

// quickCap bounds how many candidates get sahilm/fuzzy's full scoring; the
// rest are ranked out by a cheap whole-word score first. Only one- or
// two-letter queries over large libraries have more candidates than this.
const quickCap = 1500

// Find returns the best matches for query, at most limit, best first.
func (q *QuickOpen) Find(query string, limit int) []QuickMatch {
	folded := viet.Fold(strings.TrimSpace(query))
	pattern := strings.Join(strings.Fields(folded), "")
	if pattern == "" || limit <= 0 {
		q.prev, q.prevHits = "", nil
		return nil
	}
	// Candidates: every document whose key holds the pattern's bytes in
	// order (a superset of fuzzy matches), narrowed from the previous
	// keystroke's candidates when the pattern only grew.
	var cands []int32
	if q.prev != "" && strings.HasPrefix(pattern, q.prev) {
		for _, d := range q.prevHits {
			if subsequence(pattern, q.keys[d]) {
				cands = append(cands, d)
			}
		}
	} else {
		for d, key := range q.keys {
			if subsequence(pattern, key) {
				cands = append(cands, int32(d))
			}
		}
	}
	q.prev, q.prevHits = pattern, cands
	words := strings.Fields(folded)
	scored := cands
	if len(cands) > quickCap {
		scored = q.topByBonus(cands, words, quickCap)
	}
	matches := fuzzy.FindFromNoSort(pattern, quickSource{keys: q.keys, idx: scored})
	// The words the user typed decide first (sahilm/fuzzy's own score grows
	// with runs of adjacent letters across words and prefers short titles,
	// which buries "Đà Nẵng … biển" under "Dân đội nắng …"); its score,
	// with the points for unmatched letters given back, breaks ties.
	out := make([]QuickMatch, len(matches))
	fuzzyScore := make(map[int64]int, len(matches))
	for i, m := range matches {
		doc := scored[m.Index]
		unmatched := len(q.keys[doc]) - len(m.MatchedIndexes)
		out[i] = QuickMatch{Doc: q.docs[doc], Score: q.bonus(doc, words)}
		fuzzyScore[q.docs[doc].ID] = m.Score + unmatched
	}
	slices.SortStableFunc(out, func(a, b QuickMatch) int {
		if a.Score != b.Score {
			return b.Score - a.Score
		}
		if fa, fb := fuzzyScore[a.Doc.ID], fuzzyScore[b.Doc.ID]; fa != fb {
			return fb - fa
		}
		return len(a.Doc.Title) - len(b.Doc.Title) // the shorter title is the closer match
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// topByBonus keeps the n candidates with the highest whole-word bonus (in
// their original order within a score), by counting scores.
func (q *QuickOpen) topByBonus(cands []int32, words []string, n int) []int32 {
	scores := make([]int, len(cands))
	best := 0
	for i, d := range cands {
		scores[i] = q.bonus(d, words)
		best = max(best, scores[i])
	}
	lowest := 0
	for _, s := range scores {
		lowest = min(lowest, s)
	}
	counts := make([]int, best-lowest+1)
	for _, s := range scores {
		counts[s-lowest]++
	}
	cut, kept := best, 0
	for ; cut > lowest && kept+counts[cut-lowest] < n; cut-- {
		kept += counts[cut-lowest]
	}
	out := make([]int32, 0, n)
	for i, d := range cands {
		if scores[i] > cut || (scores[i] == cut && len(out) < n) {
			out = append(out, d)
		}
	}
	return out
}

// subsequence reports whether the bytes of pattern occur in key in order.
func subsequence(pattern, key string) bool {
	j := 0
	for i := 0; i < len(key) && j < len(pattern); i++ {
		if key[i] == pattern[j] {
			j++
		}
	}
	return j == len(pattern)
}

// bonus rewards query words found in the document's folded key, most of
// all as whole words (typing "15" should put document 15 above 150 and
// 2015), and takes points for words not found at all.
func (q *QuickOpen) bonus(doc int32, words []string) int {
	key := q.keys[doc]
	b := 0
	for _, w := range words {
		best := -40
		for from := 0; from < len(key); {
			i := strings.Index(key[from:], w)
			if i < 0 {
				break
			}
			i += from
			end := i + len(w)
			best = max(best, 5*len(w))
			if (i == 0 || !isAlnum(key[i-1])) && (end == len(key) || !isAlnum(key[end])) {
				best = 10*len(w) + 50
				break
			}
			from = i + 1
		}
		b += best
	}
	return b
}

func isAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }
