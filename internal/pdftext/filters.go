package pdftext

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/ascii85"
	"errors"
	"fmt"
	"io"

	"golang.org/x/image/tiff/lzw"
)

// Streams are decoded here rather than by Value.Reader, which panics
// on filters it does not know (LZWDecode in old Acrobat files, the image
// filters) and on predictors other than PNG-Up. A stream's raw bytes are
// found through the offset its Value prints; encrypted files still go
// through Value.Reader, the only way to the decryption key.

// maxStream bounds one decoded stream, and a page's content streams
// together: a Flate bomb stops here.
const maxStream = 64 << 20

// maxDecoded bounds the bytes decoded for text in one reading of a file
// (content streams, forms, fonts' Unicode maps): a small stream listed or
// drawn thousands of times is a bomb too.
const maxDecoded = 1 << 30

var (
	errStreamTooLarge = errors.New("stream too large")
	errBadStream      = errors.New("damaged stream")
)

// streamData is decodeStream within the file's budget: a stream over
// maxStream, or one that takes the bytes decoded past maxDecoded, marks the
// file too large (doc.tooLarge) and every later call fails at once.
func (d *doc) streamData(v Value) (data []byte, imageFilter string, err error) {
	if d.tooLarge {
		return nil, "", errStreamTooLarge
	}
	data, imageFilter, err = d.decodeStream(v)
	if imageFilter == "" {
		d.decoded += int64(len(data))
	}
	if errors.Is(err, errStreamTooLarge) || d.decoded > maxDecoded {
		d.tooLarge = true
		return nil, "", errStreamTooLarge
	}
	return data, imageFilter, err
}

// decodeStream returns a stream's decoded bytes, skipping image filters
// (DCTDecode, JPXDecode, …), which it reports in imageFilter. On damage it
// returns what was decoded before it along with an error.
func (d *doc) decodeStream(v Value) (data []byte, imageFilter string, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("%w: %v", errBadStream, r)
		}
	}()
	st, ok := v.resolved().(*stream)
	if !ok || d.f == nil {
		return nil, "", errBadStream
	}
	raw := d.f.decrypted(st)
	filters, params := filterChain(v)
	for i, f := range filters {
		switch f {
		case "DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF":
			return raw, f, nil
		}
		raw, err = decodeFilter(f, raw, params[i])
		if err != nil {
			return raw, "", err
		}
	}
	return raw, "", nil
}

func filterChain(v Value) (names []string, params []Value) {
	f := v.Key("Filter")
	p := v.Key("DecodeParms")
	if p.IsNull() {
		p = v.Key("DP")
	}
	switch f.Kind() {
	case vName:
		return []string{f.Name()}, []Value{p}
	case vArray:
		for i := 0; i < f.Len() && i < 8; i++ {
			names = append(names, f.Index(i).Name())
			params = append(params, p.Index(i))
		}
	}
	return names, params
}

