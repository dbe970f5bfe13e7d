// Command searchbench measures Sổ tay's search against two yardsticks on
// the shared news corpus, in one run: a plain folded FTS5 index (fold every
// text, unicode61, the query as a phrase, ORDER BY rank, snippet() on the
// folded body) and, when -recoll is given, Recoll (recollq).
//
//	go run -tags sqlite_fts5 ./scripts/searchbench -db /tmp/corpus.db \
//	    -plain /tmp/plain.db -recoll /tmp/recoll-default,/tmp/recoll-dd
//
// For every query of bench-queries.tsv it reports recall@10 of the
// no-diacritics form, precision@10 of the marked form, whether the
// Telex-typed form gives the marked form's results, and latencies. A
// relevant document holds the marked query's syllables in sequence
// (punctuation between them ignored, case-insensitive, old and new tone
// placement equal).
package main

import (
	"bufio"
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"sotay/internal/viet"
	"sotay/library"
)

type benchQuery struct {
	id, marked, folded, telex string
	relevant                  map[string]bool // file base names
}

func main() {
	corpus := flag.String("corpus", "../shared/corpus/vinews-baomoi", "corpus folder (docs/ and bench-queries.tsv)")
	dbPath := flag.String("db", "", "Sổ tay library holding the corpus (imported if missing)")
	plainPath := flag.String("plain", "", "plain folded FTS5 database (built if missing)")
	recoll := flag.String("recoll", "", "comma-separated Recoll config dirs, already indexed")
	runs := flag.Int("runs", 5, "timed passes over the queries")
	profile := flag.String("cpuprofile", "", "write a CPU profile of Sổ tay's searches to this file")
	only := flag.Bool("only", false, "measure Sổ tay alone")
	lazy := flag.Bool("lazy", true, "time Sổ tay's first page, as the GUI shows it, with the count of every match following (false: wait for the count, as the CLI does)")
	extra := flag.String("queries", "", "a query file of one's own to measure instead of the corpus's (e.g. scripts/searchbench/common-queries.tsv: phrases of very common syllables)")
	flag.Parse()
	ctx := context.Background()

	qfile := filepath.Join(*corpus, "bench-queries.tsv")
	if *extra != "" {
		qfile = *extra
	}
	queries := loadQueries(qfile)
	docsDir := filepath.Join(*corpus, "docs")
	t := time.Now()
	judge(docsDir, queries)
	fmt.Printf("relevance judged in %v\n", time.Since(t).Round(time.Millisecond))

	// Sổ tay.
	lib, err := library.Open(ctx, *dbPath, library.OpenOptions{})
	check(err)
	if n, _ := lib.Count(ctx); n == 0 {
		t := time.Now()
		_, err := lib.Import(ctx, []string{docsDir}, library.ImportOptions{})
		check(err)
		fmt.Printf("imported in %v\n", time.Since(t).Round(time.Millisecond))
	}
	paths := map[int64]string{}
	docs, err := lib.Documents(ctx)
	check(err)
	for _, d := range docs {
		paths[d.ID] = filepath.Base(d.SourcePath)
	}
	// A count left running is waited for before the next query is timed
	// (untimed: the GUI shows it when it comes).
	var pending func() (int, error)
	settle := func() {
		if pending != nil {
			pending()
			pending = nil
		}
	}
	sotay := func(q string) ([]string, error) {
		res, err := lib.Search(ctx, q, library.SearchOptions{Limit: 10, LazyCount: *lazy})
		if err != nil {
			return nil, err
		}
		if res.Total < 0 {
			pending = res.CountLater
		}
		var out []string
		for _, h := range res.Hits {
			out = append(out, filepath.Base(h.Path))
		}
		return out, nil
	}

	// The plain folded index.
	plain := openPlain(*plainPath, docsDir)
	plainSearch := func(q string) ([]string, error) {
		words := viet.SplitWords(viet.Fold(q))
		rows, err := plain.Query(`SELECT name, snippet(f, 2, '[', ']', '…', 16) FROM f WHERE f MATCH ? ORDER BY rank LIMIT 10`,
			`"`+strings.Join(words, " ")+`"`)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var name, snip string
			if err := rows.Scan(&name, &snip); err != nil {
				return nil, err
			}
			out = append(out, name)
		}
		return out, rows.Err()
	}

	systems := []system{{"Sổ tay", sotay, func() { settle(); lib.DropCaches() }, settle}, {"plain folded FTS5", plainSearch, nil, nil}}
	for _, dir := range strings.Split(*recoll, ",") {
		if dir == "" {
			continue
		}
		systems = append(systems, system{"Recoll (" + filepath.Base(dir) + ")", recollSearch(dir), nil, nil})
	}
	if *only {
		systems = systems[:1]
	}
	if *profile != "" {
		f, err := os.Create(*profile)
		check(err)
		check(pprof.StartCPUProfile(f))
		defer pprof.StopCPUProfile()
	}
	fmt.Printf("\n%-26s %9s %9s %9s %9s %8s %8s %8s\n", "system", "recall@10", "(with đ)", "prec@10", "telex=", "p50 ms", "p95 ms", "max ms")
	for _, s := range systems {
		s.report(queries, *runs)
	}
	for _, s := range systems[:1] {
		s.detail(queries)
	}
}

