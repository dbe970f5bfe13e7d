package library

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"sotay/internal/sqlite"
	"sotay/internal/viet"
)

// Documents that know each other. A document's text cites others —
// "Căn cứ Nghị quyết số 08-NQ/QU ngày 20 tháng 7 năm 2020 của Ban Thường
// vụ Quận ủy", "thay thế Chỉ thị số 05-CT/TW", "NQ 08" — and each
// citation is kept (table citations) whether or not the cited document is
// in the library; those that match a document by number (and date and
// issuer where both are known) become relations. A document imported
// later resolves the older citations of it.

// Relation kinds.
const (
	RelReplaces = "thay-the"  // replaces
	RelAmends   = "sua-doi"   // amends
	RelGuides   = "huong-dan" // guides the carrying out of
	RelBasis    = "can-cu"    // is based on
	RelCites    = "trich-dan" // mentions
)

// Relation is a link between two documents as seen from one of them.
type Relation struct {
	Kind     string
	Incoming bool // the other document cites this one ("Được nhắc đến trong")
	Other    Summary
	Detected bool   // found in the text, not set by hand
	Phrase   string // the words that cite
}

// citation is a reference found in a text.
type citation struct {
	kind, number, prefix, date, issuer, phrase string
}

// numberRe matches a document number as Vietnamese documents write them:
// 08-NQ/QU, 05-CT/TW, 123/QĐ-UBND, 15/2023/NĐ-CP.
var numberRe = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(\d{1,4}(?:/\d{4})?[-/]\p{Lu}[\p{L}\p{N}]*(?:[-/]\p{Lu}[\p{L}\p{N}]*)*)`)

// abbrevRe matches the short form "NQ 08", "CT 05".
var abbrevRe = regexp.MustCompile(`(?:^|[^\p{L}])(NQ|CT|QĐ|KL|HD|TB|KH|QĐi)\s+(\d{1,4})(?:[^\p{L}\p{N}/-]|$)`)

// dateRe reads "ngày 20 tháng 7 năm 2020" or "ngày 20/7/2020" just after
// a number.
var dateRe = regexp.MustCompile(`^[\s,]*(?:ban hành\s+)?ngày\s+(\d{1,2})(?:\s+tháng\s+|/|-)(\d{1,2})(?:\s+năm\s+|/|-)(\d{4})`)

// issuerRe reads "của Ban Thường vụ Quận ủy" after the number and date.
var issuerRe = regexp.MustCompile(`^[\s,]*(?:của\s+)(\p{Lu}[^,;.()\n]{2,80})`)

var kindWords = []struct{ word, abbrev string }{
	{"nghị quyết", "NQ"}, {"chỉ thị", "CT"}, {"quyết định", "QĐ"}, {"kết luận", "KL"}, {"hướng dẫn", "HD"},
	{"thông báo", "TB"}, {"kế hoạch", "KH"}, {"quy định", "QĐi"}, {"công văn", "CV"}, {"nghị định", "NĐ"},
	{"thông tư", "TT"}, {"luật", "L"},
}

// findCitations lists the references to other documents in text.
func findCitations(text string) []citation {
	if !strings.ContainsAny(text, "0123456789") {
		return nil
	}
	var out []citation
	seen := map[string]bool{}
	add := func(start, end int, number, prefix string) {
		before := text[max(0, start-80):start]
		for len(before) > 0 && !utf8.RuneStart(before[0]) {
			before = before[1:] // (all of a rune the window cut: one byte left shifted the phrase, "ỉ thị số 49-CT/TW")
		}
		after := text[end:]
		if k := strings.LastIndexAny(before, ".;\n"); k >= 0 {
			before = before[k+1:] // this sentence only
		}
		c := citation{number: number, prefix: prefix, kind: relKind(before)}
		if m := dateRe.FindStringSubmatch(after); m != nil {
			d, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
				c.date = fmt.Sprintf("%s-%02d-%02d", m[3], mo, d)
			}
			after = after[len(m[0]):]
		}
		if m := issuerRe.FindStringSubmatch(after); m != nil {
			iss := m[1]
			for _, stop := range []string{" và ", " về ", " ngày ", " số "} {
				if k := strings.Index(iss, stop); k > 0 {
					iss = iss[:k]
				}
			}
			c.issuer = strings.TrimSpace(iss)
		}
		// the phrase: from the kind word before the number to its end
		lead := ""
		lb := strings.ToLower(before)
		for _, k := range kindWords {
			if i := strings.LastIndex(lb, k.word); i >= 0 && len(lb)-i < 24 {
				lead = before[i:]
			}
		}
		c.phrase = strings.Join(strings.Fields(lead+text[start:end]), " ")
		key := c.number + "|" + c.prefix + "|" + c.date
		if !seen[key] {
			seen[key] = true
			out = append(out, c)
		}
	}
	for _, w := range numberWindows(text) {
		for _, m := range numberRe.FindAllStringSubmatchIndex(text[w[0]:w[1]], -1) {
			full, prefix := normNumber(text[w[0]+m[2] : w[0]+m[3]])
			add(w[0]+m[2], w[0]+m[3], full, prefix)
		}
	}
	for _, ab := range []string{"NQ ", "CT ", "QĐ ", "KL ", "HD ", "TB ", "KH "} {
		for i := 0; ; {
			k := strings.Index(text[i:], ab)
			if k < 0 {
				break
			}
			at := i + k
			i = at + len(ab)
			w := text[max(0, at-1):min(len(text), at+len(ab)+6)]
			if m := abbrevRe.FindStringSubmatchIndex(w); m != nil {
				base := max(0, at-1)
				n, _ := strconv.Atoi(w[m[4]:m[5]])
				add(base+m[2], base+m[5], "", fmt.Sprintf("%d-%s", n, strings.ToLower(viet.Fold(w[m[2]:m[3]]))))
			}
		}
	}
	return out
}

// numberWindows are the stretches of text that may hold a document number
// (a digit, then "-" or "/", then a capital): the regular expression runs
// on them only, not on the whole text (it read 12 MB/s).
func numberWindows(text string) [][2]int {
	var out [][2]int
	last := -1
	for i := 1; i+1 < len(text); i++ {
		c := text[i]
		if c != '-' && c != '/' {
			continue
		}
		if p := text[i-1]; p < '0' || p > '9' {
			continue
		}
		if n := text[i+1]; !(n >= 'A' && n <= 'Z' || n == 0xC4) {
			continue
		}
		start, end := max(0, i-12), min(len(text), i+40)
		for start > 0 && !utf8.RuneStart(text[start]) {
			start--
		}
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		if start <= last && len(out) > 0 {
			out[len(out)-1][1] = end // overlapping: one window
		} else {
			out = append(out, [2]int{start, end})
		}
		last = end
	}
	return out
}

// relKind reads the relation from the words before a citation.
func relKind(before string) string {
	b := viet.Fold(before)
	switch {
	case strings.Contains(b, "thay the"):
		return RelReplaces
	case strings.Contains(b, "sua doi") || strings.Contains(b, "bo sung"):
		return RelAmends
	case strings.Contains(b, "huong dan thuc hien") || strings.HasSuffix(strings.TrimSpace(b), "thuc hien") || strings.Contains(b, "thuc hien nghi quyet") ||
		strings.Contains(b, "trien khai thuc hien") || strings.Contains(b, "quan triet"):
		return RelGuides
	case strings.Contains(b, "can cu"):
		return RelBasis
	}
	return RelCites
}

// normNumber folds a document number for matching: "08-NQ/QU" is
// "8-nq/qu", and its prefix (the part before the issuer) "8-nq".
func normNumber(n string) (full, prefix string) {
	n = strings.ToLower(viet.Fold(strings.Join(strings.Fields(n), "")))
	i := 0
	for i < len(n) && n[i] == '0' && i+1 < len(n) && n[i+1] >= '0' && n[i+1] <= '9' {
		i++
	}
	n = n[i:]
	prefix = n
	if k := strings.IndexByte(n, '/'); k > 0 && strings.IndexByte(n[:k], '-') > 0 {
		prefix = n[:k] // "8-nq/qu" → "8-nq"; "123/qd-ubnd" keeps all
	}
	return n, prefix
}

// setNumberKeys stores the folded number of documents ids for matching.
func setNumberKeys(ctx context.Context, tx *sql.Tx, numbers map[int64]string) error {
	for id, n := range numbers {
		full, prefix := "", ""
		if strings.TrimSpace(n) != "" {
			full, prefix = normNumber(n)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET number_key = ?, number_prefix = ? WHERE id = ?`, full, prefix, id); err != nil {
			return err
		}
	}
	return nil
}

