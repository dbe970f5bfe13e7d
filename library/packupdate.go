package library

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"

	"sotay/internal/vanban"
	"sotay/internal/viet"
)

// Updating in place what an earlier version of a pack brought, and the preview of an import.

// PackPreview says what importing a pack would do to this library, before
// anything changes.
type PackPreview struct {
	New, Present int // documents not in the library yet, and already there
	// Updated are documents of an earlier version whose text changed:
	// updated in place.
	Updated int
	// Installed is the version of this pack already taken in, 0 for
	// none: a newer pack updates it in place, an older one is refused.
	Installed int
	// PlanFrom and PlanTo are the first and last days of the pack's plan.
	PlanFrom, PlanTo string
}

// PreviewPack counts what ImportPack would add and what is already there.
func (l *Library) PreviewPack(ctx context.Context, p *Pack) (PackPreview, error) {
	var pv PackPreview
	for _, d := range p.Manifest.Documents {
		var pages []string
		if err := json.Unmarshal(p.data[d.File], &pages); err != nil {
			return pv, badPack("%s: %v", d.File, err)
		}
		for i := range pages {
			pages[i] = viet.NFC(pages[i])
		}
		hash, _ := contentHash(pages)
		var n int
		if err := l.db.Read.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE content_hash = ? AND trashed_at = ''`, hash).Scan(&n); err != nil {
			return pv, err
		}
		switch {
		case n > 0:
			pv.Present++
		default:
			err := l.db.Read.QueryRowContext(ctx, `SELECT count(*) FROM pack_documents pd JOIN documents d ON d.id = pd.document_id
				WHERE pd.pack_id = ? AND pd.file = ? AND d.trashed_at = ''`, p.Manifest.ID, d.File).Scan(&n)
			if err != nil {
				return pv, err
			}
			if n > 0 {
				pv.Updated++
			} else {
				pv.New++
			}
		}
	}
	err := l.db.Read.QueryRowContext(ctx, `SELECT version FROM packs WHERE id = ? AND sent = 0`, p.Manifest.ID).Scan(&pv.Installed)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return pv, err
	}
	if pl := p.Manifest.Plan; pl != nil {
		for _, s := range pl.Steps {
			if pv.PlanFrom == "" || s.Starts < pv.PlanFrom {
				pv.PlanFrom = s.Starts
			}
			if s.Due > pv.PlanTo {
				pv.PlanTo = s.Due
			}
		}
		if q := pl.Quiz; q != nil && q.Due > pv.PlanTo {
			pv.PlanTo = q.Due
		}
	}
	return pv, nil
}

// packOutline is a document's outline as the pack gives it, each section
// checked against the text; computed from the text when the pack has none.
func packOutline(secs []Section, pages []string) []Section {
	if len(secs) == 0 {
		return sectionsOf(vanban.Outline(pages, nil))
	}
	var out []Section
	for _, s := range secs {
		if s.Level >= 1 && s.Level <= 9 && s.Page >= 1 && s.Page <= len(pages) && s.Offset >= 0 && s.Offset <= len(pages[s.Page-1]) &&
			len(s.Label) <= 200 && len(s.Heading) <= 2000 {
			s.Label, s.Heading = viet.NFC(s.Label), viet.NFC(s.Heading)
			out = append(out, s)
		}
	}
	return out
}

// earlierVersion is the document an earlier version of pack brought in
// file's place (0: none), and whether its text is d's already.
func earlierVersion(ctx context.Context, tx *sql.Tx, pack, file string, d *NewDocument) (int64, bool, error) {
	var id int64
	var hash string
	err := tx.QueryRowContext(ctx, `SELECT d.id, d.content_hash FROM pack_documents pd JOIN documents d ON d.id = pd.document_id
		WHERE pd.pack_id = ? AND pd.file = ? AND d.trashed_at = ''`, pack, file).Scan(&id, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	now, _ := contentHash(d.Pages)
	if now == hash {
		return id, true, nil
	}
	// The new text may be another document's already: then that one is
	// linked, and this one left as it is.
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE content_hash = ?`, now).Scan(&n); err != nil || n > 0 {
		return 0, false, err
	}
	return id, false, nil
}

// updateMetadata gives document id the metadata a newer pack says.
func updateMetadata(ctx context.Context, tx *sql.Tx, id int64, d *NewDocument) error {
	_, err := tx.ExecContext(ctx, `UPDATE documents SET title = ?, kind = ?, number = ?, issuer = ?, issued_on = ?, subject = ?,
		place = ?, signer = ?, signer_role = ? WHERE id = ?`,
		d.Title, d.Kind, d.Number, d.Issuer, d.IssuedOn, d.Subject, d.Place, d.Signer, d.SignerRole, id)
	if err != nil {
		return err
	}
	if err := setNumberKeys(ctx, tx, map[int64]string{id: d.Number}); err != nil {
		return err
	}
	return indexOne(ctx, tx, id)
}

// updateInPlace gives document id the text, metadata and outline of d.
func updateInPlace(ctx context.Context, tx *sql.Tx, id int64, d *NewDocument) error {
	hash, chars := contentHash(d.Pages)
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET title = ?, kind = ?, number = ?, issuer = ?, issued_on = ?, subject = ?,
		place = ?, signer = ?, signer_role = ?,
		content_hash = ?, page_count = ?, char_count = ?, original = CASE WHEN ? <> '' THEN ? ELSE original END WHERE id = ?`,
		d.Title, d.Kind, d.Number, d.Issuer, d.IssuedOn, d.Subject, d.Place, d.Signer, d.SignerRole,
		hash, len(d.Pages), chars, d.Original, d.Original, id); err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM pages WHERE document_id = ?`, `DELETE FROM sections WHERE document_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return err
		}
	}
	ins, err := newInserter(ctx, tx)
	if err != nil {
		return err
	}
	defer ins.close()
	for i, p := range d.Pages {
		if _, err := ins.page.ExecContext(ctx, id, i+1, p); err != nil {
			return err
		}
	}
	if err := ins.addSections(ctx, id, d.Sections); err != nil {
		return err
	}
	if err := setNumberKeys(ctx, tx, map[int64]string{id: d.Number}); err != nil {
		return err
	}
	if err := reanchorTx(ctx, tx, id, []rune(strings.Join(d.Pages, "\f"))); err != nil {
		return err
	}
	return indexOne(ctx, tx, id)
}

// reanchorTx moves document id's notes to where their words are in its
// new text (or marks them lost), as DocumentNotes would on reading.
func reanchorTx(ctx context.Context, tx *sql.Tx, id int64, text []rune) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, start_offset, end_offset, quote, before, after, lost FROM notes WHERE document_id = ?`, id)
	if err != nil {
		return err
	}
	var notes []Note
	for rows.Next() {
		var n Note
		if err := rows.Scan(&n.ID, &n.Start, &n.End, &n.Quote, &n.Before, &n.After, &n.Lost); err != nil {
			rows.Close()
			return err
		}
		notes = append(notes, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, n := range notes {
		a, _ := Reanchor(text, n)
		if _, err := tx.ExecContext(ctx, `UPDATE notes SET start_offset = ?, end_offset = ?, lost = ? WHERE id = ?`, a.Start, a.End, a.Lost, a.ID); err != nil {
			return err
		}
	}
	return nil
}
