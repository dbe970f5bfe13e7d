package library

import (
	"bytes"
	"strings"

	"sotay/internal/viet"
)

// Matcher finds a query's words in a text: the reader uses it to highlight
// hits and jump between them, Search to cut snippets.
type Matcher struct {
	mode    string
	phrases []mphrase
}

// mphrase is one phrase of the query as the matcher looks for it.
type mphrase struct {
	gi, pi int
	folded [][]byte // folded words
	keys   []string // the tone keys of the intended form, nil if unknown
	loose  bool     // words matched one by one (modes near and all)
}

func newMatcher(q query) *Matcher {
	m := &Matcher{}
	for gi, g := range q.groups {
		for pi, p := range g {
			mp := mphrase{gi: gi, pi: pi, loose: !p.quoted && len(p.words) > 1}
			for _, w := range foldWords(p.words) {
				mp.folded = append(mp.folded, []byte(w))
			}
			m.phrases = append(m.phrases, mp)
		}
	}
	return m
}

func (m *Matcher) setForm(gi, pi int, keys []string) {
	for i := range m.phrases {
		if m.phrases[i].gi == gi && m.phrases[i].pi == pi {
			m.phrases[i].keys = keys
		}
	}
}

func (m *Matcher) clearForms() {
	for i := range m.phrases {
		m.phrases[i].keys = nil
	}
}

// match is a hit as a range of word indexes [first, last] in a scanned
// text; exact when the words carry the intended marks.
type match struct {
	first, last int
	exact       bool
}

// matches finds the query's hits among the words sc has scanned from s, in
// text order. When some hits are exact, only those are returned.
func (m *Matcher) matches(sc *viet.WordScanner, s string) []match {
	if m == nil || len(m.phrases) == 0 {
		return nil
	}
	var out []match
	exact := 0
	for i := range sc.Words {
		fw := sc.Fold(i)
		for pi := range m.phrases {
			p := &m.phrases[pi]
			if p.loose && m.mode != "phrase" {
				for j, w := range p.folded {
					if bytes.Equal(fw, w) {
						e := p.keys != nil && viet.ToneKey(s[sc.Words[i].Start:sc.Words[i].End]) == p.keys[j]
						out = append(out, match{i, i, e})
						if e {
							exact++
						}
						break
					}
				}
				continue
			}
			n := len(p.folded)
			if i+n > len(sc.Words) || !bytes.Equal(fw, p.folded[0]) {
				continue
			}
			ok := true
			for j := 1; j < n; j++ {
				if !bytes.Equal(sc.Fold(i+j), p.folded[j]) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			e := p.keys != nil
			for j := 0; e && j < n; j++ {
				w := sc.Words[i+j]
				e = viet.ToneKey(s[w.Start:w.End]) == p.keys[j]
			}
			out = append(out, match{i, i + n - 1, e})
			if e {
				exact++
			}
		}
	}
	if exact > 0 && exact < len(out) {
		keep := out[:0]
		for _, h := range out {
			if h.exact {
				keep = append(keep, h)
			}
		}
		out = keep
	}
	// Drop overlaps: keep the earlier hit.
	keep, end := out[:0], -1
	for _, h := range out {
		if h.first > end {
			keep = append(keep, h)
			end = h.last
		}
	}
	return keep
}

// Find returns the byte ranges of the query's hits in text, in order and
// without overlaps. When the text holds the intended marked form, only
// those hits are returned.
func (m *Matcher) Find(text string) []Span {
	var sc viet.WordScanner
	sc.Scan(text)
	hs := m.matches(&sc, text)
	out := make([]Span, len(hs))
	for i, h := range hs {
		out[i] = Span{sc.Words[h.first].Start, sc.Words[h.last].End}
	}
	return out
}

// Snippet sizes, in words.
const (
	snippetBefore     = 10
	snippetWords      = 32
	snippetFirstChars = 12_000  // how much of a document is first searched for a snippet
	snippetScanChars  = 300_000 // and at most
)

// snippet cuts a passage of text around its first hit (after the title
// line when the text starts with the title), whitespace collapsed, with the
// hit words marked. found reports whether text holds a hit.
func (m *Matcher) snippet(sc *viet.WordScanner, text, title string) (_ Snippet, found bool) {
	sc.Scan(text)
	hs := m.matches(sc, text)
	if len(sc.Words) == 0 {
		return Snippet{}, false
	}
	// Skip a first line that repeats the title, if a hit follows it.
	titleEnd := 0
	if nl := strings.IndexByte(text, '\n'); nl > 0 && strings.TrimSpace(text[:nl]) == strings.TrimSpace(title) {
		titleEnd = nl
	}
	first := -1
	for _, h := range hs {
		if sc.Words[h.first].Start >= titleEnd {
			first = h.first
			break
		}
	}
	if first < 0 && len(hs) > 0 {
		first = hs[0].first
	}
	lo := 0
	if first >= 0 {
		lo = max(0, first-snippetBefore)
		// Do not reach back into the title line from a hit below it.
		for lo < first && sc.Words[lo].Start < titleEnd {
			lo++
		}
	} else {
		for lo < len(sc.Words) && sc.Words[lo].Start < titleEnd {
			lo++
		}
		if lo == len(sc.Words) {
			lo = 0
		}
	}
	hi := min(len(sc.Words), lo+snippetWords) // exclusive
	var b strings.Builder
	var marks []Span
	if lo > 0 {
		b.WriteString("… ")
	}
	hi2 := 0
	for hi2 < len(hs) && hs[hi2].last < lo {
		hi2++
	}
	for i := lo; i < hi; i++ {
		w := sc.Words[i]
		if i > lo {
			b.WriteString(collapse(text[sc.Words[i-1].End:w.Start]))
		}
		if hi2 < len(hs) && hs[hi2].first == i {
			marks = append(marks, Span{Start: b.Len()})
		}
		b.WriteString(text[w.Start:w.End])
		if hi2 < len(hs) && hs[hi2].last == i {
			if len(marks) > 0 && marks[len(marks)-1].End == 0 {
				marks[len(marks)-1].End = b.Len()
			}
			hi2++
		}
	}
	// A hit cut by the window's end is marked up to the end.
	if len(marks) > 0 && marks[len(marks)-1].End == 0 {
		marks[len(marks)-1].End = b.Len()
	}
	if hi < len(sc.Words) {
		tail := text[sc.Words[hi-1].End:sc.Words[hi].Start]
		if p := strings.TrimSpace(tail); p != "" && strings.ContainsAny(p[:1], ".,;:!?)”\"") {
			b.WriteString(p[:1])
		}
		b.WriteString(" …")
	} else {
		b.WriteString(strings.TrimRight(collapse(text[sc.Words[hi-1].End:]), " "))
	}
	return Snippet{Text: b.String(), Marks: marks}, len(hs) > 0
}

// collapse turns the text between two words into what a one-line snippet
// shows: runs of white space become one space.
func collapse(s string) string {
	if s == "" || s == " " {
		return s
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return " "
	}
	out := strings.Join(f, " ")
	if s[0] == ' ' || s[0] == '\n' || s[0] == '\t' || s[0] == '\r' || s[0] == '\f' {
		out = " " + out
	}
	if c := s[len(s)-1]; c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
		out += " "
	}
	return out
}

// PassageMatcher finds a quoted passage (a question's source) in a text,
// with or without diacritics, so the reader can highlight it and jump to it.
func PassageMatcher(quote string) *Matcher {
	quote = strings.NewReplacer(`"`, " ", "“", " ", "”", " ").Replace(quote)
	return newMatcher(parseQuery(`"` + quote + `"`))
}
