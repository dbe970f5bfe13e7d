package quiz

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
)

// Sub-banks: Moodle's categories below a bank.

// totals sets each bank's Total: its questions and its sub-banks', at
// every depth.
func totals(bs []Bank) {
	at := make(map[int64]int, len(bs))
	for i, b := range bs {
		at[b.ID] = i
		bs[i].Total = b.Questions
	}
	for _, b := range bs {
		seen := map[int64]bool{b.ID: true}
		for p := b.ParentID; p != 0 && !seen[p]; {
			i, ok := at[p]
			if !ok {
				break
			}
			seen[p] = true
			bs[i].Total += b.Questions
			p = bs[i].ParentID
		}
	}
}

// SubBank returns the sub-bank of parent at path (names below it),
// creating the missing levels; an empty path is parent itself.
func (s *Store) SubBank(ctx context.Context, parent Bank, path []string) (Bank, error) {
	var b Bank
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var err error
		b, err = subBankTx(ctx, tx, parent, path, s.now())
		return err
	})
	return b, err
}

func subBankTx(ctx context.Context, tx querier, parent Bank, path []string, now time.Time) (Bank, error) {
	cur := parent
	for _, seg := range path {
		name := Tidy(cur.Name + " / " + seg)
		var id, par int64
		err := tx.QueryRowContext(ctx, `SELECT id, COALESCE(parent_id, 0) FROM quiz_banks WHERE name = ?`, name).Scan(&id, &par)
		switch {
		case err == nil:
			if par != cur.ID {
				return Bank{}, Failure(ErrBankExists, "bank_exists", "Name", name)
			}
		case errors.Is(err, sql.ErrNoRows):
			res, err := tx.ExecContext(ctx, `INSERT INTO quiz_banks (name, description, document_id, collection_id, parent_id, created_at)
				VALUES (?, '', NULL, ?, ?, ?)`, name, nullID(cur.CollectionID), cur.ID, stamp(now))
			if err != nil {
				return Bank{}, err
			}
			if id, err = res.LastInsertId(); err != nil {
				return Bank{}, err
			}
		default:
			return Bank{}, err
		}
		cur = Bank{ID: id, Name: name, CollectionID: cur.CollectionID, ParentID: cur.ID}
	}
	return cur, nil
}

// Sections is a bank and its sub-banks, each with its questions and its
// path of names (the bank's name, then each sub-bank's), parents first:
// what GIFT and Moodle XML write as $CATEGORY.
func (s *Store) Sections(ctx context.Context, bankID int64) ([]Section, error) {
	banks, err := s.Banks(ctx)
	if err != nil {
		return nil, err
	}
	byID := map[int64]Bank{}
	kids := map[int64][]Bank{}
	for _, b := range banks {
		byID[b.ID] = b
		kids[b.ParentID] = append(kids[b.ParentID], b)
	}
	root, ok := byID[bankID]
	if !ok {
		return nil, missing("bank", bankID)
	}
	var out []Section
	var walk func(b Bank, path []string) error
	walk = func(b Bank, path []string) error {
		qs, err := s.Questions(ctx, b.ID)
		if err != nil {
			return err
		}
		out = append(out, Section{Path: path, Questions: qs})
		for _, k := range kids[b.ID] {
			seg := strings.TrimPrefix(k.Name, b.Name+" / ")
			if err := walk(k, append(append([]string(nil), path...), seg)); err != nil {
				return err
			}
		}
		return nil
	}
	// A sub-bank exported alone keeps its place: "Cha / Con" is the path
	// Cha, Con (written "Cha/Con", not one name with a slash in it).
	path := []string{root.Name}
	for b := root; b.ParentID != 0; {
		parent, ok := byID[b.ParentID]
		if !ok || !strings.HasPrefix(b.Name, parent.Name+" / ") {
			break
		}
		path[0] = strings.TrimPrefix(b.Name, parent.Name+" / ")
		path = append([]string{parent.Name}, path...)
		b = parent
	}
	if err := walk(root, path); err != nil {
		return nil, err
	}
	return out, nil
}

// Section is a bank or sub-bank's questions, under its category path
// (the bank's name, then each sub-bank's).
type Section struct {
	Path      []string
	Questions []*Question
}