// ensureCitations fills the number keys and citations of a library made
// before they existed (once: meta 'citations' = '1').
func (l *Library) ensureCitations(ctx context.Context) error {
	var v string
	err := l.db.Read.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'citations'`).Scan(&v)
	if err == nil && v == "1" || l.db.ReadOnly {
		return nil
	}
	if err != nil && err != sql.ErrNoRows {
		return nil // unreadable: left for check to report, never written
	}
	// Filling them writes: never into a damaged file.
	if problems, err := l.db.QuickCheck(ctx, 1); err != nil || len(problems) > 0 {
		return nil
	}
	return sqlite.Classify(l.db.Tx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT d.id, d.number, group_concat(p.text, char(12)) FROM documents d
			JOIN pages p ON p.document_id = d.id GROUP BY d.id`)
		if err != nil {
			return err
		}
		numbers, texts := map[int64]string{}, map[int64]string{}
		var ids []int64
		for rows.Next() {
			var id int64
			var n string
			var text sql.NullString
			if err := rows.Scan(&id, &n, &text); err != nil {
				rows.Close()
				return err
			}
			ids, numbers[id], texts[id] = append(ids, id), n, text.String
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if err := setNumberKeys(ctx, tx, numbers); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM citations`); err != nil {
			return err
		}
		if err := linkCitations(ctx, tx, ids, texts); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('citations', '1')
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
		return err
	}))
}

// linkCitations stores the citations of documents ids (just added) and
// resolves every stored citation that names them or that they make.
func linkCitations(ctx context.Context, tx *sql.Tx, ids []int64, texts map[int64]string) error {
	if len(ids) == 0 {
		return nil
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO citations (from_id, kind, number, prefix, issued_on, issuer, phrase) VALUES (?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, id := range ids {
		for _, c := range findCitations(texts[id]) {
			if _, err := ins.ExecContext(ctx, id, c.kind, c.number, c.prefix, c.date, c.issuer, c.phrase); err != nil {
				return err
			}
		}
	}
	// Resolve: citations made by the new documents, and citations of
	// older documents whose number is one of the new documents'.
	list := strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")
	args := make([]any, 0, 2*len(ids))
	for _, id := range ids {
		args = append(args, id)
	}
	args = append(args, args...)
	_, err = tx.ExecContext(ctx, `INSERT OR IGNORE INTO relations (from_id, to_id, kind, detected, phrase)
		SELECT c.from_id, d.id, c.kind, 1, c.phrase FROM citations c JOIN documents d
		  ON (c.number <> '' AND d.number_key = c.number OR c.number = '' AND d.number_prefix = c.prefix)
		 AND (c.issued_on = '' OR d.issued_on = '' OR d.issued_on = c.issued_on)
		 AND d.id <> c.from_id
		WHERE c.from_id IN (`+list+`) OR d.id IN (`+list+`)`, args...)
	return err
}

// Relations lists the documents document id cites and those that cite it.
func (l *Library) Relations(ctx context.Context, id int64) ([]Relation, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT r.kind, 0, d.id, d.title, d.kind, d.number, d.issued_on, r.detected, r.phrase
		FROM relations r JOIN documents d ON d.id = r.to_id WHERE r.from_id = ? AND d.trashed_at = ''
		UNION ALL
		SELECT r.kind, 1, d.id, d.title, d.kind, d.number, d.issued_on, r.detected, r.phrase
		FROM relations r JOIN documents d ON d.id = r.from_id WHERE r.to_id = ? AND d.trashed_at = ''
		ORDER BY 2, 4`, id, id)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []Relation
	for rows.Next() {
		var r Relation
		if err := rows.Scan(&r.Kind, &r.Incoming, &r.Other.ID, &r.Other.Title, &r.Other.Kind, &r.Other.Number,
			&r.Other.IssuedOn, &r.Detected, &r.Phrase); err != nil {
			return nil, sqlite.Classify(err)
		}
		out = append(out, r)
	}
	return out, sqlite.Classify(rows.Err())
}

