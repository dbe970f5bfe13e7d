package library

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"unicode/utf8"

	"sotay/internal/sqlite"
	"sotay/internal/vanban"
	"sotay/library/docread"
)

// ImportStatus says what happened to one file.
type ImportStatus string

// The outcomes of importing one file.
const (
	StatusImported  ImportStatus = "imported"
	StatusDuplicate ImportStatus = "duplicate"
	StatusFailed    ImportStatus = "failed"
)

// ImportResult is the outcome for one file (or one path that yielded none).
type ImportResult struct {
	Path   string
	Status ImportStatus
	ID     int64  // the new document, or the existing one for a duplicate
	Title  string // the document's title
	Err    error  // why it failed; wraps one of the package's errors
	// Method says how the text was obtained: pdf, pdf-repaired, pdftotext,
	// ocr, docx, html or text.
	Method string
	// Warnings are stable code words for what was repaired or doubtful:
	// "legacy-tcvn3", "legacy-vni", "legacy-cp1258" (converted from an old
	// Vietnamese encoding), "nfd" (decomposed text normalised),
	// "no-text-layer" (a scan without OCR), "damaged-pages", "truncated",
	// "unreadable-font" (pages drawn with fonts whose codes give no text),
	// "original-not-kept", "invalid-utf8" (UTF-8 text with bytes that are
	// not UTF-8, each replaced by U+FFFD; the first at InvalidUTF8At).
	Warnings []string
	// InvalidUTF8At is the byte offset in the file of the first byte that
	// was not UTF-8, when Warnings holds "invalid-utf8".
	InvalidUTF8At int
	// What the document says about itself (see Document).
	Kind, Number, IssuedOn, Issuer, Signer string
	Pages                                  int
}

// ImportProgress is passed to ImportOptions.Progress after each file's fate
// is final (for imported files: after their batch committed).
type ImportProgress struct {
	Result      ImportResult
	Done, Total int
}

// ImportSummary counts the outcomes of an import.
type ImportSummary struct {
	Imported, Duplicates, Failed int
}

// ImportOptions tunes Import.
type ImportOptions struct {
	// Progress, if set, is called once per file, in input order, from the
	// goroutine running Import.
	Progress func(ImportProgress)
	// BatchSize is how many files share one transaction (default 1000).
	BatchSize int
	// Password opens PDFs protected by a user password.
	Password string
	// OCR is "off" to import scans without reading them; otherwise scanned
	// pages are read with Tesseract when it is installed.
	OCR string
	// Started, if set, is called as a file begins to be read, from the
	// reading goroutines (several at once).
	Started func(path string)
	// OCRPage, if set, is called as Tesseract finishes each page of a scan
	// (done of total), from the reading goroutines.
	OCRPage func(path string, done, total int)
}

// MaxTextFileSize is the largest text file Import reads (ErrTooLarge beyond).
const MaxTextFileSize = 16 << 20

// MaxTextSize is the most text one document may hold, whatever its format
// (ErrTooLarge beyond): about 5,000 printed pages. One document is
// indexed as one row, so its text bounds the memory an import needs (16
// MB of text: about 190 MB at the peak).
const MaxTextSize = 16 << 20

// MaxFileSize is the largest PDF, DOCX or HTML file Import reads.
const MaxFileSize = 512 << 20

