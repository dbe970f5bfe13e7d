// Package pdftext extracts the text of PDF files, page by page, in reading
// order, as NFC. It reads everything itself: the file structure
// (cross-references, object streams, every standard security handler),
// content streams, fonts and their Unicode maps, line and word breaks from
// glyph positions, legacy Vietnamese fonts, and repairs of damaged files.
// Damaged input gives an error or fewer pages, never a panic, and a time
// limit stops files that would hang.
package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"sotay/internal/viet"
)

// Errors callers act on (errors.Is).
var (
	ErrNotPDF = errors.New("not a PDF file")
	ErrEmpty  = errors.New("empty file")
	// ErrDamaged means the file could not be read even after repair.
	ErrDamaged = errors.New("damaged PDF")
	// ErrPassword means the file needs a password to open and none was given.
	ErrPassword = errors.New("PDF needs a password")
	// ErrBadPassword means the password given does not open the file.
	ErrBadPassword = errors.New("wrong PDF password")
	// ErrEncryption means the file's encryption is not supported (AES-256).
	ErrEncryption = errors.New("unsupported PDF encryption")
	// ErrTimeout means the file took longer than the time limit.
	ErrTimeout = errors.New("PDF took too long")
	// ErrTooLarge means the file's streams decode to more than the limits
	// allow: one stream or one page's content over 64 MB, or 1 GB of
	// decoded text streams in all (a decompression bomb).
	ErrTooLarge = errors.New("PDF decodes too large")
)

// Options tune Extract.
type Options struct {
	Password string
	// Timeout bounds the whole extraction (default 8 s, so that with the
	// grace for a parser call to return a file never takes over 10 s).
	Timeout time.Duration
}

// Result is a PDF's text and what was found on the way.
type Result struct {
	Pages    []string // one per page, NFC, lines separated by "\n"
	Repaired bool     // the file needed repairs to be read
	Legacy   []viet.Encoding
	NFD      bool  // text arrived decomposed and was normalised
	Damaged  []int // pages (from 1) whose content could not all be read
	// Scans are pages with no text but an image: candidates for OCR.
	Scans []Scan
	// Truncated means a page's content stream was cut at the operator limit.
	Truncated bool
	Title     string // the document information's title, if any
	// Unreadable names the encodings (predefined CJK CMaps, Identity-H
	// without a readable font) whose glyphs could not become text; a page
	// where they are a third of the glyphs or more is left without text
	// rather than keep the fragments other fonts gave.
	Unreadable []string
	// Watermark is the stamp found alone over scanned pages (a website's
	// address); those pages are in Scans with no text.
	Watermark string
}

// Scan is a page with no text layer and the largest image on it.
type Scan struct {
	Page   int    // from 1
	Image  []byte // the image file: JPEG (DCTDecode) or PNG; nil if undecodable
	Format string // "jpeg", "png" or the PDF filter that could not be decoded
}

// Extract reads a PDF held in memory.
func Extract(ctx context.Context, data []byte, opt Options) (*Result, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 8 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	type answer struct {
		r   *Result
		err error
	}
	done := make(chan answer, 1)
	go func() {
		defer func() {
			if x := recover(); x != nil { // the last guard: never take the program down
				done <- answer{nil, fmt.Errorf("%w: %v", ErrDamaged, x)}
			}
		}()
		r, err := extract(ctx, data, opt)
		done <- answer{r, err}
	}()
	select {
	case a := <-done:
		return a.r, a.err
	case <-ctx.Done():
		// The extraction checks ctx often; wait a little for it to stop,
		// and if some parser call does not return, leave it behind.
		select {
		case a := <-done:
			if a.err == nil {
				return a.r, nil
			}
		case <-time.After(2 * time.Second):
		}
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, ErrTimeout
		}
		return nil, ctx.Err()
	}
}

func extract(ctx context.Context, data []byte, opt Options) (*Result, error) {
	fixed, changed, ok := fixHeader(data)
	if !ok {
		return nil, ErrNotPDF
	}
	var first *Result
	var firstErr error
	if xrefLooksRight(fixed) {
		first, firstErr = extractOnce(ctx, fixed, opt)
		if firstErr == nil && len(first.Damaged) == 0 {
			first.Repaired = changed
			return finish(first), nil
		}
		switch {
		case errors.Is(firstErr, ErrPassword), errors.Is(firstErr, ErrBadPassword),
			errors.Is(firstErr, ErrEncryption), errors.Is(firstErr, ErrTooLarge), ctx.Err() != nil:
			return nil, firstErr
		}
	}
	second, err := extractOnce(ctx, rebuildXref(fixed), opt)
	if err == nil {
		second.Repaired = true
	}
	switch {
	case err != nil && first != nil:
		return finish(first), nil
	case err != nil && firstErr != nil && !errors.Is(firstErr, ErrDamaged):
		return nil, firstErr
	case err != nil:
		return nil, err
	case first != nil && len(first.Damaged) <= len(second.Damaged):
		return finish(first), nil
	}
	return finish(second), nil
}

