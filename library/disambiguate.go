package library

import (
	"bufio"
	"context"
	"embed"
	"strconv"
	"strings"
	"sync"

	"sotay/internal/sqlite"
	"sotay/internal/viet"
)

// A query typed without marks is ambiguous: "da nang" is Đà Nẵng or đã
// nặng, "bien dong" is biển Đông or biến động, "de an" is đề án or để ăn.
// chooseForm guesses the intended marked form from what the library holds:
// how often each form of the phrase occurs in a sample of the documents
// that contain it, with occurrences in titles counting more, and forms
// from the Party and state vocabulary (lexicon.txt) preferred. Documents
// holding the chosen form rank first; the others still follow.

const (
	sampleDocs    = 20    // documents read per phrase
	sampleChars   = 6_000 // characters read per document
	titleWeight   = 4     // an occurrence in a title counts as this many
	titleDecides  = 8     // occurrences in titles enough to decide without the text
	lexiconWeight = 3     // forms in the lexicon count this many times more
	formCacheSize = 512
)

type formCacheEntry struct {
	gen  int64
	keys []string
}

// chooseForm returns the tone keys of the intended form of p, or nil when
// the library holds no form of it.
//
// A phrase typed with marks is its own form unless, with trustTyped false,
// the library lacks it: then some words were probably left unmarked
// ("nghi quyết") and the form is chosen among those that agree with the
// marks typed.
func (l *Library) chooseForm(ctx context.Context, p *phrase, trustTyped bool) ([]string, error) {
	folded := foldWords(p.words)
	marked := p.hasMarks()
	var typed []string
	if marked {
		typed = toneKeys(p.words)
		if trustTyped {
			return typed, nil
		}
		ok, err := l.exists(ctx, tableMarked, ftsPhrase("", typed))
		if err != nil {
			return nil, err
		}
		if ok {
			return typed, nil
		}
	}
	cacheKey := strings.Join(folded, " ") + "\x00" + strings.Join(typed, " ")
	gen := l.gen.Load()
	l.formsMu.Lock()
	e, ok := l.forms[cacheKey]
	l.formsMu.Unlock()
	if ok && e.gen == gen {
		return e.keys, nil
	}

	consistent := func(keys []string) bool {
		for j, w := range p.words {
			if marked && viet.HasMarks(w) && typed[j] != keys[j] {
				return false
			}
		}
		return true
	}
	var sc viet.WordScanner
	count := func(counts map[string]float64, text string) {
		sc.Scan(text)
		n := len(folded)
		for i := 0; i+n <= len(sc.Words); i++ {
			ok := true
			for j := 0; j < n && ok; j++ {
				ok = string(sc.Fold(i+j)) == folded[j]
			}
			if !ok {
				continue
			}
			keys := make([]string, n)
			for j := range n {
				w := sc.Words[i+j]
				keys[j] = viet.ToneKey(text[w.Start:w.End])
			}
			if consistent(keys) {
				counts[strings.Join(keys, " ")]++
			}
		}
	}
	// Titles first: they are short and say what a document is about.
	titleCounts := make(map[string]float64)
	ids, err := l.sample(ctx, tableTitle, ftsPhrase(colsFoldedTitle, folded))
	if err != nil {
		return nil, err
	}
	if ids != "" {
		titles, err := l.distinct(ctx, "SELECT title FROM documents WHERE id IN "+ids)
		if err != nil {
			return nil, err
		}
		for _, t := range titles {
			count(titleCounts, t)
		}
	}
	best, bestScore, second, total := pick(titleCounts)
	if total < titleDecides || bestScore < 3*second {
		// Titles do not settle it: count the forms in a sample of texts.
		counts := make(map[string]float64)
		if ids, err = l.sample(ctx, tableFolded, ftsPhrase("", folded)); err != nil {
			return nil, err
		}
		if ids != "" {
			texts, err := l.texts(ctx, ids, sampleChars)
			if err != nil {
				return nil, err
			}
			for _, t := range texts {
				count(counts, t)
			}
		}
		for f, c := range titleCounts {
			counts[f] += titleWeight * c
		}
		best, _, _, _ = pick(counts)
	}
	var keys []string
	if best != "" {
		keys = strings.Fields(best)
	}
	l.formsMu.Lock()
	if l.forms == nil || len(l.forms) >= formCacheSize {
		l.forms = make(map[string]formCacheEntry)
	}
	l.forms[cacheKey] = formCacheEntry{gen, keys}
	l.formsMu.Unlock()
	return keys, nil
}

// sample returns up to sampleDocs documents matching expr, as an SQL list
// "(1,2,3)", or "" for none. Without ORDER BY, FTS5 stops after the first
// rows it finds, so this is cheap even for common phrases.
func (l *Library) sample(ctx context.Context, table, expr string) (string, error) {
	rows, err := l.db.Read.QueryContext(ctx, "SELECT rowid FROM "+table+" WHERE "+table+" MATCH ? LIMIT ?", expr, sampleDocs)
	if err != nil {
		return "", sqlite.Classify(err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return "", err
		}
		ids = append(ids, strconv.FormatInt(id, 10))
	}
	if len(ids) == 0 {
		return "", sqlite.Classify(rows.Err())
	}
	return "(" + strings.Join(ids, ",") + ")", sqlite.Classify(rows.Err())
}

func (l *Library) exists(ctx context.Context, table, expr string) (bool, error) {
	rows, err := l.db.Read.QueryContext(ctx, "SELECT 1 FROM "+table+" WHERE "+table+" MATCH ? LIMIT 1", expr)
	if err != nil {
		return false, sqlite.Classify(err)
	}
	defer rows.Close()
	return rows.Next(), sqlite.Classify(rows.Err())
}

//go:embed lexicon.txt
var lexiconFS embed.FS

// lexicon maps the first word's tone key of each entry to the entries.
var lexicon = sync.OnceValue(func() map[string][][]string {
	f, err := lexiconFS.Open("lexicon.txt")
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	defer f.Close()
	m := make(map[string][][]string)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		keys := toneKeys(viet.SplitWords(viet.NFC(line)))
		if len(keys) > 1 {
			m[keys[0]] = append(m[keys[0]], keys)
		}
	}
	return m
})

// lexiconHas reports whether the words (tone keys) contain an entry of the
// lexicon, or are part of one.
func lexiconHas(keys []string) bool {
	lex := lexicon()
	for i := range keys {
		for _, e := range lex[keys[i]] {
			n := min(len(e), len(keys)-i)
			if n < 2 {
				continue
			}
			if n < len(e) && i > 0 {
				continue // a part of an entry must start the phrase
			}
			ok := true
			for j := 0; j < n && ok; j++ {
				ok = keys[i+j] == e[j]
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// DropCaches forgets what searches remembered (the chosen forms of
// phrases), so that benchmarks measure a query seen for the first time.
func (l *Library) DropCaches() {
	l.formsMu.Lock()
	l.forms = nil
	l.formsMu.Unlock()
}

// pick returns the form with the highest count, weighted by the lexicon,
// its score, the runner-up's score and the sum of the counts.
func pick(counts map[string]float64) (best string, bestScore, second, total float64) {
	for form, c := range counts {
		total += c
		if lexiconHas(strings.Fields(form)) {
			c *= lexiconWeight
		}
		switch {
		case c > bestScore || c == bestScore && form < best:
			best, bestScore, second = form, c, bestScore
		case c > second:
			second = c
		}
	}
	return best, bestScore, second, total
}
