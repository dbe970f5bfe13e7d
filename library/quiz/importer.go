package quiz

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
)

// Item is one question read from a file, or the problem that kept it out.
type Item struct {
	// Line is where the question starts in the file (the row in a
	// spreadsheet, the paragraph in a DOCX), from 1.
	Line int
	Q    *Question
	// Err says, in Vietnamese, what is wrong; Q is nil or must be skipped.
	Err error
	// Notes are remarks on a question that reads well but lost something
	// on the way (a picture its file named and did not hold).
	Notes []*Fault
	// Category, when not nil (and Q and Err are), switches the questions
	// that follow into a sub-bank of the bank imported into, by its path
	// of names (Moodle's $CATEGORY); empty is the bank itself.
	Category []string
}

// Status is what happened to one item on import.
type Status string

// Import statuses, as the CLI prints them.
const (
	Imported  Status = "imported"
	Duplicate Status = "duplicate"
	Problemed Status = "problem"
)

// ImportRow reports one item of an import.
type ImportRow struct {
	Line   int
	Status Status
	ID     int64 // the question stored, or the one it duplicates
	Type   Type
	Err    error
	// Notes are remarks on a question that did come in.
	Notes []*Fault
}

// ImportReport is the outcome of importing one file.
type ImportReport struct {
	Bank Bank
	Rows []ImportRow
	// SubBanks are the sub-banks the file's categories put questions in.
	SubBanks []Bank
}

// Count returns how many rows have status st.
func (r ImportReport) Count(st Status) int {
	n := 0
	for _, row := range r.Rows {
		if row.Status == st {
			n++
		}
	}
	return n
}

// Import stores items into bank in one transaction: good questions come in,
// questions the bank already holds are reported duplicate, and each
// problem is reported with its line. If storing fails (disk full, the
// context cancelled), nothing of the file is kept.
func (s *Store) Import(ctx context.Context, bank Bank, items []Item) (ImportReport, error) {
	var rep ImportReport
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var err error
		rep, err = s.importTx(ctx, tx, bank, items)
		return err
	})
	if err != nil {
		return ImportReport{Bank: bank}, err
	}
	return rep, nil
}

// importTx is Import within the caller's transaction.
func (s *Store) importTx(ctx context.Context, tx *sql.Tx, bank Bank, items []Item) (ImportReport, error) {
	rep := ImportReport{Bank: bank}
	err := func() error {
		c := newStmtCache(tx)
		defer c.close()
		into := bank
		root := commonRoot(items)
		for i, it := range items {
			if i%256 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if it.Category != nil && it.Q == nil && it.Err == nil {
				// Moodle's $CATEGORY: what follows goes in a sub-bank.
				path := it.Category
				if len(path) > 0 && path[0] == root {
					// The one category every other sits under (our own
					// export's bank, Moodle's "Default for …") is the bank
					// imported into.
					path = path[1:]
				}
				sub, err := subBankTx(ctx, tx, bank, path, s.now())
				if err != nil {
					if errors.Is(err, ErrBankExists) {
						rep.Rows = append(rep.Rows, ImportRow{Line: it.Line, Status: Problemed,
							Err: FaultAt(it.Line, "bank_name_taken", "Path", strings.Join(path, " / "), "Bank", bank.Name, "Into", into.Name).Err})
						continue
					}
					return err
				}
				into = sub
				if sub.ID != bank.ID && !slices.ContainsFunc(rep.SubBanks, func(b Bank) bool { return b.ID == sub.ID }) {
					rep.SubBanks = append(rep.SubBanks, sub)
				}
				continue
			}
			if it.Err != nil || it.Q == nil {
				err := it.Err
				if err == nil {
					err = NewFault("unreadable")
				}
				rep.Rows = append(rep.Rows, ImportRow{Line: it.Line, Status: Problemed, Err: err})
				continue
			}
			q := it.Q
			q.ID, q.BankID = 0, into.ID
			if _, err := c.ExecContext(ctx, `SAVEPOINT item`); err != nil {
				return err
			}
			id, dup, notes, err := s.putQuestion(ctx, c, q, true)
			if err != nil {
				if _, rerr := c.ExecContext(ctx, `ROLLBACK TO item`); rerr != nil {
					return rerr
				}
				if !errors.Is(err, ErrInvalid) {
					return err
				}
				rep.Rows = append(rep.Rows, ImportRow{Line: it.Line, Status: Problemed, Type: q.Type, Err: err})
				continue
			}
			if _, err := c.ExecContext(ctx, `RELEASE item`); err != nil {
				return err
			}
			st := Imported
			if dup {
				st = Duplicate
			} else {
				q.ID = id
			}
			rep.Rows = append(rep.Rows, ImportRow{Line: it.Line, Status: st, ID: id, Type: q.Type, Notes: append(notes, it.Notes...)})
		}
		return nil
	}()
	return rep, err
}

