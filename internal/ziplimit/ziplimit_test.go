package ziplimit

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"sotay/internal/zipbomb"
)

func archive(t *testing.T, entries ...zipbomb.Entry) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := zipbomb.Zip(&b, entries); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var lim = Limits{Entry: 8 << 20, Total: 32 << 20, Ratio: 500}

// ordinaryXML is n numbered paragraphs, about 60 bytes each: it compresses
// as office XML does, not as a bomb.
func ordinaryXML(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, "<w:p w:rsidR=\"%08X\"><w:r><w:t>Điều %d, khoản %d</w:t></w:r></w:p>\n", i*7919, i, i%13)
	}
	return b.Bytes()
}

func TestLimits(t *testing.T) {
	xml := ordinaryXML(20000)
	tests := []struct {
		name    string
		entries []zipbomb.Entry
		open    string // entry to read after the archive opened
		want    error
	}{
		{"ordinary parts open and read", []zipbomb.Entry{{Name: "a.xml", Data: xml}, {Name: "b.xml", Data: xml}}, "b.xml", nil},
		{"a 2 GB entry from 2 MB is refused before reading", []zipbomb.Entry{{Name: "a.xml", Stream: &zipbomb.Stream{Fill: 'A', N: 2 << 30}}}, "", ErrTooLarge},
		{"entries over the total are refused", []zipbomb.Entry{
			{Name: "1.bin", Stream: &zipbomb.Stream{Prefix: xml, Fill: ' ', N: 15 << 20}},
			{Name: "2.bin", Stream: &zipbomb.Stream{Prefix: xml, Fill: ' ', N: 15 << 20}},
			{Name: "3.bin", Stream: &zipbomb.Stream{Prefix: xml, Fill: ' ', N: 15 << 20}},
		}, "", ErrTooLarge},
		{"a well-compressed small entry is fine", []zipbomb.Entry{{Name: "blank.xml", Stream: &zipbomb.Stream{Fill: ' ', N: 1 << 19}}}, "blank.xml", nil},
		{"an entry over the per-entry limit is refused when opened", []zipbomb.Entry{{Name: "big.xml", Data: ordinaryXML(200000)}}, "big.xml", ErrTooLarge},
		{"an entry that runs past its declared size is cut", []zipbomb.Entry{{Name: "liar.xml", Stream: &zipbomb.Stream{Fill: 'A', N: 4 << 20}, Declared: 1000}}, "liar.xml", ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := archive(t, tt.entries...)
			zr, err := NewReader(data, lim)
			if err == nil && tt.open != "" {
				var b []byte
				b, err = zr.ReadFile(zr.Find(tt.open))
				if err == nil && int64(len(b)) > lim.Entry {
					t.Fatalf("read %d bytes, over the limit", len(b))
				}
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// Reading through one Reader counts against its total.
func TestTotalRead(t *testing.T) {
	part := bytes.Repeat([]byte("<row>1</row>"), 100000) // 1.2 MB
	data := archive(t, zipbomb.Entry{Name: "a", Data: part}, zipbomb.Entry{Name: "b", Data: part})
	zr, err := NewReader(data, Limits{Total: 3 << 20})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if _, err := zr.ReadFile(zr.Find("a")); err != nil {
			t.Fatalf("read %d: %v", i, err)
		}
	}
	if _, err := zr.ReadFile(zr.Find("b")); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("third read: %v, want ErrTooLarge", err)
	}
}

func TestNotZip(t *testing.T) {
	if _, err := NewReader([]byte("PK\x03\x04 not really"), lim); err == nil || errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want zip's own error", err)
	}
}
