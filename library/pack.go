package library

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
	"time"

	"sotay/internal/ziplimit"
	"sotay/library/quiz"
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
}

// PackBank is a question bank of a pack, as Moodle XML in File.
type PackBank struct {
	File string `json:"file"`
	Name string `json:"name"`
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
	// Key, if not empty, signs the manifest (HMAC-SHA-256) with the unit's
	// shared passphrase.
	Key string
}

// CollectionDocuments are the documents of a collection, for a pack of it.
func (l *Library) CollectionDocuments(ctx context.Context, collectionID int64) ([]int64, error) {
	return passages{l.db}.InCollections(ctx, []int64{collectionID})
}

// ExportPack writes a study pack of the documents opt names to w.
func (l *Library) ExportPack(ctx context.Context, w io.Writer, opt PackOptions) (PackManifest, error) {
	m := PackManifest{Format: PackFormat, ID: opt.ID, Version: max(opt.Version, 1), Title: opt.Title, Unit: opt.Unit,
		CreatedAt: time.Now().UTC().Truncate(time.Second)}
	if m.ID == "" {
		var b [12]byte
		rand.Read(b[:])
		m.ID = hex.EncodeToString(b[:])
	}
	zw := zip.NewWriter(w)
	put := func(name string, data []byte) error {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: m.CreatedAt})
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
	in := map[int64]bool{}
	for i, id := range opt.Documents {
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
		if err := put(name, data); err != nil {
			return m, err
		}
		m.Documents = append(m.Documents, PackDocument{File: name, Title: d.Title, Kind: d.Kind, Number: d.Number,
			Issuer: d.Issuer, IssuedOn: d.IssuedOn, Subject: d.Subject})
		in[id] = true
	}
	if opt.Banks {
		banks, err := l.quiz.Banks(ctx)
		if err != nil {
			return m, err
		}
		for _, b := range banks {
			if b.ParentID != 0 || !in[b.DocumentID] {
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
			if err := put(name, buf.Bytes()); err != nil {
				return m, err
			}
			m.Banks = append(m.Banks, PackBank{File: name, Name: b.Name})
		}
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
	return m, zw.Close()
}

// packSignature is the HMAC-SHA-256 of the manifest under the unit's key.
func packSignature(manifest []byte, key string) string {
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write(manifest)
	return hex.EncodeToString(mac.Sum(nil))
}

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
	for _, b := range p.Manifest.Banks {
		if !listed[b.File] || path.Dir(b.File) != "banks" {
			return nil, badPack("bank %q is not an entry of the pack", b.File)
		}
	}
	if sig, ok := p.data[packSignatureName]; ok {
		p.Signed = true
		p.Verified = key != "" && hmac.Equal([]byte(strings.TrimSpace(string(sig))), []byte(packSignature(manifest, key)))
	}
	return p, nil
}

// PackReport says what ImportPack did.
type PackReport struct {
	Added, Linked int // documents new to the library, and already there
	Questions     int // questions new to the library
	Banks         []string
}

// ImportPack brings a checked pack into the library: documents already
// there (the same text) are linked, not duplicated; banks are made or, for
// a newer version of the pack, brought up to date (questions already there
// stay, with their review history; new ones come in).
func (l *Library) ImportPack(ctx context.Context, p *Pack) (PackReport, error) {
	var rep PackReport
	var docs []NewDocument
	for _, d := range p.Manifest.Documents {
		var pages []string
		if err := json.Unmarshal(p.data[d.File], &pages); err != nil || len(pages) == 0 {
			return rep, badPack("%s: %v", d.File, err)
		}
		docs = append(docs, NewDocument{Title: d.Title, Kind: d.Kind, Number: d.Number, Issuer: d.Issuer, IssuedOn: d.IssuedOn,
			Subject: d.Subject, Format: "txt", Method: "pack", SourcePath: "pack:" + p.Manifest.ID, Pages: pages})
	}
	// The banks are read before anything is written: a bank the pack
	// cannot give refuses the pack whole.
	type bankItems struct {
		name  string
		items []quiz.Item
	}
	var banks []bankItems
	for _, b := range p.Manifest.Banks {
		_, items, err := formats.Parse(b.File, p.data[b.File])
		if err != nil {
			return rep, badPack("%s: %v", b.File, err)
		}
		banks = append(banks, bankItems{b.Name, items})
	}
	results, err := l.Add(ctx, docs)
	if err != nil {
		return rep, err
	}
	for _, r := range results {
		switch r.Status {
		case StatusImported:
			rep.Added++
		case StatusDuplicate:
			rep.Linked++
		default:
			return rep, r.Err
		}
	}
	for _, b := range banks {
		br, err := l.quiz.ImportNamed(ctx, b.name, b.items)
		if err != nil {
			return rep, err
		}
		rep.Questions += br.Count(quiz.Imported)
		rep.Banks = append(rep.Banks, b.name)
	}
	return rep, nil
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
