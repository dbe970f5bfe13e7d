package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sotay/internal/safefile"
	"sotay/internal/sqlite"
)

// CheckReport is what Check found. Problems are SQLite's or our own
// findings in English; the caller renders advice from Sound.
type CheckReport struct {
	Documents int      // documents the library lists
	Problems  []string // of the file and its index; empty when they are sound
	// MissingOriginals counts kept files the documents name that are no
	// longer on disk (their text is safe; "open the original" is not);
	// FirstMissing names one.
	MissingOriginals int
	FirstMissing     string
}

// Sound reports a library with no problems and every kept file present.
func (r CheckReport) Sound() bool { return len(r.Problems) == 0 && r.MissingOriginals == 0 }

// Check examines the library without changing it: SQLite's quick_check
// (every page and index readable and consistent), the search index's own
// integrity check, the index holding exactly the stored documents, and
// references between tables.
func (l *Library) Check(ctx context.Context) (CheckReport, error) {
	var r CheckReport
	problems, err := l.db.QuickCheck(ctx, 20)
	if err != nil {
		return r, err
	}
	r.Problems = append(r.Problems, problems...)
	if err := l.db.Read.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&r.Documents); err != nil {
		r.Problems = append(r.Problems, "documents: "+err.Error())
	}
	for _, table := range []string{"search", "search_marked", "search_title"} {
		// integrity-check only reads, but FTS5 takes it as an INSERT: it
		// runs on the writer connection (query-only readers refuse it).
		if _, err := l.db.Write.ExecContext(ctx, `INSERT INTO `+table+`(`+table+`) VALUES ('integrity-check')`); err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("search index %s: %v", table, err))
		}
	}
	consistency := []struct{ what, query string }{
		{"documents missing from the search index", `SELECT count(*) FROM documents WHERE trashed_at = '' AND id NOT IN (SELECT rowid FROM search)`},
		{"search index entries without a document", `SELECT count(*) FROM search WHERE rowid NOT IN (SELECT id FROM documents WHERE trashed_at = '')`},
		{"pages without a document", `SELECT count(*) FROM pages WHERE document_id NOT IN (SELECT id FROM documents)`},
		{"documents without pages", `SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM pages)`},
		{"questions without a bank", `SELECT count(*) FROM quiz_questions WHERE bank_id NOT IN (SELECT id FROM quiz_banks)`},
	}
	for _, c := range consistency {
		var n int
		if err := l.db.Read.QueryRowContext(ctx, c.query).Scan(&n); err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("%s: %v", c.what, err))
		} else if n > 0 {
			r.Problems = append(r.Problems, fmt.Sprintf("%s: %d", c.what, n))
		}
	}
	r.MissingOriginals, r.FirstMissing = l.missingOriginals(ctx)
	return r, ctx.Err()
}

// IndexProblem reports a problem Check found that Reindex mends (the
// search index out of step with the documents).
func IndexProblem(p string) bool {
	return strings.HasPrefix(p, "search index") || strings.HasPrefix(p, "documents missing from the search index")
}

