package library

import (
	"strings"
	"unicode"

	"sotay/internal/viet"
)

// Query syntax (see README, "Tìm kiếm"):
//
//	nghi quyet dai hoi       the words as a phrase (then near each other, then anywhere)
//	"biển Đông" tranh chấp   quotes make an explicit phrase; each run of words is a phrase
//	-kinh tế, -"thể thao"    leave out documents with this word or phrase
//	đất đai OR nhà ở         either side (also |)
//	loai:nghị-quyết nam:2025 filters: kind (loai/loại/kind), year (nam/năm/year),
//	coquan:"Quận ủy"         issuer (coquan/cơquan/issuer), tag (the/thẻ/tag)
//
// Anything else is read as words; nothing a user types is passed to SQLite
// as syntax.

// maxQueryBytes and maxQueryWords bound the work one query can cause.
const (
	maxQueryBytes = 2000
	maxQueryWords = 64
)

// phrase is a run of words that must appear in sequence.
type phrase struct {
	words  []string // NFC, as typed (split like the index splits text)
	quoted bool     // typed in quotes: never loosened to NEAR or AND
}

// query is a parsed search: any of the groups (OR), each needing all its
// phrases (AND), none of the excluded phrases, and the filters.
type query struct {
	groups  [][]phrase
	exclude []phrase
	filters Filters
}

// Filters narrow a search to documents by their metadata. Kind, Issuer and
// Tag match when the document's value contains them, folded; Year is the
// year of issue.
type Filters struct {
	Kind, Issuer, Tag string
	Year              int
}

func (f Filters) empty() bool { return f == Filters{} }

var filterNames = map[string]string{
	"loai": "kind", "kind": "kind",
	"nam": "year", "year": "year",
	"coquan": "issuer", "issuer": "issuer", "noibanhanh": "issuer",
	"the": "tag", "tag": "tag",
}

// parseQuery reads what a user typed. It never fails: unknown syntax is
// read as words, unbalanced quotes end at the end of the input, control
// characters are spaces.
func parseQuery(s string) query {
	if len(s) > maxQueryBytes {
		s = s[:maxQueryBytes] // a rune cut in half becomes a space below
	}
	s = strings.ToValidUTF8(s, " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			return ' '
		}
		switch r {
		case '“', '”', '„', '«', '»':
			return '"'
		}
		return r
	}, viet.NFC(s))

	var q query
	var group []phrase
	var free []string // the current run of unquoted words
	nwords := 0
	addWords := func(ws []string) []string {
		if room := maxQueryWords - nwords; len(ws) > room {
			ws = ws[:max(room, 0)]
		}
		nwords += len(ws)
		return ws
	}
	endFree := func() {
		if len(free) > 0 {
			group = append(group, phrase{words: free})
			free = nil
		}
	}
	endGroup := func() {
		endFree()
		if len(group) > 0 {
			q.groups = append(q.groups, group)
			group = nil
		}
	}
	negate := false
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
			continue
		case c == '"':
			end := strings.IndexByte(s[i+1:], '"')
			var inner string
			if end < 0 {
				inner, i = s[i+1:], len(s)
			} else {
				inner, i = s[i+1:i+1+end], i+2+end
			}
			endFree()
			if ws := addWords(viet.SplitWords(inner)); len(ws) > 0 {
				p := phrase{words: ws, quoted: true}
				if negate {
					q.exclude = append(q.exclude, p)
				} else {
					group = append(group, p)
				}
			}
			negate = false
			continue
		case c == '-' && !negate && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t'):
			negate = true
			i++
			if i < len(s) && s[i] == '"' {
				continue
			}
			// "-word": the word that follows; a lone "-" is nothing.
			end := strings.IndexAny(s[i:], " \t\"")
			if end < 0 {
				end = len(s) - i
			}
			if ws := addWords(viet.SplitWords(s[i : i+end])); len(ws) > 0 {
				endFree()
				q.exclude = append(q.exclude, phrase{words: ws, quoted: true})
			}
			negate = false
			i += end
			continue
		}
		end := strings.IndexAny(s[i:], " \t\"")
		if end < 0 {
			end = len(s) - i
		}
		tok := s[i : i+end]
		i += end
		switch tok {
		case "OR", "|", "HOẶC":
			endGroup()
			continue
		case "AND", "VÀ", "+":
			endFree()
			continue
		case "NOT":
			negate = true
			if i < len(s) && s[i] == ' ' {
				// NOT word: exclude what follows, as "-".
				rest := strings.TrimLeft(s[i:], " \t")
				i = len(s) - len(rest)
				if !strings.HasPrefix(rest, "\"") {
					e := strings.IndexAny(rest, " \t\"")
					if e < 0 {
						e = len(rest)
					}
					if ws := addWords(viet.SplitWords(rest[:e])); len(ws) > 0 {
						endFree()
						q.exclude = append(q.exclude, phrase{words: ws, quoted: true})
					}
					negate = false
					i += e
				}
			}
			continue
		}
		if name, val, ok := strings.Cut(tok, ":"); ok {
			if field, known := filterNames[strings.ReplaceAll(viet.Fold(name), " ", "")]; known {
				if val == "" && i < len(s) && s[i] == '"' {
					end := strings.IndexByte(s[i+1:], '"')
					if end < 0 {
						val, i = s[i+1:], len(s)
					} else {
						val, i = s[i+1:i+1+end], i+2+end
					}
				}
				q.filters.set(field, strings.ReplaceAll(val, "-", " "))
				endFree()
				continue
			}
		}
		free = append(free, addWords(viet.SplitWords(tok))...)
	}
	endGroup()
	return q
}

