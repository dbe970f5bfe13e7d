package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"sotay/internal/pdftext/minipdf"
	"sotay/internal/zipbomb"
)

// threePages is a small PDF with one line of text per page.
func threePages(deflate bool) *minipdf.File {
	f := minipdf.New()
	font := f.Font("Helvetica", "/Encoding/WinAnsiEncoding")
	for _, l := range []string{"Trang mot: mo dau", "Trang hai: noi dung", "Trang ba: ket luan"} {
		f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), minipdf.Text([]string{l}, 12), deflate)
	}
	return f
}

// extractSoon runs Extract with its default time limit (8 s, then 2 s of
// grace): every file ends in a result or an error by then, by
// construction (TestTimeLimit); the figures are in docs/PERFORMANCE.md.
func extractSoon(t *testing.T, data []byte) (*Result, error) {
	t.Helper()
	return Extract(context.Background(), data, Options{})
}

// A file that takes longer than the limit ends as ErrTimeout.
func TestTimeLimit(t *testing.T) {
	f := minipdf.New()
	font := f.Font("Helvetica", "/Encoding/WinAnsiEncoding")
	for i := range 300 {
		f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), minipdf.Text([]string{fmt.Sprintf("Trang %d", i+1)}, 12), true)
	}
	before := runtime.NumGoroutine()
	_, err := Extract(context.Background(), f.Bytes(), Options{Timeout: time.Nanosecond})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
	// The worker stops too; it is not left running behind the answer.
	for deadline := time.Now().Add(3 * time.Second); runtime.NumGoroutine() > before; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines after the time-out, %d before", runtime.NumGoroutine(), before)
		}
	}
}

func TestBadInput(t *testing.T) {
	good := threePages(true).Bytes()
	lo, err := os.ReadFile(filepath.Join("testdata", "lo-docx-nghiquyet.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	random := make([]byte, 65536)
	for i := range random {
		random[i] = byte(i*7919 + i>>3)
	}
	for _, c := range []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"blank", []byte("  \n"), ErrEmpty},
		{"random bytes", random, ErrNotPDF},
		{"text file named .pdf", []byte("Nghị quyết số 15-NQ/QU\nvề chuyển đổi số\n"), ErrNotPDF},
		{"zip named .pdf", append([]byte("PK\x03\x04"), random[:2000]...), ErrNotPDF},
		{"truncated download", lo[:len(lo)/2], ErrDamaged},
		{"garbage after a valid header", append([]byte("%PDF-1.7\n"), random...), ErrDamaged},
		{"header only", []byte("%PDF-1.4\n%%EOF\n"), ErrDamaged},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := extractSoon(t, c.data)
			if !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
		})
	}
	if res, err := extractSoon(t, good); err != nil || len(res.Pages) != 3 || res.Pages[1] != "Trang hai: noi dung" {
		t.Fatalf("the good file itself: %v %+v", err, res)
	}
}

func TestRepairs(t *testing.T) {
	good := threePages(false).Bytes()
	want := []string{"Trang mot: mo dau", "Trang hai: noi dung", "Trang ba: ket luan"}
	check := func(t *testing.T, data []byte, repaired bool) {
		t.Helper()
		res, err := extractSoon(t, data)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(res.Pages, "|") != strings.Join(want, "|") {
			t.Errorf("pages %q", res.Pages)
		}
		if res.Repaired != repaired {
			t.Errorf("repaired = %v, want %v", res.Repaired, repaired)
		}
	}
	t.Run("wrong xref offsets", func(t *testing.T) {
		i := bytes.Index(good, []byte("xref\n"))
		bad := append([]byte(nil), good...)
		// shift every offset by 7 bytes
		table := string(bad[i:])
		var b strings.Builder
		for _, l := range strings.SplitAfter(table, "\n") {
			if strings.HasSuffix(l, " n \n") {
				var off int
				fmt.Sscanf(l, "%d", &off)
				l = fmt.Sprintf("%010d 00000 n \n", off+7)
			}
			b.WriteString(l)
		}
		check(t, append(bad[:i], b.String()...), true)
	})
	t.Run("PDF 2.0 header", func(t *testing.T) {
		check(t, bytes.Replace(good, []byte("%PDF-1.4"), []byte("%PDF-2.0"), 1), true)
	})
	t.Run("junk before the header and after %%EOF", func(t *testing.T) {
		data := append([]byte("Content-Type: application/pdf\r\n\r\n"), good...)
		data = append(data, bytes.Repeat([]byte("<html>error page</html>\n"), 20)...)
		check(t, data, true)
	})
	t.Run("no xref at all (cut after the last page)", func(t *testing.T) {
		i := bytes.Index(good, []byte("xref\n"))
		check(t, good[:i], true)
	})
	t.Run("CR-LF mangled", func(t *testing.T) {
		// a binary file sent through a text transfer: every \n became \r\n
		data := bytes.ReplaceAll(good, []byte("\n"), []byte("\r\n"))
		res, err := extractSoon(t, data)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Pages) != 3 || !strings.Contains(strings.Join(res.Pages, " "), "Trang ba") {
			t.Errorf("pages %q", res.Pages)
		}
	})
}

