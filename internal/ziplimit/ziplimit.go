// Package ziplimit opens zip archives (DOCX, XLSX) that may be bombs: a few
// megabytes that inflate to gigabytes. Before anything is inflated it
// checks what the central directory declares (each entry's inflated size
// against its compressed size, and all entries together); when an entry is
// read it is cut at its declared size, because headers can lie.
package ziplimit

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// ErrTooLarge means an archive, or one of its entries, would inflate beyond
// its limits.
var ErrTooLarge = errors.New("archive inflates too large")

// Limits bound what an archive may inflate to. A zero field is no limit.
type Limits struct {
	// Entry bounds one entry as it is read (Open, ReadFile).
	Entry int64
	// Total bounds the declared sizes of all entries together, and the
	// bytes read through one Reader.
	Total int64
	// Ratio bounds inflated/compressed size for entries over RatioFloor:
	// office XML compresses 5–100×, deflate at most about 1030×, which
	// is what bombs use.
	Ratio int64
}

// RatioFloor is the inflated size below which Ratio is not checked: a
// small run of blanks may compress very well without harm.
const RatioFloor = 1 << 20

// Reader is a zip archive whose entries are read within Limits.
type Reader struct {
	*zip.Reader
	lim  Limits
	read int64 // bytes inflated so far through Open/ReadFile
}

// NewReader opens the zip in data and checks its declared sizes against
// lim. A malformed archive returns zip's error; one over the limits
// ErrTooLarge.
func NewReader(data []byte, lim Limits) (*Reader, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	if err := Check(zr, lim); err != nil {
		return nil, err
	}
	return &Reader{Reader: zr, lim: lim}, nil
}

// Wrap is NewReader for an archive already open (a file on disk, too
// large to hold in memory).
func Wrap(zr *zip.Reader, lim Limits) (*Reader, error) {
	if err := Check(zr, lim); err != nil {
		return nil, err
	}
	return &Reader{Reader: zr, lim: lim}, nil
}

// Check reports ErrTooLarge if the entries zr declares exceed lim's Total
// or Ratio. Entry is checked when an entry is opened: an archive may carry
// large parts (pictures, video) that are never read.
func Check(zr *zip.Reader, lim Limits) error {
	var total uint64
	for _, f := range zr.File {
		size := f.UncompressedSize64
		total += size
		if lim.Total > 0 && (size > uint64(lim.Total) || total > uint64(lim.Total)) {
			return fmt.Errorf("%w: %d bytes in all, over %d", ErrTooLarge, total, lim.Total)
		}
		if lim.Ratio > 0 && size > RatioFloor && size/max(f.CompressedSize64, 1) > uint64(lim.Ratio) {
			return fmt.Errorf("%w: %s inflates %d bytes to %d", ErrTooLarge, f.Name, f.CompressedSize64, size)
		}
	}
	return nil
}

// Open opens an entry for reading; the reader gives at most the declared
// size (and no more than Entry, nor what is left of Total) and fails with
// ErrTooLarge if the data runs on.
func (r *Reader) Open(f *zip.File) (io.ReadCloser, error) {
	size := f.UncompressedSize64
	if r.lim.Entry > 0 && size > uint64(r.lim.Entry) {
		return nil, fmt.Errorf("%w: %s is %d bytes, over %d", ErrTooLarge, f.Name, size, r.lim.Entry)
	}
	if r.lim.Total > 0 && size > uint64(r.lim.Total-r.read) {
		return nil, fmt.Errorf("%w: %s would pass %d bytes in all", ErrTooLarge, f.Name, r.lim.Total)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	return &limited{r: r, rc: rc, left: int64(size), name: f.Name}, nil
}

// ReadFile reads a whole entry through Open.
func (r *Reader) ReadFile(f *zip.File) ([]byte, error) {
	rc, err := r.Open(f)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	// Room for the declared size at once (Open refused one over the
	// limits, and reads stop there): no copying while the buffer grows.
	buf := bytes.NewBuffer(make([]byte, 0, f.UncompressedSize64+bytes.MinRead))
	if _, err := io.Copy(buf, rc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Find returns the entry named name, or nil.
func (r *Reader) Find(name string) *zip.File {
	for _, f := range r.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// limited reads an entry up to its declared size and counts what it reads
// against the Reader's total.
type limited struct {
	r    *Reader
	rc   io.ReadCloser
	left int64
	name string
}

func (l *limited) Read(p []byte) (int, error) {
	if l.left <= 0 {
		// The declared size is reached: the entry must end here.
		var one [1]byte
		n, err := l.rc.Read(one[:])
		// archive/zip itself fails with ErrFormat past the declared size.
		if n > 0 || errors.Is(err, zip.ErrFormat) {
			return 0, fmt.Errorf("%w: %s runs past its declared size", ErrTooLarge, l.name)
		}
		if err == nil {
			return 0, nil
		}
		return 0, err
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.rc.Read(p)
	l.left -= int64(n)
	l.r.read += int64(n)
	return n, err
}

func (l *limited) Close() error { return l.rc.Close() }
