package textfile

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"sotay/internal/viet"
)

// words are the syllables the generated Vietnamese text is made of.
var words = strings.Fields(`Nghị quyết của Ban Chấp hành Đảng bộ phường về việc học tập quán triệt
	triển khai thực hiện chỉ thị công tác xây dựng chi bộ trong sạch vững mạnh năm
	đảng viên sinh hoạt chuyên đề tháng quý Ủy ban nhân dân thành phố Hà Nội tổ dân phố
	kinh tế xã hội quốc phòng an ninh giáo dục đào tạo chuyển đổi số Điều khoản mục chương
	trường hợp người đứng đầu chịu trách nhiệm báo cáo kết quả đánh giá xếp loại hằng năm
	nguyễn trần lê phạm huỳnh hoàng võ đặng bùi đỗ hồ ngô dương lý ưu tiên bảo đảm tiết kiệm`)

// vietnamese makes n words of text in sentences and lines.
func vietnamese(rng *rand.Rand, n int) string {
	var b strings.Builder
	for i := range n {
		w := words[rng.IntN(len(words))]
		switch {
		case i == 0:
		case rng.IntN(15) == 0:
			b.WriteString(".\n")
		case rng.IntN(8) == 0:
			b.WriteString(", ")
		default:
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return viet.NFC(b.String())
}

// The file from the issue: 18,811 good bytes and one bad one were read as
// Windows-1258 ("Nghá»‹ quyáº¿t").
func TestOneBadByteInUTF8(t *testing.T) {
	text := vietnamese(rand.New(rand.NewPCG(1, 2)), 3000)
	data := []byte(text)
	at := bytes.Index(data[len(data)/2:], []byte("\n")) + len(data)/2 + 1
	data = append(data[:at:at], append([]byte{0xC3}, data[at:]...)...)
	for _, bom := range []bool{false, true} {
		in := data
		if bom {
			in = append([]byte{0xEF, 0xBB, 0xBF}, data...)
		}
		r, err := DecodeDetail(in)
		if err != nil {
			t.Fatal(err)
		}
		if r.Legacy != viet.Unicode || !r.InvalidUTF8 {
			t.Errorf("legacy %q, invalid %v: want Unicode with the invalid-UTF-8 warning", r.Legacy, r.InvalidUTF8)
		}
		if want := at + 3*btoi(bom); r.BadOffset != want {
			t.Errorf("bad byte at %d, want %d", r.BadOffset, want)
		}
		if want := text[:at] + "\uFFFD" + text[at:]; r.Text != want {
			t.Errorf("text changed beyond the bad byte: %.80q…", r.Text)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Valid Vietnamese UTF-8 text with up to 1 % of its bytes replaced by
// random ones keeps at least 99 % of the characters the damage did not
// touch, and 98 % of all: a replaced byte always loses the character it
// was part of, and Vietnamese takes about 1.4 bytes a character, so 1 % of
// the bytes can be 1.4 % of the characters. (NUL and control bytes are left
// out: they make a file binary, on purpose.)
func TestDamagedUTF8KeepsItsText(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 2026))
	check := func(t *testing.T, text string) {
		t.Helper()
		data := []byte(text)
		hitAt := map[int]bool{}
		for range rng.IntN(len(data)/100 + 1) {
			at := rng.IntN(len(data))
			data[at] = byte(0x20 + rng.IntN(0xE0))
			hitAt[at] = true
		}
		hit, i := 0, 0
		for _, r := range text {
			for k := range utf8.RuneLen(r) {
				if hitAt[i+k] {
					hit++
					break
				}
			}
			i += utf8.RuneLen(r)
		}
		got, err := Decode(data)
		if err != nil {
			t.Fatalf("%v for %.200q", err, data)
		}
		want := []rune(text)
		kept := commonRunes(want, []rune(got), len(data)/100*3+4)
		if kept*100 < (len(want)-hit)*99 || kept*100 < len(want)*98 {
			t.Fatalf("kept %d of %d characters, %d of them damaged:\n%.300q\nfrom\n%.300q", kept, len(want), hit, got, text)
		}
	}
	t.Run("generated", func(t *testing.T) {
		for range 400 {
			check(t, vietnamese(rng, 10+rng.IntN(1500)))
		}
	})
	t.Run("news corpus", func(t *testing.T) {
		dir := "../../../shared/corpus/vinews-baomoi/docs"
		names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(names) == 0 {
			t.Skipf("no corpus at %s (a plain clone); the generated text covers the property", dir)
		}
		for i := range 200 {
			b, err := os.ReadFile(names[(i*7919)%len(names)])
			if err != nil {
				t.Fatal(err)
			}
			if text := viet.NFC(string(b)); utf8.ValidString(text) && len(text) > 0 {
				check(t, strings.ReplaceAll(text, "\r", ""))
			}
		}
	})
}

// commonRunes is the length of the longest common subsequence of a and b,
// searched within band positions of the diagonal (edits are local).
func commonRunes(a, b []rune, band int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-band), min(len(b), i+band)
		cur[lo-1] = 0
		if lo > 1 {
			cur[lo-1] = prev[lo-1]
		}
		for j := lo; j <= hi; j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] > cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		if hi < len(b) {
			cur[hi+1] = cur[hi]
		}
		prev, cur = cur, prev
	}
	return prev[min(len(b), len(a)+band)]
}
