package library

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"sotay/library/quiz/formats"
)

// PackFormat is the study-pack format this Sổ tay writes and reads; a pack
// of a newer format is refused (ErrNewerPack).
const PackFormat = 1

// Errors of study packs.
var (
	// ErrBadPack means a file is not a study pack, or is damaged, or holds
	// what a pack never does; nothing was imported.
	ErrBadPack = errors.New("not a usable study pack")
	// ErrNewerPack means a pack was made by a newer Sổ tay.
	ErrNewerPack = errors.New("study pack from a newer version")
	// ErrPackSignature means a pack's signature does not match the unit's
	// key given: it was changed after it was signed, or is another's.
	ErrPackSignature = errors.New("study pack signature does not match")
	// ErrOlderPack means the library has a newer version of the pack.
	ErrOlderPack = errors.New("older version of a study pack")
	// ErrEmptyPack means a pack was asked of no documents (an empty
	// collection); nothing was written.
	ErrEmptyPack = errors.New("no documents to pack")
)

// Bounds of a pack Sổ tay reads: 500 documents with their banks are some
// 600 entries; a pack is a few megabytes of text.
const (
	maxPackEntries  = 4096
	maxPackInflated = 256 << 20
	maxPackManifest = 8 << 20
)

// PackManifest describes a study pack: pack.json in the archive.
type PackManifest struct {
	Format    int            `json:"format"`
	ID        string         `json:"id"`
	Version   int            `json:"version"`
	Title     string         `json:"title"`
	Unit      string         `json:"unit"` // the unit that made it (Ban Tuyên giáo …)
	CreatedAt time.Time      `json:"created_at"`
	Documents []PackDocument `json:"documents"`
	Banks     []PackBank     `json:"banks"`
	Plan      *PackPlan      `json:"plan,omitempty"`
	// Files are every other entry of the archive with its size and
	// SHA-256: an entry not listed, or not as listed, refuses the pack.
	Files []PackFile `json:"files"`
}

// PackDocument is one document of a pack: its metadata here, its pages in
// File (a JSON list of page texts).
type PackDocument struct {
	File     string `json:"file"`
	Title    string `json:"title"`
	Kind     string `json:"kind,omitempty"`
	Number   string `json:"number,omitempty"`
	Issuer   string `json:"issuer,omitempty"`
	IssuedOn string `json:"issued_on,omitempty"`
	Subject  string `json:"subject,omitempty"`
	Place    string `json:"place,omitempty"`
	Signer   string `json:"signer,omitempty"`
	// SignerRole is the signer's title (TM. Ban Thường vụ …).
	SignerRole string `json:"signer_role,omitempty"`
	// Source is the name of the file the trainer imported it from.
	Source string `json:"source,omitempty"`
	// Original is the entry holding the document's original file (PDF,
	// Word …), when the pack carries it.
	Original string `json:"original,omitempty"`
	// Outline is the document's outline (Chương, Điều, I., 1., a) …).
	Outline []Section `json:"outline,omitempty"`
}

// PackBank is a question bank of a pack, as Moodle XML in File; Document
// is the File of the document it is about, if any.
type PackBank struct {
	File     string `json:"file"`
	Name     string `json:"name"`
	Document string `json:"document,omitempty"`
}

// PackPlan is the study plan a pack brings: its documents (by File) to
// read between two days, and the closing quiz on one of its banks (by
// name). Days are YYYY-MM-DD.
type PackPlan struct {
	Title string         `json:"title"`
	Steps []PackPlanStep `json:"steps"`
	Quiz  *PackPlanQuiz  `json:"quiz,omitempty"`
}

// PackPlanStep is one document of a pack's plan.
type PackPlanStep struct {
	Document string `json:"document"`
	Starts   string `json:"starts"`
	Due      string `json:"due"`
}

// PackPlanQuiz is a pack plan's closing quiz.
type PackPlanQuiz struct {
	Bank        string `json:"bank"`
	Opens       string `json:"opens"`
	Due         string `json:"due"`
	Questions   int    `json:"questions,omitempty"`
	PassPercent int    `json:"pass_percent,omitempty"`
}