// missingOriginals counts documents whose kept file is no longer on disk,
// and names the first.
func (l *Library) missingOriginals(ctx context.Context) (int, string) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT DISTINCT original FROM documents WHERE original <> '' ORDER BY original`)
	if err != nil {
		return 0, ""
	}
	defer rows.Close()
	n, first := 0, ""
	dir := filepath.Dir(l.Path())
	for rows.Next() {
		var rel string
		if rows.Scan(&rel) != nil {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, rel)); errors.Is(err, fs.ErrNotExist) {
			if n == 0 {
				first = rel
			}
			n++
		}
	}
	return n, first
}

// RecoverReport says what Recover copied.
type RecoverReport struct {
	Tables []RecoveredTable
	// WithoutText counts documents left out because their text was lost.
	WithoutText int
}

// RecoveredTable is one table's rows copied and lost.
type RecoveredTable struct {
	Name   string `json:"name"`
	Copied int    `json:"copied"`
	Failed int    `json:"dropped"`
	// Damaged is true when part of the table could not be read at all.
	Damaged bool `json:"damaged"`
}

// Recover copies every row that can still be read from the library file
// at damaged into a new library at target (which must not exist), then
// rebuilds its search index. The damaged file is only read. Rows that
// point at rows that were lost (a page whose document is gone) are left
// out, so the new library is consistent.
func Recover(ctx context.Context, damaged, target string) (RecoverReport, error) {
	var rep RecoverReport
	if _, err := os.Stat(damaged); err != nil {
		return rep, fmt.Errorf("%s: %w", damaged, err)
	}
	if _, err := os.Lstat(target); err == nil {
		return rep, fmt.Errorf("%s: %w", target, fs.ErrExist)
	}
	// The damaged library is not open here: protect its files and folders
	// from the new one all the same (its -wal would be deleted the next
	// time it is opened).
	defer safefile.Protect(false, damaged, damaged+"-wal", damaged+"-shm", damaged+"-journal")()
	defer safefile.Protect(true, originalsDirOf(damaged), filepath.Join(filepath.Dir(damaged), legacyOriginals))()
	if err := safefile.Check(target); err != nil {
		return rep, err
	}
	uri, err := sqlite.FileURI(damaged)
	if err != nil {
		return rep, err
	}
	l, err := Open(ctx, target, OpenOptions{Write: true})
	if err != nil {
		return rep, err
	}
	ok := false
	defer func() {
		l.Close()
		if !ok {
			for _, s := range []string{"", "-wal", "-shm"} {
				os.Remove(target + s)
			}
		}
	}()
	conn, err := l.db.Write.Conn(ctx)
	if err != nil {
		return rep, sqlite.Classify(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `ATTACH DATABASE ? AS old`, uri+"?mode=ro&immutable=1"); err != nil {
		return rep, fmt.Errorf("%s: %w", damaged, sqlite.Classify(err))
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `DETACH DATABASE old`)
	tables, err := stringsOf(ctx, conn, `SELECT name FROM main.sqlite_schema WHERE type = 'table'
		AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'search%' ORDER BY rowid`)
	if err != nil {
		return rep, err
	}
	for _, t := range tables {
		rt, err := recoverTable(ctx, conn, t)
		if err != nil {
			return rep, err
		}
		rep.Tables = append(rep.Tables, rt)
	}
	// A document whose text was lost is of no use to study: leave it out.
	res, err := conn.ExecContext(ctx, `DELETE FROM documents WHERE id NOT IN (SELECT document_id FROM pages)`)
	if err != nil {
		return rep, sqlite.Classify(err)
	}
	n, _ := res.RowsAffected()
	rep.WithoutText = int(n)
	if _, err := conn.ExecContext(ctx, `DELETE FROM meta WHERE key = 'index_version'`); err != nil {
		return rep, sqlite.Classify(err)
	}
	conn.ExecContext(ctx, `DETACH DATABASE old`)
	conn.Close()
	if err := l.Reindex(ctx, nil); err != nil {
		return rep, err
	}
	ok = true
	return rep, nil
}

// recoverTable copies the readable rows of old.t into main.t, in rowid
// order where the table has rowids, stepping over damaged stretches.
func recoverTable(ctx context.Context, conn *sql.Conn, t string) (RecoveredTable, error) {
	rt := RecoveredTable{Name: t}
	cols, err := stringsOf(ctx, conn, `SELECT name FROM pragma_table_info(?, 'main')`, t)
	if err != nil {
		return rt, err
	}
	oldCols, err := stringsOf(ctx, conn, `SELECT name FROM pragma_table_info(?, 'old')`, t)
	if err != nil || len(oldCols) == 0 {
		rt.Damaged = err != nil
		return rt, nil // a table the old library did not have
	}
	var common []string
	for _, c := range cols {
		for _, o := range oldCols {
			if c == o {
				common = append(common, `"`+c+`"`)
			}
		}
	}
	list := strings.Join(common, ", ")
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(common)), ", ")
	ins, err := conn.PrepareContext(ctx, `INSERT OR IGNORE INTO main."`+t+`" (`+list+`) VALUES (`+marks+`)`)
	if err != nil {
		return rt, sqlite.Classify(err)
	}
	defer ins.Close()
	// Columns whose reference may be dropped (ON DELETE SET NULL: a
	// question's document): a row pointing at a lost row is kept without it.
	nullable, err := stringsOf(ctx, conn, `SELECT "from" FROM pragma_foreign_key_list(?) WHERE on_delete = 'SET NULL'`, t)
	if err != nil {
		return rt, err
	}
	var nullIdx []int
	for i, c := range common {
		for _, n := range nullable {
			if c == `"`+n+`"` {
				nullIdx = append(nullIdx, i)
			}
		}
	}
	withoutRowid := false
	var sqlText string
	conn.QueryRowContext(ctx, `SELECT sql FROM main.sqlite_schema WHERE name = ?`, t).Scan(&sqlText)
	withoutRowid = strings.Contains(strings.ToUpper(sqlText), "WITHOUT ROWID")

	const chunk = 256
	after := int64(0) // the library's rowids start at 1
	probes := 0
	// A damaged tree can send a scan back to rows already read, or round
	// in a loop: rowids must grow, each query has a time limit, and the
	// whole table a bound on its steps.
	for offset, steps := 0, 0; steps < 100000; steps++ {
		if err := ctx.Err(); err != nil {
			return rt, err
		}
		var q string
		var args []any
		if withoutRowid {
			q, args = `SELECT `+list+` FROM old."`+t+`" LIMIT ? OFFSET ?`, []any{chunk, offset}
		} else {
			q, args = `SELECT rowid, `+list+` FROM old."`+t+`" WHERE rowid > ? ORDER BY rowid LIMIT ?`, []any{after, chunk}
		}
		qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		rows, ids, err := readRows(qctx, conn, q, args, len(common), !withoutRowid)
		cancel()
		if ctx.Err() != nil {
			return rt, ctx.Err()
		}
		read := 0
		for i, row := range rows {
			if !withoutRowid {
				if ids[i] <= after {
					continue // not past what was read: the tree is lying
				}
				after = ids[i]
			}
			read++
			res, ierr := ins.ExecContext(ctx, row...)
			if ierr != nil && len(nullIdx) > 0 {
				for _, i := range nullIdx {
					row[i] = nil
				}
				res, ierr = ins.ExecContext(ctx, row...)
			}
			if ierr != nil {
				rt.Failed++ // refused by a constraint: it points at a lost row
			} else if n, _ := res.RowsAffected(); n > 0 {
				rt.Copied++
			}
		}
		offset += len(rows)
		if err == nil && read == 0 && len(rows) > 0 {
			err = ErrCorrupt // rows, but none new
		}
		if err != nil {
			if !isDamage(err) && !errors.Is(err, context.DeadlineExceeded) {
				return rt, err
			}
			rt.Damaged = true
			if withoutRowid || probes > 600 {
				return rt, nil
			}
			// Step over the damaged stretch: the next rowids one by one
			// (a seek that avoids the damaged page reads the rows after
			// it), then further and further on.
			probes++
			after += max(1, int64(1)<<max(0, probes-512))
			continue
		}
		if len(rows) < chunk {
			return rt, nil
		}
		probes = 0
	}
	rt.Damaged = true
	return rt, nil
}

// readRows reads up to one chunk; it returns the rows read before an
// error too, with their rowids.
func readRows(ctx context.Context, conn *sql.Conn, q string, args []any, n int, rowid bool) ([][]any, []int64, error) {
	rs, err := conn.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, sqlite.Classify(err)
	}
	defer rs.Close()
	var out [][]any
	var ids []int64
	for rs.Next() {
		vals := make([]any, n)
		ptrs := make([]any, 0, n+1)
		var id int64
		if rowid {
			ptrs = append(ptrs, &id)
		}
		for i := range vals {
			ptrs = append(ptrs, &vals[i])
		}
		if err := rs.Scan(ptrs...); err != nil {
			return out, ids, sqlite.Classify(err)
		}
		out = append(out, vals)
		ids = append(ids, id)
	}
	return out, ids, sqlite.Classify(rs.Err())
}

func isDamage(err error) bool {
	return errors.Is(err, ErrCorrupt) || errors.Is(err, ErrNotLibrary) || strings.Contains(err.Error(), "malformed")
}

func stringsOf(ctx context.Context, conn *sql.Conn, q string, args ...any) ([]string, error) {
	rows, err := conn.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, sqlite.Classify(err)
		}
		out = append(out, s)
	}
	return out, sqlite.Classify(rows.Err())
}