type system struct {
	name   string
	search func(string) ([]string, error)
	reset  func() // forget caches between timed passes
	settle func() // finish work left running, untimed, before the next query
}

func (s system) report(queries []*benchQuery, runs int) {
	var recall, recallD, prec, telex float64
	nD := 0
	for _, q := range queries {
		got, err := s.search(q.folded)
		check(err)
		r := recallAt10(got, q.relevant)
		recall += r
		if strings.ContainsAny(q.marked, "đĐ") {
			recallD += r
			nD++
		}
		gotM, err := s.search(q.marked)
		check(err)
		prec += precisionAt10(gotM, q.relevant)
		gotT, err := s.search(q.telex)
		check(err)
		if slices.Equal(gotT, gotM) {
			telex++
		}
	}
	// Warm latency: every form of every query, several passes; caches of
	// the system under test are dropped before each pass.
	var lat []time.Duration
	for range runs {
		if s.reset != nil {
			s.reset()
		}
		for _, q := range queries {
			for _, text := range []string{q.folded, q.marked} {
				if s.settle != nil {
					s.settle()
				}
				t := time.Now()
				_, err := s.search(text)
				check(err)
				lat = append(lat, time.Since(t))
			}
		}
	}
	slices.Sort(lat)
	n := float64(len(queries))
	fmt.Printf("%-26s %9.3f %9.3f %9.3f %6.0f/%-2d %8.2f %8.2f %8.2f\n", s.name, recall/n, recallD/float64(nD), prec/n,
		telex, len(queries), ms(pct(lat, 50)), ms(pct(lat, 95)), ms(lat[len(lat)-1]))
}

func (s system) detail(queries []*benchQuery) {
	fmt.Printf("\n%s per query (relevant documents, recall@10 unmarked, precision@10 marked):\n", s.name)
	for _, q := range queries {
		got, _ := s.search(q.folded)
		gotM, _ := s.search(q.marked)
		fmt.Printf("  %s %-48s %5d  %.2f  %.2f\n", q.id, q.marked, len(q.relevant), recallAt10(got, q.relevant), precisionAt10(gotM, q.relevant))
	}
}

func recallAt10(got []string, rel map[string]bool) float64 {
	if len(rel) == 0 {
		return 1
	}
	hit := 0
	for _, g := range got[:min(10, len(got))] {
		if rel[g] {
			hit++
		}
	}
	return float64(hit) / float64(min(10, len(rel)))
}

func precisionAt10(got []string, rel map[string]bool) float64 {
	if len(got) == 0 {
		return 0
	}
	hit := 0
	for _, g := range got[:min(10, len(got))] {
		if rel[g] {
			hit++
		}
	}
	return float64(hit) / float64(min(10, len(got)))
}

func pct(d []time.Duration, p int) time.Duration { return d[(len(d)-1)*p/100] }
func ms(d time.Duration) float64                 { return float64(d.Microseconds()) / 1000 }

func loadQueries(path string) []*benchQuery {
	f, err := os.Open(path)
	check(err)
	defer f.Close()
	var out []*benchQuery
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) < 3 {
			continue
		}
		out = append(out, &benchQuery{id: parts[0], marked: parts[1], folded: parts[2], telex: telex(parts[1]), relevant: map[string]bool{}})
	}
	return out
}