// SetRelation records by hand that document from relates to document to.
func (l *Library) SetRelation(ctx context.Context, from, to int64, kind string) error {
	switch kind {
	case RelReplaces, RelAmends, RelGuides, RelBasis, RelCites:
	default:
		return fmt.Errorf("quan hệ %q: %w", kind, ErrBadValue)
	}
	if from == to {
		return fmt.Errorf("văn bản %d với chính nó: %w", from, ErrBadValue)
	}
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO relations (from_id, to_id, kind, detected) VALUES (?, ?, ?, 0)
			ON CONFLICT (from_id, to_id, kind) DO UPDATE SET detected = 0`, from, to, kind)
		if err != nil && strings.Contains(err.Error(), "FOREIGN KEY") {
			return fmt.Errorf("văn bản %d hoặc %d: %w", from, to, ErrNotFound)
		}
		return err
	})
	return sqlite.Classify(err)
}

// Unresolved lists what document id cites that is not in the library (the
// words of each citation), for the reader to show as plain text. Its own
// number (in its header, "Số 08-HD/BTCQU") is not a citation.
func (l *Library) Unresolved(ctx context.Context, id int64) ([]string, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT DISTINCT c.phrase FROM citations c WHERE c.from_id = ? AND c.phrase <> ''
		AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.trashed_at = ''
			AND (c.number <> '' AND d.number_key = c.number OR c.number = '' AND d.number_prefix = c.prefix))
		ORDER BY c.phrase`, id)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, sqlite.Classify(err)
		}
		out = append(out, p)
	}
	return out, sqlite.Classify(rows.Err())
}
