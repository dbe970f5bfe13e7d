package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"sotay/internal/sqlite"
	"sotay/internal/viet"
)

// Collection is a named set of documents (bộ sưu tập): the resolutions of
// one congress, a training course's material. A document may be in
// several; question banks may belong to one, and self-checks draw from one.
type Collection struct {
	ID        int64
	Name      string
	Documents int
}

// ErrNoCollectionName means a collection would be left without a name.
var ErrNoCollectionName = errors.New("empty collection name")

// ErrNoCollection means no collection has the name or id given (it is an
// ErrNotFound too).
var ErrNoCollection = fmt.Errorf("no such collection: %w", ErrNotFound)

// Collections lists the collections by name (Vietnamese order) with how
// many documents each holds.
func (l *Library) Collections(ctx context.Context) ([]Collection, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT c.id, c.name, count(cd.document_id)
		FROM collections c LEFT JOIN collection_documents cd ON cd.collection_id = c.id GROUP BY c.id`)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []Collection
	for rows.Next() {
		var c Collection
		if err := rows.Scan(&c.ID, &c.Name, &c.Documents); err != nil {
			return nil, sqlite.Classify(err)
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return string(viet.SortKey(out[i].Name)) < string(viet.SortKey(out[j].Name)) })
	return out, sqlite.Classify(rows.Err())
}

// FindCollection finds a collection by its id or its name (case and
// diacritics ignored), or ErrNotFound.
func (l *Library) FindCollection(ctx context.Context, ref string) (Collection, error) {
	all, err := l.Collections(ctx)
	if err != nil {
		return Collection{}, err
	}
	ref = strings.Join(strings.Fields(viet.NFC(ref)), " ")
	id, _ := strconv.ParseInt(ref, 10, 64)
	for _, pass := range []func(Collection) bool{
		func(c Collection) bool { return c.ID == id },
		func(c Collection) bool { return c.Name == ref },
		func(c Collection) bool { return viet.Fold(c.Name) == viet.Fold(ref) },
	} {
		for _, c := range all {
			if pass(c) {
				return c, nil
			}
		}
	}
	return Collection{}, fmt.Errorf("bộ sưu tập %q: %w", ref, ErrNoCollection)
}

// CollectionNamed finds the collection named name, creating it if there
// is none.
func (l *Library) CollectionNamed(ctx context.Context, name string) (Collection, error) {
	name = strings.Join(strings.Fields(viet.NFC(name)), " ")
	if name == "" {
		return Collection{}, ErrNoCollectionName
	}
	if c, err := l.FindCollection(ctx, name); err == nil && (c.Name == name || viet.Fold(c.Name) == viet.Fold(name)) {
		return c, nil
	}
	var c Collection
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO collections (name) VALUES (?)`, name)
		if err != nil {
			return err
		}
		c.ID, err = res.LastInsertId()
		c.Name = name
		return err
	})
	return c, sqlite.Classify(err)
}

// AddToCollection puts documents into a collection (those already in it
// stay once).
func (l *Library) AddToCollection(ctx context.Context, id int64, docIDs ...int64) error {
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		for _, d := range docIDs {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO collection_documents (collection_id, document_id) VALUES (?, ?)`, id, d); err != nil {
				if strings.Contains(err.Error(), "FOREIGN KEY") {
					return fmt.Errorf("văn bản %d hoặc bộ sưu tập %d: %w", d, id, ErrNotFound)
				}
				return err
			}
		}
		return nil
	})
	return sqlite.Classify(err)
}

// RemoveFromCollection takes documents out of a collection.
func (l *Library) RemoveFromCollection(ctx context.Context, id int64, docIDs ...int64) error {
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		for _, d := range docIDs {
			if _, err := tx.ExecContext(ctx, `DELETE FROM collection_documents WHERE collection_id = ? AND document_id = ?`, id, d); err != nil {
				return err
			}
		}
		return nil
	})
	return sqlite.Classify(err)
}

// DeleteCollection removes a collection; its documents and question banks
// stay (the banks no longer belong to it).
func (l *Library) DeleteCollection(ctx context.Context, id int64) error {
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM collections WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("bộ sưu tập %d: %w", id, ErrNotFound)
		}
		return nil
	})
	return sqlite.Classify(err)
}

// DocumentCollections lists the collections a document is in.
func (l *Library) DocumentCollections(ctx context.Context, docID int64) ([]Collection, error) {
	all, err := l.Collections(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := l.db.Read.QueryContext(ctx, `SELECT collection_id FROM collection_documents WHERE document_id = ?`, docID)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	in := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, sqlite.Classify(err)
		}
		in[id] = true
	}
	var out []Collection
	for _, c := range all {
		if in[c.ID] {
			out = append(out, c)
		}
	}
	return out, sqlite.Classify(rows.Err())
}

// SetDocumentCollections makes names the collections a document is in,
// in one transaction: names match existing collections by name (case and
// diacritics ignored), missing ones are created, and the document leaves
// those not named.
func (l *Library) SetDocumentCollections(ctx context.Context, docID int64, names []string) error {
	if _, err := l.Document(ctx, docID); err != nil {
		return err
	}
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		byFold := map[string]int64{}
		rows, err := tx.QueryContext(ctx, `SELECT id, name FROM collections`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var name string
			if err := rows.Scan(&id, &name); err != nil {
				rows.Close()
				return err
			}
			byFold[viet.Fold(name)] = id
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		var keep []any
		for _, n := range names {
			n = strings.Join(strings.Fields(viet.NFC(n)), " ")
			if n == "" {
				continue
			}
			id, ok := byFold[viet.Fold(n)]
			if !ok {
				res, err := tx.ExecContext(ctx, `INSERT INTO collections (name) VALUES (?)`, n)
				if err != nil {
					return err
				}
				if id, err = res.LastInsertId(); err != nil {
					return err
				}
				byFold[viet.Fold(n)] = id
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO collection_documents (collection_id, document_id) VALUES (?, ?)`, id, docID); err != nil {
				return err
			}
			keep = append(keep, id)
		}
		q := `DELETE FROM collection_documents WHERE document_id = ?`
		if len(keep) > 0 {
			q += ` AND collection_id NOT IN (` + strings.TrimSuffix(strings.Repeat("?,", len(keep)), ",") + `)`
		}
		_, err = tx.ExecContext(ctx, q, append([]any{docID}, keep...)...)
		return err
	})
	return sqlite.Classify(err)
}