// commonRoot is the first name every category of the file starts with, or
// "" when they differ (or there are none).
func commonRoot(items []Item) string {
	root, seen := "", false
	for _, it := range items {
		if it.Category == nil || it.Q != nil || it.Err != nil {
			continue
		}
		if len(it.Category) == 0 {
			return ""
		}
		if !seen {
			root, seen = it.Category[0], true
		} else if it.Category[0] != root {
			return ""
		}
	}
	return root
}

// ImportNamed imports items into the bank named name, made for them when
// there is none. A bank made for a file of which nothing comes in (an
// empty file, every question refused) is not kept: a failed import leaves
// no empty bank behind; the report's Bank is then the zero Bank.
func (s *Store) ImportNamed(ctx context.Context, name string, items []Item) (ImportReport, error) {
	b, err := s.FindBank(ctx, name)
	made := err != nil || b.Name != Tidy(name)
	if made {
		if b, err = s.CreateBank(ctx, name, "", 0); err != nil {
			return ImportReport{}, err
		}
	}
	rep, err := s.Import(ctx, b, items)
	if made && (err != nil || rep.Count(Imported)+rep.Count(Duplicate) == 0 && len(rep.SubBanks) == 0) {
		if derr := s.DeleteBank(context.WithoutCancel(ctx), b.ID); derr == nil {
			rep.Bank = Bank{}
		}
	}
	return rep, err
}

// ImportNamedTx is ImportNamed within the caller's transaction (a study
// pack's import, all or nothing). A bank made for the items is tied to
// the document docID (0: none).
func (s *Store) ImportNamedTx(ctx context.Context, tx *sql.Tx, name string, docID int64, items []Item) (ImportReport, error) {
	name = Tidy(name)
	if name == "" {
		return ImportReport{}, NewFault("bank_no_name")
	}
	var b Bank
	err := tx.QueryRowContext(ctx, `SELECT id, name, description, coalesce(document_id, 0) FROM quiz_banks WHERE name = ?`, name).
		Scan(&b.ID, &b.Name, &b.Description, &b.DocumentID)
	made := errors.Is(err, sql.ErrNoRows)
	if made {
		res, err := tx.ExecContext(ctx, `INSERT INTO quiz_banks (name, document_id, created_at) VALUES (?, ?, ?)`, name, nullID(docID), stamp(s.now()))
		if err != nil {
			return ImportReport{}, err
		}
		b = Bank{Name: name, DocumentID: docID}
		if b.ID, err = res.LastInsertId(); err != nil {
			return ImportReport{}, err
		}
	} else if err != nil {
		return ImportReport{}, err
	}
	rep, err := s.importTx(ctx, tx, b, items)
	if err != nil {
		return rep, err
	}
	if made && rep.Count(Imported)+rep.Count(Duplicate) == 0 && len(rep.SubBanks) == 0 {
		_, err = tx.ExecContext(ctx, `DELETE FROM quiz_banks WHERE id = ?`, b.ID)
		rep.Bank = Bank{}
	}
	return rep, err
}
