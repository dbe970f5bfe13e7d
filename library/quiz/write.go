package quiz

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"unicode"

	"sotay/internal/viet"
)

// SaveQuestion validates q and stores it: a new question (ID 0) goes at the
// end of bank q.BankID, an existing one is replaced. A passage given by
// document and quote only gets its page and offsets found. Errors wrap
// ErrInvalid (with the Vietnamese reason), ErrDuplicate or ErrNotFound.
func (s *Store) SaveQuestion(ctx context.Context, q *Question) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		id, dup, _, err := s.putQuestion(ctx, tx, q, false)
		if err != nil {
			return err
		}
		if dup {
			return Failure(ErrDuplicate, "duplicate_of", "ID", id)
		}
		q.ID = id
		return nil
	})
}

// putQuestion inserts or updates q inside tx; dup reports an identical
// question already in the bank (its id returned, nothing written). When
// lenient (importing a file from elsewhere), a passage that cannot be found
// by its document id is looked for by its quote in every document, and
// dropped with a note if nowhere.
func (s *Store) putQuestion(ctx context.Context, tx querier, q *Question, lenient bool) (id int64, dup bool, notes []*Fault, err error) {
	q.Normalize()
	if err := q.Validate(); err != nil {
		return 0, false, nil, err // a *Fault: errors.Is(err, ErrInvalid)
	}
	if q.Passage != nil && q.Passage.DocumentID == 0 {
		switch {
		case q.Passage.Quote == "":
			q.Passage = nil
		default:
			if p, ok := s.findQuoteAnywhere(ctx, q.Passage.Quote); ok {
				q.Passage = p
			} else if !lenient {
				return 0, false, nil, NewFault("quote_nowhere", "Quote", Clip(q.Passage.Quote, 60))
			} else {
				notes = append(notes, NewFault("n_quote_nowhere"))
				q.Passage = nil
			}
		}
	}
	if q.Passage != nil {
		if err := s.resolvePassage(ctx, q.Passage); err != nil {
			if !lenient || !errors.Is(err, ErrInvalid) {
				return 0, false, nil, err
			}
			if p, ok := s.findQuoteAnywhere(ctx, q.Passage.Quote); ok {
				q.Passage = p
			} else {
				notes = append(notes, NewFault("n_passage_nowhere"))
				q.Passage = nil
			}
		}
	}
	hash := q.Hash()
	err = tx.QueryRowContext(ctx, `SELECT id FROM quiz_questions WHERE bank_id = ? AND content_hash = ? AND id <> ?`,
		q.BankID, hash, q.ID).Scan(&id)
	if err == nil {
		if q.ID == 0 {
			if lenient {
				// The same question again: what the copy says that the
				// bank's lacks (a name, feedback, an explanation, tags)
				// is kept, not dropped with the copy.
				added, err := fillIn(ctx, tx, id, q)
				if err != nil {
					return 0, false, nil, err
				}
				if len(added) > 0 {
					notes = append(notes, NewFault("n_dup_filled", "Parts", added))
				}
			}
			return id, true, notes, nil
		}
		return 0, false, nil, Failure(ErrDuplicate, "duplicate_of", "ID", id)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil, err
	}
	opts, _ := json.Marshal(orEmpty(q.Options))
	blanks, _ := json.Marshal(orEmptyBlanks(q.Blanks))
	p := Passage{}
	if q.Passage != nil {
		p = *q.Passage
	}
	now := stamp(s.now())
	if q.ID == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO quiz_questions
			(bank_id, ordinal, type, name, idnumber, stem, options, blanks, fold, explanation, difficulty,
			 document_id, page_no, start_offset, end_offset, quote, folded, content_hash, created_at, updated_at)
			VALUES (?, (SELECT COALESCE(max(ordinal), 0) + 1 FROM quiz_questions WHERE bank_id = ?),
			        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			q.BankID, q.BankID, string(q.Type), q.Name, q.IDNumber, q.Stem, string(opts), string(blanks), boolInt(q.Fold), q.Explanation,
			q.Difficulty, nullID(p.DocumentID), p.Page, p.Start, p.End, p.Quote, q.folded(), hash, now, now)
		if err != nil {
			if strings.Contains(err.Error(), "FOREIGN KEY") {
				return 0, false, nil, missing("bank", q.BankID)
			}
			return 0, false, nil, err
		}
		id, err = res.LastInsertId()
		if err != nil {
			return 0, false, nil, err
		}
	} else {
		id = q.ID
		err := mustChange(tx.ExecContext(ctx, `UPDATE quiz_questions SET
			bank_id = ?, type = ?, name = ?, idnumber = ?, stem = ?, options = ?, blanks = ?, fold = ?, explanation = ?, difficulty = ?,
			document_id = ?, page_no = ?, start_offset = ?, end_offset = ?, quote = ?, folded = ?, content_hash = ?, updated_at = ?
			WHERE id = ?`,
			q.BankID, string(q.Type), q.Name, q.IDNumber, q.Stem, string(opts), string(blanks), boolInt(q.Fold), q.Explanation, q.Difficulty,
			nullID(p.DocumentID), p.Page, p.Start, p.End, p.Quote, q.folded(), hash, now, id))
		if err != nil {
			if errors.Is(err, ErrNotFound) {
				return 0, false, nil, missing("question", id)
			}
			return 0, false, nil, err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM quiz_tags WHERE question_id = ?`, id); err != nil {
			return 0, false, nil, err
		}
	}
	for _, t := range q.Tags {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO quiz_tags (question_id, tag) VALUES (?, ?)`, id, t); err != nil {
			return 0, false, nil, err
		}
	}
	if q.ID != 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM quiz_images WHERE question_id = ?`, id); err != nil {
			return 0, false, nil, err
		}
	}
	seq := map[int]int{}
	for _, im := range q.Images {
		seq[im.Part]++
		if _, err := tx.ExecContext(ctx, `INSERT INTO quiz_images (question_id, part, seq, data) VALUES (?, ?, ?, ?)`,
			id, im.Part, seq[im.Part], im.Data); err != nil {
			return 0, false, nil, err
		}
	}
	return id, false, notes, nil
}

func orEmpty(o []Option) []Option {
	if o == nil {
		return []Option{}
	}
	return o
}

func orEmptyBlanks(b [][]string) [][]string {
	if b == nil {
		return [][]string{}
	}
	return b
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// DeleteQuestion removes a question (its answers in past attempts stay).
func (s *Store) DeleteQuestion(ctx context.Context, id int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		return mustChange(tx.ExecContext(ctx, `DELETE FROM quiz_questions WHERE id = ?`, id))
	})
}

// MoveQuestion puts a question at the end of another bank.
func (s *Store) MoveQuestion(ctx context.Context, id, bankID int64) error {
	q, err := s.Question(ctx, id)
	if err != nil {
		return err
	}
	if q.BankID == bankID {
		return nil
	}
	q.BankID = bankID
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, _, _, err := s.putQuestion(ctx, tx, q, false); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE quiz_questions SET ordinal = (SELECT COALESCE(max(ordinal), 0) + 1 FROM quiz_questions WHERE bank_id = ?) WHERE id = ?`, bankID, id)
		return err
	})
}

