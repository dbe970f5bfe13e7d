package library

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"sotay/internal/viet"
	"sotay/internal/ziplimit"
	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// Pack is a study pack read and checked: its manifest, whether its
// signature was verified with the key given, and its entries' contents.
type Pack struct {
	Manifest PackManifest
	// Signed says the pack carries a signature; Verified that it matched
	// the key given (false without a key).
	Signed, Verified bool
	data             map[string][]byte
}

func badPack(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadPack, fmt.Sprintf(format, args...))
}

// ReadPack reads and checks the study pack in data: every entry a safe
// name listed in the manifest with its exact size and SHA-256 (or the
// manifest and signature themselves), within bounds, no name twice, no
// link, a format this Sổ tay reads. key, if not empty, verifies the
// signature. Nothing is imported.
func ReadPack(data []byte, key string) (*Pack, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, badPack("%v", err)
	}
	if len(zr.File) > maxPackEntries {
		return nil, badPack("%d entries, more than %d", len(zr.File), maxPackEntries)
	}
	lr, err := ziplimit.Wrap(zr, ziplimit.Limits{Total: maxPackInflated, Ratio: maxBackupRatio, Entry: maxPackInflated})
	if err != nil {
		return nil, badPack("%v", err)
	}
	p := &Pack{data: map[string][]byte{}}
	seen := map[string]bool{}
	for _, f := range zr.File {
		if f.Mode().IsDir() && strings.HasSuffix(f.Name, "/") && f.UncompressedSize64 == 0 && safeEntryName(strings.TrimSuffix(f.Name, "/")) {
			continue // a folder entry, as zip -r writes them
		}
		if !safeEntryName(f.Name) {
			return nil, badPack("unsafe entry name %q", f.Name)
		}
		if key := strings.ToLower(f.Name); seen[key] {
			return nil, badPack("entry %q twice", f.Name)
		} else {
			seen[key] = true
		}
		if !f.Mode().IsRegular() {
			return nil, badPack("entry %q is not a plain file", f.Name)
		}
		b, err := lr.ReadFile(f)
		if err != nil {
			return nil, badPack("%s: %v", f.Name, err)
		}
		p.data[f.Name] = b
	}
	manifest, ok := p.data[packManifestName]
	if !ok || len(manifest) > maxPackManifest {
		return nil, badPack("no %s", packManifestName)
	}
	if err := json.Unmarshal(manifest, &p.Manifest); err != nil {
		return nil, badPack("%s: %v", packManifestName, err)
	}
	if p.Manifest.Format > PackFormat {
		return nil, fmt.Errorf("%w: format %d, this Sổ tay reads %d", ErrNewerPack, p.Manifest.Format, PackFormat)
	}
	if p.Manifest.Format < 1 || p.Manifest.ID == "" {
		return nil, badPack("%s: no format or id", packManifestName)
	}
	listed := map[string]bool{packManifestName: true, packSignatureName: true}
	for _, f := range p.Manifest.Files {
		b, ok := p.data[f.Name]
		if !ok {
			return nil, badPack("%s is listed but missing", f.Name)
		}
		sum := sha256.Sum256(b)
		if int64(len(b)) != f.Size || hex.EncodeToString(sum[:]) != f.SHA256 {
			return nil, badPack("%s is not as the manifest says (size or SHA-256)", f.Name)
		}
		listed[f.Name] = true
	}
	for name := range p.data {
		if !listed[name] {
			return nil, badPack("%s is not in the manifest", name)
		}
	}
	for _, d := range p.Manifest.Documents {
		if !listed[d.File] || path.Dir(d.File) != "documents" {
			return nil, badPack("document %q is not an entry of the pack", d.File)
		}
	}
	docs := map[string]bool{}
	for _, d := range p.Manifest.Documents {
		docs[d.File] = true
		if d.Original != "" && (!listed[d.Original] || path.Dir(d.Original) != "originals" || !packOriginalExts[path.Ext(d.Original)]) {
			return nil, badPack("original %q is not an entry of the pack", d.Original)
		}
	}
	names := map[string]bool{}
	for _, b := range p.Manifest.Banks {
		if !listed[b.File] || path.Dir(b.File) != "banks" {
			return nil, badPack("bank %q is not an entry of the pack", b.File)
		}
		if b.Document != "" && !docs[b.Document] {
			return nil, badPack("bank %q is about %q, not a document of the pack", b.Name, b.Document)
		}
		names[quiz.Tidy(b.Name)] = true
	}
	if pl := p.Manifest.Plan; pl != nil {
		if err := checkPackPlan(pl, docs, names); err != nil {
			return nil, err
		}
	}
	if sig, ok := p.data[packSignatureName]; ok {
		p.Signed = true
		p.Verified = key != "" && hmac.Equal([]byte(strings.TrimSpace(string(sig))), []byte(packSignature(manifest, key)))
	}
	return p, nil
}