func TestCorruptStreamLosesOnePage(t *testing.T) {
	f := threePages(true)
	data := f.Bytes()
	// Damage the second page's compressed content (the second Flate stream).
	first := bytes.Index(data, []byte(">>\nstream\n"))
	second := first + 9 + bytes.Index(data[first+9:], []byte(">>\nstream\n"))
	for i := second + 12; i < second+20; i++ {
		data[i] ^= 0x5A
	}
	res, err := extractSoon(t, data)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 3 || res.Pages[0] != "Trang mot: mo dau" || res.Pages[2] != "Trang ba: ket luan" {
		t.Errorf("pages %q", res.Pages)
	}
	if len(res.Damaged) != 1 || res.Damaged[0] != 2 {
		t.Errorf("damaged %v, want [2]", res.Damaged)
	}
}

func TestHugeAndLoopingContent(t *testing.T) {
	t.Run("500 pages", func(t *testing.T) {
		f := minipdf.New()
		font := f.Font("Helvetica", "/Encoding/WinAnsiEncoding")
		for i := range 500 {
			f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), minipdf.Text([]string{fmt.Sprintf("Trang %d", i+1)}, 12), true)
		}
		res, err := extractSoon(t, f.Bytes())
		if err != nil || len(res.Pages) != 500 || res.Pages[499] != "Trang 500" {
			t.Fatalf("%v, %d pages", err, len(res.Pages))
		}
	})
	t.Run("form that draws itself", func(t *testing.T) {
		f := minipdf.New()
		font := f.Font("Helvetica", "/Encoding/WinAnsiEncoding")
		form := font + 1 // the form names itself as /X0
		f.Stream(fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</XObject<</X0 %d 0 R>>/Font<</F1 %d 0 R>>>>", form, font),
			[]byte("BT /F1 12 Tf 56 700 Td (Lap) Tj ET /X0 Do /X0 Do"), false)
		f.Page(fmt.Sprintf("/XObject<</X0 %d 0 R>>", form), []byte("/X0 Do"), false)
		res, err := extractSoon(t, f.Bytes())
		if err != nil || !strings.HasPrefix(res.Pages[0], "Lap") {
			t.Fatalf("%v %+v", err, res)
		}
	})
	t.Run("page tree that loops", func(t *testing.T) {
		data := threePages(false).Bytes()
		// make the page tree list itself among its kids
		data = bytes.Replace(data, []byte("/Kids["), []byte("/Kids[2 0 R "), 1)
		if _, err := extractSoon(t, data); err != nil && !errors.Is(err, ErrDamaged) {
			t.Fatal(err)
		}
	})
}

// Streams that decode to more than the limits make the file too large,
// not damaged: nothing about it is broken, and it is not read.
// cmd/sotayctl's TestBombs imports the same kinds of file in a process
// with little memory.
func TestDecompressionBombs(t *testing.T) {
	bomb := func(n int64) []byte {
		return zipbomb.Stream{Prefix: []byte("BT "), Fill: ' ', N: n, Suffix: []byte(" ET\n")}.Zlib()
	}
	tests := []struct {
		name string
		make func() []byte
	}{
		{"content stream of 80 MB", func() []byte {
			f := minipdf.New()
			f.Page("", bytes.Repeat([]byte("q Q "), 20<<20), true)
			return f.Bytes()
		}},
		{"content stream of 2 GB (2 MB in the file)", func() []byte {
			f := minipdf.New()
			f.PageContents("", f.Stream("/Filter/FlateDecode", bomb(2<<30), false))
			return f.Bytes()
		}},
		{"a page listing a 40 MB stream twice", func() []byte {
			f := minipdf.New()
			s := f.Stream("/Filter/FlateDecode", bomb(40<<20), false)
			f.PageContents("", s, s)
			return f.Bytes()
		}},
		{"pages sharing a 60 MB stream, 1 GB in all", func() []byte {
			f := minipdf.New()
			s := f.Stream("/Filter/FlateDecode", bomb(60<<20), false)
			for range 20 {
				f.PageContents("", s)
			}
			return f.Bytes()
		}},
		{"a 60 MB form drawn 20 times", func() []byte {
			f := minipdf.New()
			form := f.Stream("/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Filter/FlateDecode", bomb(60<<20), false)
			f.Page(fmt.Sprintf("/XObject<</X0 %d 0 R>>", form), bytes.Repeat([]byte("/X0 Do "), 20), false)
			return f.Bytes()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if raceDetector && strings.Contains(tt.name, "1 GB") || raceDetector && strings.Contains(tt.name, "drawn 20 times") {
				t.Skip("decodes 1 GB before the budget stops it: over a minute under -race; make unit runs it without")
			}
			if _, err := Extract(context.Background(), tt.make(), Options{Timeout: time.Minute}); !errors.Is(err, ErrTooLarge) {
				t.Fatalf("err = %v, want ErrTooLarge", err)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, name := range []string{"lo-docx-nghiquyet.pdf", "legacy-vni.pdf", "tesseract-layer-thongbao.pdf", "enc-owner-only.pdf"} {
		if data, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(data)
		}
	}
	f.Add(threePages(true).Bytes())
	f.Add(threePages(false).Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		res, err := extract(ctx, data, Options{})
		if err == nil && res == nil {
			t.Fatal("nil result without an error")
		}
	})
}