// refusedExtensions are formats a folder may hold that Import cannot read;
// they are listed as failures so the user hears about them.
var refusedExtensions = map[string]bool{".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true}

// Import adds the files named by paths: text files (.txt, .md) and folders,
// searched recursively. Files are read in parallel and written in batches,
// one transaction per batch, so an interruption keeps every committed batch
// and loses nothing else. A file whose text is already in the library is
// reported as a duplicate and skipped, so importing again finishes the
// rest. Per-file problems are reported and the other files still come in;
// the returned error is for what stops the whole import (the database, or
// ctx being cancelled).
func (l *Library) Import(ctx context.Context, paths []string, opt ImportOptions) (ImportSummary, error) {
	if l.db.ReadOnly {
		// Refused before any file is read or copied into the originals.
		return ImportSummary{}, fmt.Errorf("%s: %w", l.Path(), ErrReadOnly)
	}
	items := collect(paths)
	if opt.BatchSize <= 0 {
		opt.BatchSize = 1000
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Workers read and decode files in parallel; futures keep input order.
	// Reading runs ahead of writing by up to readAhead bytes of files, so
	// the workers keep busy while a batch commits without holding a whole
	// folder in memory.
	futures := make(chan chan *importItem, 4096)
	jobs := make(chan func(), runtime.NumCPU())
	ahead := newBudget(readAhead)
	for range runtime.NumCPU() {
		go func() {
			for job := range jobs {
				job()
			}
		}()
	}
	go func() {
		defer close(futures)
		defer close(jobs)
		for _, it := range items {
			fut := make(chan *importItem, 1)
			select {
			case futures <- fut:
			case <-ctx.Done():
				return
			}
			if it.err != nil {
				fut <- it
				continue
			}
			if st, err := os.Stat(it.path); err == nil {
				// A file's text, its index rows and the copies made on the
				// way take several times the file: weigh it so, so that
				// one large file is read at a time and not beside a batch
				// being written.
				it.held = min(st.Size()*expansion, readAhead/2+1)
			}
			if !ahead.acquire(ctx, it.held) {
				fut <- failed(it.path, ctx.Err())
				return
			}
			jobs <- func() {
				if opt.Started != nil {
					opt.Started(it.path)
				}
				it.read(ctx, opt, l.originalsDir())
				fut <- it
			}
		}
	}()

	var sum ImportSummary
	done := 0
	report := func(batch []*importItem) {
		for _, it := range batch {
			done++
			switch it.res.Status {
			case StatusImported:
				sum.Imported++
			case StatusDuplicate:
				sum.Duplicates++
			default:
				sum.Failed++
			}
			if opt.Progress != nil {
				opt.Progress(ImportProgress{Result: it.res, Done: done, Total: len(items)})
			}
			ahead.release(it.held)
			it.held = 0
		}
	}
	// A batch is written when it holds half the read-ahead budget. No file
	// holds more than half plus one byte, so the next file can always
	// start (with more, reading would wait for a write that waits for
	// reading), yet two large files are never in memory at once.
	var batch []*importItem
	batchBytes := 0
	var batchHeld int64
	for fut := range futures {
		it := <-fut
		batch = append(batch, it)
		batchBytes += it.size
		batchHeld += it.held
		if len(batch) >= opt.BatchSize || batchBytes >= 32<<20 || batchHeld >= readAhead/2 {
			if err := l.writeBatch(ctx, batch); err != nil {
				return sum, failBatch(ctx, batch, err, report)
			}
			report(batch)
			batch, batchBytes, batchHeld = batch[:0], 0, 0
		}
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := l.writeBatch(ctx, batch); err != nil {
		return sum, failBatch(ctx, batch, err, report)
	}
	report(batch)
	return sum, nil
}

// failBatch reports every file of a batch that could not be written as
// failed with err (so that each gets its line) and returns err, as a
// *DiskFullError with the space to free when the disk is full. When the
// import was stopped it reports nothing and returns the context's error.
func failBatch(ctx context.Context, batch []*importItem, err error, report func([]*importItem)) error {
	if ctx.Err() != nil {
		return ctx.Err() // stopped: only what was committed is reported
	}
	if errors.Is(err, ErrDiskFull) || errors.Is(err, syscall.ENOSPC) {
		var need int64
		for _, it := range batch {
			need += int64(it.size)
		}
		// The text, its pages and the index take about three times the
		// text; SQLite needs room for its journal too.
		err = &DiskFullError{Need: 3*need + 16<<20, Err: err}
	}
	for _, it := range batch {
		if it.err == nil {
			it.err = err
			it.res = ImportResult{Path: it.path, Status: StatusFailed, Err: err}
		}
	}
	report(batch)
	return err
}

// readAhead bounds the memory of files read but not yet written, as
// weighed by expansion.
var readAhead int64 = 96 << 20 // a variable for the tests

// expansion is how many times its size a file is weighed while in memory.
const expansion = 8

// importItem is one file on its way through Import.
type importItem struct {
	path     string
	doc      NewDocument
	size     int
	held     int64 // bytes of the read-ahead budget this file holds
	warnings []string
	badByte  int // docread.Document.BadByte
	method   string
	err      error // set when the file failed before the database
	res      ImportResult
}

func failed(path string, err error) *importItem {
	return &importItem{path: path, err: err,
		res: ImportResult{Path: path, Status: StatusFailed, Err: err}}
}

// read loads the file, extracts its text and metadata, and keeps a copy
// of it in originals (if not ""); on failure it sets it.err and it.res.
func (it *importItem) read(ctx context.Context, opt ImportOptions, originals string) {
	fail := func(err error) {
		it.err = fmt.Errorf("%s: %w", it.path, err)
		it.res = ImportResult{Path: it.path, Status: StatusFailed, Err: it.err}
	}
	st, err := os.Stat(it.path)
	if err != nil {
		fail(err)
		return
	}
	ext := strings.ToLower(filepath.Ext(it.path))
	limit := int64(MaxFileSize)
	if ext == ".txt" || ext == ".md" {
		limit = MaxTextFileSize
	}
	if st.Size() > limit {
		fail(fmt.Errorf("%d bytes: %w", st.Size(), ErrTooLarge))
		return
	}
	data, err := os.ReadFile(it.path)
	if err != nil {
		fail(err)
		return
	}
	if len(bytes.TrimSpace(data)) == 0 {
		fail(ErrEmpty)
		return
	}
	dopt := docread.Options{Password: opt.Password, OCR: opt.OCR}
	if opt.OCRPage != nil {
		dopt.OCRPage = func(done, total int) { opt.OCRPage(it.path, done, total) }
	}
	x, err := docread.Read(ctx, it.path, data, dopt)
	if err != nil {
		fail(err)
		return
	}
	text := strings.Join(x.Pages, "\f")
	if len(text) > MaxTextSize {
		fail(fmt.Errorf("%d bytes of text: %w", len(text), ErrTooLarge))
		return
	}
	// Text pasted from the web keeps its structure inline: the line
	// breaks come back (a space becomes a break: offsets do not move),
	// before the metadata is read from them (a whole document on one
	// line holds its letterhead: round 22).
	// A gazette's line on every page and a signature's stamp are not
	// the text (a Công báo PDF's "CÔNG BÁO/Số 242/…" cut its tasks).
	x.Pages = vanban.StripRunning(x.Pages, false)
	for i := range x.Pages {
		x.Pages[i] = vanban.Unflatten(x.Pages[i])
	}
	text = strings.Join(x.Pages, "\f")
	meta := vanban.ReadMeta(text)
	title := meta.Title
	if x.Format == "md" {
		title = strings.TrimSpace(strings.TrimLeft(title, "#"))
	}
	if title == "" {
		title = firstLine(x.Title)
	}
	if title == "" {
		// (no text, or none that names it: a scan whose text layer is
		// only its signature, round 134)
		title = strings.TrimSuffix(filepath.Base(it.path), filepath.Ext(it.path))
	}
	if title == "" || !hasText(x.Pages) && !slices.Contains(x.Warnings, "no-text-layer") {
		fail(ErrEmpty)
		return
	}
	abs, err := filepath.Abs(it.path)
	if err != nil {
		abs = it.path
	}
	sum := sha256.Sum256(data)
	fileHash := hex.EncodeToString(sum[:])
	it.warnings = x.Warnings
	it.badByte = x.BadByte
	it.method = x.Method
	it.size = len(text)
	it.doc = NewDocument{Title: title, Kind: meta.Kind, Number: meta.Number, Issuer: meta.Issuer,
		IssuedOn: meta.IssuedOn, Place: meta.Place, Signer: meta.Signer, SignerRole: meta.SignerRole,
		Subject: meta.Subject, SourcePath: abs, Format: x.Format, Method: x.Method, Warnings: x.Warnings,
		Pages: x.Pages, Sections: sectionsOf(vanban.Outline(x.Pages, x.Styled)), FileHash: fileHash}
	// Text files are their own text; documents whose text is derived
	// (PDF, DOCX, HTML) keep the file so it can be opened or re-imported.
	if originals != "" && x.Format != "txt" && x.Format != "md" {
		if name, err := keepOriginal(originals, fileHash, ext, data); err == nil {
			it.doc.Original = name
		} else {
			it.warnings = append(it.warnings, "original-not-kept")
			it.doc.Warnings = it.warnings
		}
	}
	it.doc.index = makeIndexText(it.doc.Title, it.doc.Number, it.doc.Pages)
}

func hasText(pages []string) bool {
	for _, p := range pages {
		if strings.TrimSpace(p) != "" {
			return true
		}
	}
	return false
}

// firstLine returns the first non-blank line of text, trimmed and cut to
// 300 characters.
func firstLine(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(strings.Trim(line, "\ufeff\u200b\u200e\f"))
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) > 300 {
			line = string([]rune(line)[:300]) + "…"
		}
		return line
	}
	return ""
}

// writeBatch stores the good items of a batch in one transaction and fills
// in every item's result. Nothing is reported before the commit.
func (l *Library) writeBatch(ctx context.Context, batch []*importItem) error {
	if len(batch) == 0 {
		return nil
	}
	defer l.changed()
	defer sqlite.ReleaseMemory()
	return l.db.Tx(ctx, func(tx *sql.Tx) error {
		// Statements run without ctx: go-sqlite3 runs each statement given
		// a cancellable context on a goroutine of its own, which made an
		// import twice as slow. Cancellation is checked between files.
		sctx := context.WithoutCancel(ctx)
		ins, err := newInserter(sctx, tx)
		if err != nil {
			return err
		}
		defer ins.close()
		numbers, texts := map[int64]string{}, map[int64]string{}
		var added []int64
		for _, it := range batch {
			if err := ctx.Err(); err != nil {
				return err
			}
			if it.err != nil {
				continue
			}
			id, title, dup, err := ins.add(sctx, &it.doc)
			if err != nil {
				return fmt.Errorf("import %s: %w", it.path, err)
			}
			if ins.restored {
				it.warnings = append(it.warnings, "restored-from-trash")
			} else if !dup {
				added = append(added, id)
				numbers[id], texts[id] = it.doc.Number, strings.Join(it.doc.Pages, "\f")
			}
			d := &it.doc
			it.res = ImportResult{Path: it.path, Status: StatusImported, ID: id, Title: title, Method: it.method,
				Warnings: it.warnings, Kind: d.Kind, Number: d.Number, IssuedOn: d.IssuedOn, Issuer: d.Issuer,
				Signer: d.Signer, Pages: len(d.Pages), InvalidUTF8At: it.badByte}
			if dup {
				it.res.Status = StatusDuplicate
			}
			it.doc = NewDocument{} // stored: let its text and index rows go
		}
		if err := setNumberKeys(sctx, tx, numbers); err != nil {
			return err
		}
		if err := linkCitations(sctx, tx, added, texts); err != nil {
			return err
		}
		return ins.index.flush(sctx)
	})
}