// PackFile is an entry of the archive as the manifest lists it.
type PackFile struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

const (
	packManifestName  = "pack.json"
	packSignatureName = "pack.sig"
)

// PackOptions say what ExportPack puts in a pack.
type PackOptions struct {
	Title, Unit string
	// ID and Version name the pack; a newer version of the same ID
	// updates what an earlier one brought. A new ID is made when empty.
	ID      string
	Version int
	// Documents are the documents to pack; Banks adds the question banks
	// tied to them.
	Documents []int64
	Banks     bool
	// Originals adds the documents' original files (those the library
	// kept).
	Originals bool
	// Plan, if not empty, is the id of a study plan of the library to
	// send with the pack: its documents are packed (with Documents), and
	// its closing quiz's bank.
	Plan string
	// Key, if not empty, signs the manifest (HMAC-SHA-256) with the unit's
	// shared passphrase.
	Key string
}

// CollectionDocuments are the documents of a collection, for a pack of it.
func (l *Library) CollectionDocuments(ctx context.Context, collectionID int64) ([]int64, error) {
	return passages{l.db.Read}.InCollections(ctx, []int64{collectionID})
}

// ExportPack writes a study pack of the documents opt names to w.
func (l *Library) ExportPack(ctx context.Context, w io.Writer, opt PackOptions) (PackManifest, error) {
	m := PackManifest{Format: PackFormat, ID: opt.ID, Version: opt.Version, Title: opt.Title, Unit: opt.Unit,
		CreatedAt: time.Now().UTC().Truncate(time.Second)}
	var plan StudyPlan
	if opt.Plan != "" {
		var err error
		if plan, err = l.Plan(ctx, opt.Plan); err != nil {
			return m, err
		}
		for _, s := range plan.Steps {
			if !slices.Contains(opt.Documents, s.DocumentID) {
				opt.Documents = append(opt.Documents, s.DocumentID)
			}
		}
		if m.Title == "" {
			m.Title = plan.Title
		}
		if m.ID == "" {
			// The learners' plan is the trainer's: results sent back
			// name it by the same id.
			m.ID = plan.ID
		}
	}
	if len(opt.Documents) == 0 {
		return m, ErrEmptyPack
	}
	if m.Version <= 0 {
		// The next version of a pack this library sent before (a plan
		// sent again), else the first.
		var last int
		if m.ID != "" {
			l.db.Read.QueryRowContext(ctx, `SELECT version FROM packs WHERE id = ? AND sent = 1`, m.ID).Scan(&last)
		}
		m.Version = last + 1
	}
	if m.ID == "" {
		var b [12]byte
		rand.Read(b[:])
		m.ID = hex.EncodeToString(b[:])
	}
	zw := zip.NewWriter(w)
	var total int64
	put := func(name string, data []byte, method uint16) error {
		if total += int64(len(data)); total > maxPackInflated {
			return fmt.Errorf("%w: %d MB", ErrTooLarge, total>>20)
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: m.CreatedAt})
		if err != nil {
			return err
		}
		if _, err := fw.Write(data); err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		m.Files = append(m.Files, PackFile{Name: name, Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])})
		return nil
	}
	file := map[int64]string{} // document id → its entry
	for i, id := range opt.Documents {
		if err := ctx.Err(); err != nil {
			return m, err
		}
		d, err := l.Document(ctx, id)
		if err != nil {
			return m, err
		}
		pages, err := l.Pages(ctx, id)
		if err != nil {
			return m, err
		}
		data, _ := json.Marshal(pages)
		name := fmt.Sprintf("documents/%04d.json", i+1)
		if err := put(name, data, zip.Deflate); err != nil {
			return m, err
		}
		outline, err := l.Outline(ctx, id)
		if err != nil {
			return m, err
		}
		pd := PackDocument{File: name, Title: d.Title, Kind: d.Kind, Number: d.Number, Issuer: d.Issuer, IssuedOn: d.IssuedOn,
			Subject: d.Subject, Place: d.Place, Signer: d.Signer, SignerRole: d.SignerRole, Outline: outline}
		if src := d.SourcePath; src != "" && !strings.HasPrefix(src, "sample:") {
			pd.Source = filepath.Base(src)
		}
		if orig := l.OriginalPath(d); opt.Originals && orig != "" {
			if ext := strings.ToLower(filepath.Ext(orig)); packOriginalExts[ext] {
				data, err := os.ReadFile(orig)
				if err == nil {
					pd.Original = fmt.Sprintf("originals/%04d%s", i+1, ext)
					// (PDFs and Word files are compressed already.)
					err = put(pd.Original, data, zip.Store)
				}
				if err != nil && !errors.Is(err, fs.ErrNotExist) {
					return m, err
				}
			}
		}
		m.Documents = append(m.Documents, pd)
		file[id] = name
	}
	if opt.Banks || plan.Quiz.BankID != 0 {
		banks, err := l.quiz.Banks(ctx)
		if err != nil {
			return m, err
		}
		for _, b := range banks {
			_, tied := file[b.DocumentID]
			if b.ParentID != 0 || !(opt.Banks && tied || b.ID == plan.Quiz.BankID) {
				continue
			}
			sections, err := l.quiz.Sections(ctx, b.ID)
			if err != nil {
				return m, err
			}
			var buf bytes.Buffer
			if _, err := formats.ExportSections(&buf, formats.MoodleXML, sections); err != nil {
				if errors.Is(err, formats.ErrNothingToExport) {
					continue
				}
				return m, err
			}
			name := fmt.Sprintf("banks/%04d.xml", len(m.Banks)+1)
			if err := put(name, buf.Bytes(), zip.Deflate); err != nil {
				return m, err
			}
			m.Banks = append(m.Banks, PackBank{File: name, Name: b.Name, Document: file[b.DocumentID]})
		}
	}
	if opt.Plan != "" {
		pp := &PackPlan{Title: plan.Title}
		for _, s := range plan.Steps {
			pp.Steps = append(pp.Steps, PackPlanStep{Document: file[s.DocumentID], Starts: s.Starts, Due: s.Due})
		}
		if q := plan.Quiz; q.BankID != 0 && slices.ContainsFunc(m.Banks, func(b PackBank) bool { return b.Name == q.Bank }) {
			pp.Quiz = &PackPlanQuiz{Bank: q.Bank, Opens: q.Opens, Due: q.Due, Questions: q.Questions, PassPercent: q.PassPercent}
		}
		m.Plan = pp
	}
	manifest, _ := json.MarshalIndent(m, "", "  ")
	fw, err := zw.Create(packManifestName)
	if err == nil {
		_, err = fw.Write(manifest)
	}
	if err == nil && opt.Key != "" {
		if fw, err = zw.Create(packSignatureName); err == nil {
			_, err = fw.Write([]byte(packSignature(manifest, opt.Key)))
		}
	}
	if err != nil {
		return m, err
	}
	if err := zw.Close(); err != nil {
		return m, err
	}
	// Kept so that the plan sent again is its next version (not on a
	// read-only library: then the version is given by hand).
	l.db.Tx(context.WithoutCancel(ctx), func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO packs (id, sent, version, title, unit, at) VALUES (?, 1, ?, ?, ?, ?)
			ON CONFLICT (id, sent) DO UPDATE SET version = max(version, excluded.version), title = excluded.title, unit = excluded.unit, at = excluded.at`,
			m.ID, m.Version, m.Title, m.Unit, m.CreatedAt.Format(time.RFC3339))
		return err
	})
	return m, nil
}

// packOriginalExts are the original files a pack carries: what Sổ tay
// imports, by an extension that is safe as an entry name.
var packOriginalExts = map[string]bool{".pdf": true, ".docx": true, ".doc": true, ".html": true, ".htm": true,
	".odt": true, ".rtf": true}

// packSignature is the HMAC-SHA-256 of the manifest under the unit's key.
func packSignature(manifest []byte, key string) string {
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write(manifest)
	return hex.EncodeToString(mac.Sum(nil))
}
