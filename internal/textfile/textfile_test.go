package textfile

import (
	"errors"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
		err  error
	}{
		{"plain UTF-8", []byte("Nghị quyết"), "Nghị quyết", nil},
		{"UTF-8 BOM is dropped", append([]byte{0xEF, 0xBB, 0xBF}, "Đảng"...), "Đảng", nil},
		{"CRLF becomes LF", []byte("dòng 1\r\ndòng 2\r\n"), "dòng 1\ndòng 2\n", nil},
		{"NFD becomes NFC", []byte("Nghi\u0323 quyê\u0301t"), "Nghị quyết", nil},
		{"UTF-16LE with BOM", []byte{0xFF, 0xFE, 'C', 0, 0xE2, 0, 'u', 0}, "Câu", nil},
		{"UTF-16BE with BOM", []byte{0xFE, 0xFF, 0, 'C', 0, 0xE2, 0, 'u'}, "Câu", nil},
		{"NUL bytes are binary", []byte("abc\x00def"), "", ErrBinary},
		{"Latin-1 French is not UTF-8", []byte("Caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise pour le d\xeener"), "", ErrEncoding},
		{"TCVN3 bytes", []byte("C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca"), "Cộng hoà xã hội chủ nghĩa", nil},
		{"VNI bytes", []byte("Co\xe4ng ho\xf8a xa\xf5 ho\xe4i"), "Cộng hòa xã hội", nil},
		{"VNI as UTF-8 Latin-1", []byte("Coäng hoøa xaõ hoäi chuû nghóa"), "Cộng hòa xã hội chủ nghĩa", nil},
		{"NFD", []byte("Nghi\u0323 quye\u0302\u0301t"), "Nghị quyết", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("Nghị quyết số 15-NQ/QU"))
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err == nil && !isNFC(s) {
			t.Fatalf("not NFC: %q", s)
		}
	})
}