// judgeLegacy decides, for each font whose name suggested TCVN3 or VNI and
// whose text this page holds, whether it is: most of its words holding a
// byte above 0x7F must convert to Vietnamese syllables. The verdict holds
// for the rest of the file; it reports whether a font was ruled out.
func (d *doc) judgeLegacy(text *pageText) (ruledOut bool) {
	for f, raw := range text.legRaw {
		high, hits := viet.LegacyEvidence(raw.String(), f.legacy)
		if high == 0 {
			continue // nothing the conversion changes yet
		}
		f.legacyKnown = true
		if hits*10 < high*6 {
			f.legacy, f.upper = viet.Unicode, false
			ruledOut = true
		}
	}
	return ruledOut
}

// finish normalises the text and converts legacy encodings found in it.
func finish(r *Result) *Result {
	for i, p := range r.Pages {
		if !norm.NFC.IsNormalString(p) {
			r.NFD = true
			r.Pages[i] = norm.NFC.String(p)
		}
	}
	if len(r.Legacy) == 0 {
		all := strings.Join(r.Pages, "\f")
		if enc, conv := viet.DetectLegacy(all); enc != viet.Unicode {
			r.Legacy = append(r.Legacy, enc)
			r.Pages = strings.Split(conv, "\f")
		}
	}
	// Bytes no encoding explained (control characters) never reach the
	// text; ligature glyphs become their letters, so that "ﬁrst" is found
	// as "first".
	for i, p := range r.Pages {
		r.Pages[i] = ligatures.Replace(stripControls(p))
	}
	return r
}

// doc is one attempt at reading a file.
type doc struct {
	ctx            context.Context
	data           []byte
	f              *file
	encrypted      bool
	fonts          map[string]*font
	ops, opLimit   int
	damagedStreams int
	truncated      bool
	decoded        int64               // bytes decoded by streamData
	tooLarge       bool                // a stream, a page or the total passed its limit
	drawn          map[uint64]struct{} // pageText.drawn, cleared and reused page after page
}

type timeoutPanic struct{ err error }

func (d *doc) checkDeadline() {
	if err := d.ctx.Err(); err != nil {
		panic(timeoutPanic{err})
	}
}

func extractOnce(ctx context.Context, data []byte, opt Options) (res *Result, err error) {
	d := &doc{ctx: ctx, data: data, fonts: map[string]*font{}}
	defer func() {
		if x := recover(); x != nil {
			if t, ok := x.(timeoutPanic); ok {
				res, err = nil, timeoutErr(t.err)
				return
			}
			res, err = nil, fmt.Errorf("%w: %v", ErrDamaged, x)
		}
	}()
	if err := d.open(opt.Password); err != nil {
		return nil, err
	}
	pages := d.pages()
	if len(pages) == 0 {
		return nil, fmt.Errorf("%w: no pages", ErrDamaged)
	}
	res = &Result{Title: cleanTitle(Value{d.f, d.f.trailer["Info"]}.Key("Title").Text())}
	legacy := map[viet.Encoding]bool{}
	covered := map[int][]image{} // pages with text over a page-sized image
	for i, pg := range pages {
		text, scan, cover, damaged := d.page(pg)
		if cover != nil {
			covered[i] = cover
		}
		if err := ctx.Err(); err != nil {
			return nil, timeoutErr(err)
		}
		if d.tooLarge {
			return nil, fmt.Errorf("%w: page %d, %d bytes decoded", ErrTooLarge, i+1, d.decoded)
		}
		if text.unreadable > 0 {
			if !slices.Contains(res.Unreadable, text.unreadableFont) {
				res.Unreadable = append(res.Unreadable, text.unreadableFont)
			}
			if 2*text.unreadable >= text.glyphs {
				text = &pageText{}
			}
		}
		res.Pages = append(res.Pages, text.text())
		for e := range text.encUsed {
			if !legacy[e] {
				legacy[e] = true
				res.Legacy = append(res.Legacy, e)
			}
		}
		if damaged {
			res.Damaged = append(res.Damaged, i+1)
		}
		if scan != nil {
			scan.Page = i + 1
			res.Scans = append(res.Scans, *scan)
		}
	}
	d.watermarkedScans(res, covered)
	res.Truncated = d.truncated
	return res, nil
}

func timeoutErr(err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return ErrTimeout
	}
	return err
}

// open reads the file structure and unlocks it.
func (d *doc) open(password string) error {
	f, err := openFile(d.ctx, d.data)
	if err != nil {
		return err
	}
	d.f = f
	if f.trailer["Encrypt"] != nil {
		if err := f.unlock(password); err != nil {
			return err
		}
		d.encrypted = true
	}
	d.opLimit = maxOps
	return nil
}