func decodeFilter(name string, in []byte, param Value) ([]byte, error) {
	switch name {
	case "FlateDecode", "Fl":
		out, err := inflate(in)
		if err != nil && len(out) == 0 {
			return nil, err
		}
		out2, perr := unpredict(out, param)
		if perr != nil {
			return out, perr
		}
		return out2, err
	case "LZWDecode", "LZW":
		early := param.Key("EarlyChange")
		var rd io.ReadCloser
		if early.Kind() == vInteger && early.Int64() == 0 {
			return nil, fmt.Errorf("%w: LZW without early change", errBadStream)
		}
		rd = lzw.NewReader(bytes.NewReader(in), lzw.MSB, 8)
		out, err := readLimited(rd)
		rd.Close()
		if err != nil && len(out) == 0 {
			return nil, err
		}
		out2, perr := unpredict(out, param)
		if perr != nil {
			return out, perr
		}
		return out2, nil
	case "ASCII85Decode", "A85":
		in = bytes.TrimSpace(in)
		if i := bytes.Index(in, []byte("~>")); i >= 0 {
			in = in[:i]
		}
		in = bytes.TrimPrefix(in, []byte("<~"))
		out := make([]byte, 4*len(in)/5+4)
		n, _, err := ascii85.Decode(out, in, true)
		return out[:n], err
	case "ASCIIHexDecode", "AHx":
		l := lexer{data: append(append([]byte{'<'}, in...), '>')}
		return []byte(l.hex()), nil
	case "RunLengthDecode", "RL":
		var out []byte
		for i := 0; i < len(in) && len(out) <= maxStream; {
			n := int(in[i])
			i++
			switch {
			case n < 128:
				end := min(i+n+1, len(in))
				out = append(out, in[i:end]...)
				i = end
			case n > 128:
				if i < len(in) {
					out = append(out, bytes.Repeat(in[i:i+1], 257-n)...)
				}
				i++
			default:
				return out, nil
			}
		}
		if len(out) > maxStream {
			return out[:maxStream], errStreamTooLarge
		}
		return out, nil
	case "Crypt":
		return in, nil
	}
	return nil, fmt.Errorf("%w: unknown filter %s", errBadStream, name)
}

// inflate decodes zlib data, or raw deflate data some producers write
// without the zlib header; a corrupt stream returns what came before the
// damage.
func inflate(in []byte) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(in))
	if err != nil {
		fr := flate.NewReader(bytes.NewReader(in))
		defer fr.Close()
		return readLimited(fr)
	}
	defer zr.Close()
	out, err := readLimited(zr)
	if errors.Is(err, zlib.ErrChecksum) || errors.Is(err, io.ErrUnexpectedEOF) {
		err = nil // truncated or unchecked tail: what came out is good
	}
	return out, err
}

func readLimited(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	_, err := io.Copy(&buf, io.LimitReader(r, maxStream+1))
	if buf.Len() > maxStream {
		return buf.Bytes()[:maxStream], errStreamTooLarge
	}
	return buf.Bytes(), err
}

// unpredict undoes PNG (10–15) and TIFF (2) predictors.
func unpredict(in []byte, param Value) ([]byte, error) {
	pred := param.Key("Predictor").Int64()
	if pred < 2 {
		return in, nil
	}
	colors := max(int(param.Key("Colors").Int64()), 1)
	bpc := int(param.Key("BitsPerComponent").Int64())
	if bpc == 0 {
		bpc = 8
	}
	columns := int(param.Key("Columns").Int64())
	if columns == 0 {
		columns = 1
	}
	if colors > 64 || bpc > 16 || columns > 1<<20 || colors*bpc*columns/8 > maxStream {
		return in, fmt.Errorf("%w: predictor parameters", errBadStream)
	}
	bpp := max((colors*bpc+7)/8, 1)
	rowLen := (colors*bpc*columns + 7) / 8
	if pred == 2 {
		if bpc != 8 {
			return in, nil
		}
		out := append([]byte(nil), in...)
		for r := 0; r+rowLen <= len(out); r += rowLen {
			for i := bpp; i < rowLen; i++ {
				out[r+i] += out[r+i-bpp]
			}
		}
		return out, nil
	}
	out := make([]byte, 0, len(in))
	prev := make([]byte, rowLen)
	for i := 0; i+1 <= len(in); {
		ft := in[i]
		i++
		end := min(i+rowLen, len(in))
		row := make([]byte, rowLen)
		copy(row, in[i:end])
		i = end
		for x := range rowLen {
			var a, b, c byte
			if x >= bpp {
				a = row[x-bpp]
				c = prev[x-bpp]
			}
			b = prev[x]
			switch ft {
			case 1:
				row[x] += a
			case 2:
				row[x] += b
			case 3:
				row[x] += byte((int(a) + int(b)) / 2)
			case 4:
				row[x] += paeth(a, b, c)
			}
		}
		out = append(out, row...)
		prev = row
	}
	return out, nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	if pa <= pb && pa <= pc {
		return a
	}
	if pb <= pc {
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
