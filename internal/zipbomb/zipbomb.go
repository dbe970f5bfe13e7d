// Package zipbomb makes decompression bombs for tests: deflate streams and
// zip archives that inflate to gigabytes of one repeated byte, built in
// well under a second and a few megabytes of memory. It is test support,
// like minipdf: the program itself never imports it.
package zipbomb

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
)

// chunk is the piece of fill compressed once and repeated.
const chunk = 1 << 20

// Stream is a raw deflate stream inflating to Prefix, then N copies of
// Fill, then Suffix.
type Stream struct {
	Prefix, Suffix []byte
	Fill           byte
	N              int64
}

// Size is the inflated size.
func (s Stream) Size() int64 { return int64(len(s.Prefix)) + s.N + int64(len(s.Suffix)) }

// piece deflates data on its own (back-references stay inside it); final
// closes the stream, otherwise it ends on a byte boundary, ready for more.
func piece(data []byte, final bool) []byte {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	w.Write(data)
	if final {
		w.Close()
	} else {
		w.Flush()
	}
	return b.Bytes()
}

// Deflate returns the compressed stream and feeds the inflated bytes to
// sum (a CRC or Adler hash), if not nil, without holding them.
func (s Stream) Deflate(sum hash.Hash) []byte {
	var out bytes.Buffer
	if sum == nil {
		sum = crc32.NewIEEE()
	}
	out.Write(piece(s.Prefix, false))
	sum.Write(s.Prefix)
	fill := bytes.Repeat([]byte{s.Fill}, chunk)
	block := piece(fill, false)
	n := s.N
	for ; n >= chunk; n -= chunk {
		out.Write(block)
		sum.Write(fill)
	}
	out.Write(piece(fill[:n], false))
	sum.Write(fill[:n])
	out.Write(piece(s.Suffix, true))
	sum.Write(s.Suffix)
	return out.Bytes()
}

// Zlib returns the stream with a zlib header and Adler-32 trailer, as PDF
// FlateDecode streams are stored.
func (s Stream) Zlib() []byte {
	a := adler32.New()
	body := s.Deflate(a)
	out := append([]byte{0x78, 0xda}, body...)
	return a.Sum(out)
}

// Entry is one file of an archive: Data stored as is, or a Stream.
type Entry struct {
	Name   string
	Data   []byte
	Stream *Stream
	// Declared, when not zero, is the inflated size the headers claim:
	// a lie, to test readers that trust them.
	Declared uint64
}

// Zip writes an archive of entries to w.
func Zip(w io.Writer, entries []Entry) error {
	zw := zip.NewWriter(w)
	for _, e := range entries {
		st := e.Stream
		if st == nil {
			st = &Stream{Prefix: e.Data}
		}
		c := crc32.NewIEEE()
		body := st.Deflate(c)
		h := &zip.FileHeader{Name: e.Name, Method: zip.Deflate, CRC32: c.Sum32(),
			CompressedSize64: uint64(len(body)), UncompressedSize64: uint64(st.Size())}
		if e.Declared != 0 {
			h.UncompressedSize64 = e.Declared
		}
		fw, err := zw.CreateRaw(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(body); err != nil {
			return err
		}
	}
	return zw.Close()
}