func (f *Filters) set(field, val string) {
	val = strings.TrimSpace(val)
	switch field {
	case "kind":
		f.Kind = val
	case "issuer":
		f.Issuer = val
	case "tag":
		f.Tag = val
	case "year":
		y := 0
		for _, r := range val {
			if r < '0' || r > '9' {
				return
			}
			y = y*10 + int(r-'0')
			if y > 9999 {
				return
			}
		}
		f.Year = y
	}
}

// hasMarks reports whether any word of p carries Vietnamese marks.
func (p phrase) hasMarks() bool {
	for _, w := range p.words {
		if viet.HasMarks(w) {
			return true
		}
	}
	return false
}

// ftsPhrase renders words (already folded or tone-keyed) as an FTS5 phrase
// restricted to cols (none if ""). Words hold only letters and digits
// (SplitWords), so quoting them is safe.
func ftsPhrase(cols string, words []string) string {
	return colSpec(cols) + "\"" + strings.Join(words, " ") + "\""
}

// colSpec is the FTS5 column filter for cols, "" for all columns.
func colSpec(cols string) string {
	if cols == "" {
		return ""
	}
	return "{" + cols + "} : "
}

// loose reports whether some phrase may be loosened to NEAR or AND.
func (q query) loose() bool {
	for _, g := range q.groups {
		for _, p := range g {
			if !p.quoted && len(p.words) > 1 {
				return true
			}
		}
	}
	return false
}

// expr renders q's groups as an FTS5 expression for table: folded words
// for tableFolded, the forms' tone keys for tableMarked (every phrase must
// have one), either for tableTitle. Exclusions are applied by the caller's
// filter, as they may need another table.
func (q query) expr(mode string, forms map[*phrase][]string, table string) string {
	var b strings.Builder
	b.WriteString("(")
	for gi := range q.groups {
		if gi > 0 {
			b.WriteString(") OR (")
		}
		for pi := range q.groups[gi] {
			p := &q.groups[gi][pi]
			if pi > 0 {
				b.WriteString(" AND ")
			}
			keys, marked := forms[p]
			var cols string
			var words []string
			switch {
			case table == tableFolded || !marked:
				cols, words = colsFolded, foldWords(p.words)
				if table == tableTitle {
					cols = colsFoldedTitle
				}
			default:
				cols, words = colsMarked, keys
				if table == tableTitle {
					cols = colsMarkedTitle
				}
			}
			if table != tableTitle {
				cols = "" // one column: a column filter only costs time
			}
			switch {
			case mode == "phrase" || p.quoted || len(words) == 1:
				b.WriteString(ftsPhrase(cols, words))
			case mode == "near":
				b.WriteString(colSpec(cols) + "NEAR(\"" + strings.Join(words, "\" \"") + "\", 10)")
			default:
				b.WriteString(colSpec(cols) + "(\"" + strings.Join(words, "\" AND \"") + "\")")
			}
		}
	}
	b.WriteString(")")
	return b.String()
}

// phrases counts the phrases of q's groups.
func (q query) phrases() int {
	n := 0
	for _, g := range q.groups {
		n += len(g)
	}
	return n
}

func foldWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = viet.Fold(w)
	}
	return out
}

func toneKeys(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = viet.ToneKey(w)
	}
	return out
}