// DuplicateQuestion copies a question into bankID (its own bank when 0),
// marking the copy's stem "(bản sao)" when it stays in the same bank so
// the two can be told apart. It returns the copy.
func (s *Store) DuplicateQuestion(ctx context.Context, id, bankID int64) (*Question, error) {
	q, err := s.Question(ctx, id)
	if err != nil {
		return nil, err
	}
	c := q.Clone()
	if bankID != 0 {
		c.BankID = bankID
	}
	if c.BankID == q.BankID {
		c.Stem += " (bản sao)"
	}
	if err := s.SaveQuestion(ctx, c); err != nil {
		return nil, err
	}
	return c, nil
}

// resolvePassage fills a passage's missing parts from the document: the
// page and offsets of its quote, or the quote at its offsets. A quote not
// found in the document is an ErrInvalid.
func (s *Store) resolvePassage(ctx context.Context, p *Passage) error {
	if p.DocumentID == 0 {
		return nil
	}
	p.Quote = Tidy(p.Quote)
	if p.End > p.Start && p.Page > 0 {
		text, ok, err := s.passages.Page(ctx, p.DocumentID, p.Page)
		if err != nil {
			return err
		}
		if !ok && p.Quote == "" {
			return NewFault("no_page", "Doc", p.DocumentID, "Page", p.Page)
		}
		r := []rune(text)
		if p.End > len(r) && p.Quote == "" {
			return NewFault("quote_past_page", "Doc", p.DocumentID, "Page", p.Page)
		}
		p.End = min(p.End, len(r))
		p.Start = min(p.Start, p.End)
		at := Tidy(string(r[p.Start:p.End]))
		if p.Quote == "" {
			p.Quote = at
		}
		if viet.Fold(at) == viet.Fold(p.Quote) {
			return nil
		}
		p.Page, p.Start, p.End = 0, 0, 0 // the offsets are stale: find the quote
	}
	if p.Quote == "" {
		return NewFault("no_passage")
	}
	found := false
	pages, err := s.passages.EachPage(ctx, p.DocumentID, func(no int, text string) bool {
		if start, end, ok := FindQuote(text, p.Quote); ok {
			p.Page, p.Start, p.End = no, start, end
			found = true
		}
		return !found
	})
	switch {
	case err != nil:
		return err
	case found:
		return nil
	case pages == 0:
		return NewFault("no_document", "Doc", p.DocumentID)
	}
	return NewFault("quote_not_in_document", "Quote", Clip(p.Quote, 60), "Doc", p.DocumentID)
}