// root is the document catalogue.
func (d *doc) root() Value { return Value{d.f, d.f.trailer["Root"]} }

// pageRef is a page dictionary with its inherited resources and the part
// of the page a viewer shows (the crop box within the media box).
type pageRef struct {
	v   Value
	res Value
	box rect
}

// pages walks the page tree in order. Depth and node counts are bounded:
// a tree that loops back on itself ends, it does not hang.
func (d *doc) pages() []pageRef {
	var out []pageRef
	visited := 0
	var walk func(v, res Value, box, crop [4]float64, depth int)
	walk = func(v, res Value, box, crop [4]float64, depth int) {
		visited++
		if depth > 64 || visited > 200000 || len(out) >= 100000 {
			return
		}
		if r := v.Key("Resources"); !r.IsNull() {
			res = r
		}
		if mb := v.Key("MediaBox"); mb.Len() == 4 {
			for i := range 4 {
				box[i] = mb.Index(i).Float64()
			}
			crop = [4]float64{}
		}
		if cb := v.Key("CropBox"); cb.Len() == 4 {
			for i := range 4 {
				crop[i] = cb.Index(i).Float64()
			}
		}
		kids := v.Key("Kids")
		if v.Key("Type").Name() == "Pages" || kids.Kind() == vArray && v.Key("Type").Name() != "Page" {
			for i := 0; i < kids.Len(); i++ {
				d.checkDeadline()
				walk(kids.Index(i), res, box, crop, depth+1)
			}
			return
		}
		if v.Kind() == vDict {
			seen := boxRect(box)
			if crop != ([4]float64{}) {
				if c := boxRect(crop).intersect(seen); c.x1 > c.x0 && c.y1 > c.y0 {
					seen = c
				}
			}
			out = append(out, pageRef{v: v, res: res, box: seen})
		}
	}
	walk(d.root().Key("Pages"), Value{f: d.f}, [4]float64{0, 0, 612, 792}, [4]float64{}, 0)
	return out
}

// newPageText starts a page, with the map of drawn glyphs reused.
func (d *doc) newPageText() *pageText {
	if d.drawn == nil {
		d.drawn = make(map[uint64]struct{}, 1<<14)
	}
	clear(d.drawn)
	return &pageText{drawn: d.drawn}
}

// page extracts one page; a panic inside it loses that page only.
func (d *doc) page(pg pageRef) (text *pageText, scan *Scan, cover []image, damaged bool) {
	text = d.newPageText()
	defer func() {
		if x := recover(); x != nil {
			if _, ok := x.(timeoutPanic); ok {
				panic(x)
			}
			damaged = true
		}
	}()
	before := d.damagedStreams
	contents := pg.v.Key("Contents")
	var data []byte
	add := func(s Value) {
		b, _, err := d.streamData(s)
		if err != nil {
			d.damagedStreams++
		}
		if len(data)+len(b) > maxStream {
			d.tooLarge = true
		}
		if d.tooLarge {
			return
		}
		data = append(data, b...)
		data = append(data, '\n')
	}
	if contents.Kind() == vArray {
		for i := 0; i < contents.Len() && i < 10000 && !d.tooLarge; i++ {
			add(contents.Index(i))
		}
	} else if !contents.IsNull() {
		add(contents)
	}
	if d.tooLarge {
		return text, nil, nil, true
	}
	in := &interp{d: d, out: text, gs: gstate{ctm: identity, th: 1, clip: pg.box}}
	in.run(data, pg.res, 0)
	in.annotations(pg)
	if d.judgeLegacy(text) {
		// A font named like a legacy one turned out not to be: read again.
		text = d.newPageText()
		d.damagedStreams = before
		in = &interp{d: d, out: text, gs: gstate{ctm: identity, th: 1, clip: pg.box}}
		in.run(data, pg.res, 0)
		in.annotations(pg)
	}
	damaged = d.damagedStreams > before
	if text.glyphs == 0 && len(in.images) > 0 {
		scan = d.scanImage(in.images)
	} else if coversPage(in.images, pg.box) {
		cover = in.images
	}
	return text, scan, cover, damaged
}

// cleanTitle makes a document information title fit to show: no control
// characters, white space collapsed, NFC.
func cleanTitle(s string) string {
	return strings.Join(strings.Fields(stripControls(norm.NFC.String(s))), " ")
}

// stripControls removes C0 and C1 control characters other than line
// breaks, tabs and form feeds (and U+FFFD, what undecodable bytes became).
func stripControls(s string) string {
	clean := true
	for _, r := range s {
		if isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			if r == '\r' {
				return '\n'
			}
			return -1
		}
		return r
	}, s)
}

func isControl(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' && r != '\f' || r >= 0x7F && r <= 0x9F || r == 0xFFFD
}

var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")