// checkPackPlan refuses a pack's plan that names what the pack does not
// hold, or days that are not dates.
func checkPackPlan(pl *PackPlan, docs, banks map[string]bool) error {
	if len(pl.Steps) == 0 || len(pl.Steps) > maxPackEntries {
		return badPack("plan with %d steps", len(pl.Steps))
	}
	for _, s := range pl.Steps {
		a, ok1 := parseDay(s.Starts)
		b, ok2 := parseDay(s.Due)
		if !docs[s.Document] || !ok1 || !ok2 || b.Before(a) {
			return badPack("plan step %q %q–%q", s.Document, s.Starts, s.Due)
		}
	}
	if q := pl.Quiz; q != nil {
		a, ok1 := parseDay(q.Opens)
		b, ok2 := parseDay(q.Due)
		if !banks[quiz.Tidy(q.Bank)] || !ok1 || !ok2 || b.Before(a) || q.Questions < 0 || q.Questions > 1000 || q.PassPercent < 0 || q.PassPercent > 100 {
			return badPack("plan quiz %q %q–%q", q.Bank, q.Opens, q.Due)
		}
	}
	return nil
}

// PackReport says what ImportPack did.
type PackReport struct {
	Added, Linked int // documents new to the library, and already there
	// Updated are documents an earlier version of the pack brought whose
	// text changed: updated in place, their notes kept.
	Updated   int
	Questions int // questions new to the library
	Banks     []string
	Originals int    // original files kept
	Plan      string // the plan's title, "" when the pack has none
}