// FindQuote finds quote in text ignoring case, diacritics and how white
// space is laid out, and returns its rune offsets in text.
func FindQuote(text, quote string) (start, end int, ok bool) {
	var folded []rune
	var at []int // rune offset in text of each folded rune
	space := true
	i := 0
	for _, r := range viet.Fold(text) {
		if unicode.IsSpace(r) {
			if !space {
				folded = append(folded, ' ')
				at = append(at, i)
			}
			space = true
		} else {
			folded = append(folded, r)
			at = append(at, i)
			space = false
		}
		i++
	}
	q := []rune(strings.Join(strings.Fields(viet.Fold(quote)), " "))
	if len(q) == 0 {
		return 0, 0, false
	}
	k := indexRunes(folded, q)
	if k < 0 {
		return 0, 0, false
	}
	return at[k], at[k+len(q)-1] + 1, true
}

func indexRunes(s, sub []rune) int {
outer:
	for i := 0; i+len(sub) <= len(s); i++ {
		for j := range sub {
			if s[i+j] != sub[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}

// Clip is s cut to n characters, with "…" when it was longer.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// fillIn gives the stored question id what q has and it lacks: its name,
// id number, explanation, option feedback and tags. It says what it added.
func fillIn(ctx context.Context, tx querier, id int64, q *Question) (Parts, error) {
	var name, idnumber, expl, opts string
	if err := tx.QueryRowContext(ctx, `SELECT name, idnumber, explanation, options FROM quiz_questions WHERE id = ?`, id).
		Scan(&name, &idnumber, &expl, &opts); err != nil {
		return nil, err
	}
	var stored []Option
	if err := json.Unmarshal([]byte(opts), &stored); err != nil {
		return nil, nil // unreadable options: leave the question as it is
	}
	var added Parts
	if name == "" && q.Name != "" {
		name = q.Name
		added = append(added, LostName)
	}
	if idnumber == "" && q.IDNumber != "" {
		idnumber = q.IDNumber
		added = append(added, LostIDNumber)
	}
	if expl == "" && q.Explanation != "" {
		expl = q.Explanation
		added = append(added, LostExplanation)
	}
	fb := false
	for i := range stored {
		if i < len(q.Options) && stored[i].Feedback == "" && q.Options[i].Feedback != "" && stored[i].Text == q.Options[i].Text {
			stored[i].Feedback = q.Options[i].Feedback
			fb = true
		}
	}
	if fb {
		added = append(added, LostFeedback)
	}
	tags := 0
	for _, t := range q.Tags {
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO quiz_tags (question_id, tag) VALUES (?, ?)`, id, t)
		if err != nil {
			return nil, err
		}
		if n, _ := res.RowsAffected(); n > 0 {
			tags++
		}
	}
	if tags > 0 {
		added = append(added, LostTags)
	}
	if len(added) == 0 {
		return nil, nil
	}
	data, _ := json.Marshal(stored)
	if _, err := tx.ExecContext(ctx, `UPDATE quiz_questions SET name = ?, idnumber = ?, explanation = ?, options = ?,
		folded = CASE WHEN ? THEN ? ELSE folded END WHERE id = ?`,
		name, idnumber, expl, string(data), tags > 0, q.folded(), id); err != nil {
		return nil, err
	}
	return added, nil
}

// findQuoteAnywhere looks for a quote in every document: pages holding its
// first words verbatim are checked with FindQuote.
func (s *Store) findQuoteAnywhere(ctx context.Context, quote string) (*Passage, bool) {
	if len(strings.Fields(quote)) < 3 {
		return nil, false
	}
	pages, err := s.passages.Candidates(ctx, quote, 20)
	if err != nil {
		return nil, false
	}
	for _, pg := range pages {
		if start, end, ok := FindQuote(pg.Text, quote); ok {
			return &Passage{DocumentID: pg.DocumentID, Page: pg.Page, Start: start, End: end, Quote: Tidy(quote)}, true
		}
	}
	return nil, false
}