// telex types a marked query as on a keyboard without a Vietnamese driver,
// Telex style: "đảng bộ" → "ddangr booj".
func telex(s string) string {
	shapes := map[rune]string{'â': "aa", 'ê': "ee", 'ô': "oo", 'ă': "aw", 'ơ': "ow", 'ư': "uw", 'đ': "dd",
		'Â': "AA", 'Ê': "EE", 'Ô': "OO", 'Ă': "AW", 'Ơ': "OW", 'Ư': "UW", 'Đ': "DD"}
	tones := "\x00sfrxj"
	var out []string
	for _, w := range strings.Fields(s) {
		base, tone := viet.StripTone(w)
		var b strings.Builder
		for _, r := range base {
			if t, ok := shapes[r]; ok {
				b.WriteString(t)
			} else {
				b.WriteRune(r)
			}
		}
		if tone != viet.Ngang {
			b.WriteByte(tones[tone])
		}
		out = append(out, b.String())
	}
	return strings.Join(out, " ")
}

// judge marks, for every query, the files holding its marked syllables in
// sequence, comparing tone keys word by word.
func judge(dir string, queries []*benchQuery) {
	names, err := os.ReadDir(dir)
	check(err)
	keys := make([][]string, len(queries))
	for i, q := range queries {
		for _, w := range viet.SplitWords(q.marked) {
			keys[i] = append(keys[i], viet.ToneKey(w))
		}
	}
	var mu sync.Mutex
	work := make(chan string)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var sc viet.WordScanner
			for name := range work {
				data, err := os.ReadFile(filepath.Join(dir, name))
				check(err)
				text := viet.NFC(string(data))
				sc.Scan(text)
				wk := make([]string, len(sc.Words))
				for i, w := range sc.Words {
					wk[i] = viet.ToneKey(text[w.Start:w.End])
				}
				for qi, k := range keys {
					for i := 0; i+len(k) <= len(wk); i++ {
						if slices.Equal(wk[i:i+len(k)], k) {
							mu.Lock()
							queries[qi].relevant[name] = true
							mu.Unlock()
							break
						}
					}
				}
			}
		}()
	}
	for _, n := range names {
		work <- n.Name()
	}
	close(work)
	wg.Wait()
}

// openPlain opens (building if needed) the yardstick: folded title and
// body stored in an FTS5 table with snippet() available.
func openPlain(path, dir string) *sql.DB {
	_, statErr := os.Stat(path)
	db, err := sql.Open("sqlite3", path)
	check(err)
	db.SetMaxOpenConns(1)
	if statErr == nil {
		return db
	}
	t := time.Now()
	_, err = db.Exec(`CREATE VIRTUAL TABLE f USING fts5(name UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 0')`)
	check(err)
	tx, err := db.Begin()
	check(err)
	st, err := tx.Prepare(`INSERT INTO f (name, title, body) VALUES (?, ?, ?)`)
	check(err)
	names, err := os.ReadDir(dir)
	check(err)
	sort.Slice(names, func(i, j int) bool { return names[i].Name() < names[j].Name() })
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n.Name()))
		check(err)
		text := viet.Fold(viet.NFC(string(data)))
		title, _, _ := strings.Cut(text, "\n")
		_, err = st.Exec(n.Name(), title, text)
		check(err)
	}
	check(tx.Commit())
	fmt.Printf("plain folded index built in %v\n", time.Since(t).Round(time.Millisecond))
	return db
}

// recollSearch queries a Recoll index with recollq, one process per query
// (Recoll's own command-line client), the query as a phrase. The result
// lines are file URLs.
func recollSearch(confdir string) func(string) ([]string, error) {
	return func(q string) ([]string, error) {
		out, err := exec.Command("recollq", "-c", confdir, "-b", "-n", "10", "-q", `"`+q+`"`).Output()
		if err != nil {
			return nil, fmt.Errorf("recollq: %w", err)
		}
		var names []string
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			if line != "" {
				names = append(names, filepath.Base(line))
			}
		}
		return names, nil
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "searchbench:", err)
		os.Exit(1)
	}
}