// ImportPack brings a checked pack into the library in one transaction
// (a failure, or the program killed, leaves the library as it was):
// documents already there (the same text) are linked, not duplicated;
// banks are made or, for a newer version of the pack, brought up to date
// (questions already there stay, with their review history; new ones come
// in); the plan, if any, is kept under the pack's id, replacing an earlier
// version's. Original files go to the library's originals folder first;
// those not needed after all are removed.
func (l *Library) ImportPack(ctx context.Context, p *Pack) (PackReport, error) {
	var rep PackReport
	m := p.Manifest
	var docs []NewDocument
	for _, d := range m.Documents {
		var pages []string
		if err := json.Unmarshal(p.data[d.File], &pages); err != nil || len(pages) == 0 {
			return rep, badPack("%s: %v", d.File, err)
		}
		for i := range pages {
			pages[i] = viet.NFC(pages[i])
		}
		source := "pack:" + m.ID
		if base := path.Base(strings.ReplaceAll(d.Source, "\\", "/")); d.Source != "" && base != "." && base != "/" {
			source = base // the trainer's file name, as the reader names it
		}
		format := "txt"
		if d.Original != "" {
			format = strings.TrimPrefix(path.Ext(d.Original), ".")
		}
		docs = append(docs, NewDocument{Title: d.Title, Kind: d.Kind, Number: d.Number, Issuer: d.Issuer, IssuedOn: d.IssuedOn,
			Subject: d.Subject, Place: d.Place, Signer: d.Signer, SignerRole: d.SignerRole,
			Format: format, Method: "pack", SourcePath: source, Pages: pages, Sections: packOutline(d.Outline, pages)})
	}
	// The banks are read before anything is written: a bank the pack
	// cannot give refuses the pack whole.
	type bankItems struct {
		name, doc string
		items     []quiz.Item
	}
	var banks []bankItems
	for _, b := range m.Banks {
		_, items, err := formats.Parse(b.File, p.data[b.File])
		if err != nil {
			return rep, badPack("%s: %v", b.File, err)
		}
		banks = append(banks, bankItems{b.Name, b.Document, items})
	}
	// Originals are files beside the library: written before the
	// transaction, removed again if it fails.
	var fresh []string
	dir := l.originalsDir()
	for i, d := range m.Documents {
		if d.Original == "" || dir == "" {
			continue
		}
		data := p.data[d.Original]
		sum := sha256.Sum256(data)
		hash := hex.EncodeToString(sum[:])
		target := filepath.Join(dir, hash[:20]+path.Ext(d.Original))
		existed := fileHashIs(target, hash)
		rel, err := keepOriginal(dir, hash, path.Ext(d.Original), data)
		if err != nil {
			removeAll(fresh)
			return rep, err
		}
		if !existed {
			fresh = append(fresh, target)
		}
		docs[i].Original, docs[i].FileHash = rel, hash
		rep.Originals++
	}
	defer l.changed()
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		rep = PackReport{Originals: rep.Originals}
		// A document an earlier version of this pack brought, whose text
		// has changed, is updated in place: its notes re-anchor, its
		// review history stays.
		var installed int
		err := tx.QueryRowContext(ctx, `SELECT version FROM packs WHERE id = ? AND sent = 0`, m.ID).Scan(&installed)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if installed > m.Version {
			return fmt.Errorf("%w: %d < %d", ErrOlderPack, m.Version, installed)
		}
		ids := map[string]int64{}
		var fresh []NewDocument
		var freshFiles []string
		for i := range docs {
			file := m.Documents[i].File
			id, same, err := earlierVersion(ctx, tx, m.ID, file, &docs[i])
			if err != nil {
				return err
			}
			switch {
			case id == 0:
				fresh = append(fresh, docs[i])
				freshFiles = append(freshFiles, file)
				continue
			case same:
				// The same text: its title and metadata as the trainer
				// has them now.
				err = updateMetadata(ctx, tx, id, &docs[i])
				rep.Linked++
			default:
				err = updateInPlace(ctx, tx, id, &docs[i])
				rep.Updated++
			}
			if err != nil {
				return err
			}
			ids[file] = id
		}
		results, err := addTx(ctx, tx, fresh)
		if err != nil {
			return err
		}
		for i, r := range results {
			switch r.Status {
			case StatusImported:
				rep.Added++
			case StatusDuplicate:
				rep.Linked++
			default:
				return r.Err
			}
			ids[freshFiles[i]] = r.ID
		}
		for file, id := range ids {
			if _, err := tx.ExecContext(ctx, `INSERT INTO pack_documents (pack_id, file, document_id) VALUES (?, ?, ?)
				ON CONFLICT (pack_id, file) DO UPDATE SET document_id = excluded.document_id`, m.ID, file, id); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO packs (id, sent, version, title, unit, at) VALUES (?, 0, ?, ?, ?, ?)
			ON CONFLICT (id, sent) DO UPDATE SET version = excluded.version, title = excluded.title, unit = excluded.unit, at = excluded.at`,
			m.ID, m.Version, m.Title, m.Unit, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return err
		}
		// The questions' quotes are looked for in the documents this
		// transaction has just added.
		store := l.quiz.Within(passages{tx})
		bankIDs := map[string]int64{}
		for _, b := range banks {
			br, err := store.ImportNamedTx(ctx, tx, b.name, ids[b.doc], b.items)
			if err != nil {
				return err
			}
			rep.Questions += br.Count(quiz.Imported)
			rep.Banks = append(rep.Banks, b.name)
			bankIDs[quiz.Tidy(b.name)] = br.Bank.ID
		}
		if pl := m.Plan; pl != nil {
			plan := StudyPlan{ID: m.ID, Title: pl.Title, Unit: m.Unit, Version: m.Version}
			if plan.Title == "" {
				plan.Title = m.Title
			}
			for _, s := range pl.Steps {
				plan.Steps = append(plan.Steps, PlanStep{DocumentID: ids[s.Document], Starts: s.Starts, Due: s.Due})
			}
			if q := pl.Quiz; q != nil && bankIDs[quiz.Tidy(q.Bank)] != 0 {
				plan.Quiz = PlanQuiz{BankID: bankIDs[quiz.Tidy(q.Bank)], Opens: q.Opens, Due: q.Due, Questions: q.Questions, PassPercent: q.PassPercent}
			}
			if err := plan.check(); err != nil {
				return badPack("%v", err)
			}
			if err := savePlanTx(ctx, tx, plan); err != nil {
				return err
			}
			rep.Plan = plan.Title
		}
		return nil
	})
	if err != nil {
		removeAll(fresh)
		return PackReport{}, err
	}
	return rep, nil
}

func removeAll(paths []string) {
	for _, p := range paths {
		os.Remove(p)
	}
}

// maxPackFile bounds a pack file read into memory (text and question banks).
const maxPackFile = 256 << 20

// ReadPackFile is ReadPack of the file at name, refused (ErrTooLarge)
// beyond what a pack of text and banks can be.
func ReadPackFile(name, key string) (*Pack, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if st.Size() > maxPackFile {
		return nil, fmt.Errorf("%w: %d MB", ErrTooLarge, st.Size()>>20)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return ReadPack(data, key)
}
