package viet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// encodeVNI and encodeTCVN3 invert the tables, so every letter can be
// checked both ways.
func encodeVNI(t *testing.T, s string) string {
	t.Helper()
	inv := map[rune]string{}
	for b, l := range vniLetters {
		inv[l] = string(b)
		inv[unicode.ToUpper(l)] = string(b - 0x20)
	}
	var out strings.Builder
	for _, r := range s {
		if e, ok := inv[r]; ok {
			out.WriteString(e)
			continue
		}
		base, tone := splitTone(r)
		shaped, shape := base, rune(0)
		switch unicode.ToLower(base) {
		case 'â', 'ê', 'ô':
			shape = '^'
		case 'ă':
			shape = '('
		}
		if shape != 0 {
			shaped = unicode.To(unicode.LowerCase, rune(norm.NFD.String(string(unicode.ToLower(base)))[0]))
			if unicode.IsUpper(base) {
				shaped = unicode.ToUpper(shaped)
			}
		}
		if shape == 0 && tone == Ngang {
			out.WriteRune(r)
			continue
		}
		var mark rune
		for m, v := range vniMarks {
			if v.shape == shape && v.tone == tone && (m != 0xEE || unicode.ToLower(base) == 'y') {
				mark = m
			}
		}
		if mark == 0 {
			t.Fatalf("no VNI mark for %q", r)
		}
		if unicode.IsUpper(r) {
			mark -= 0x20
		}
		if b, ok := inv[base]; ok && shape == 0 { // ơ ư with a tone
			out.WriteString(b)
		} else {
			out.WriteRune(shaped)
		}
		out.WriteRune(mark)
	}
	return out.String()
}

func TestVNIEveryLetter(t *testing.T) {
	for _, l := range vietnameseLetters() {
		enc := encodeVNI(t, l)
		if got := ConvertVNI(enc); got != l {
			t.Errorf("VNI %q (%q) → %q", l, enc, got)
		}
	}
	if got := ConvertVNI("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc"); got != "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc" {
		t.Errorf("VNI motto: %q", got)
	}
}

func TestTCVN3EveryLetter(t *testing.T) {
	inv := map[rune]rune{}
	for b, u := range tcvn3 {
		inv[u] = b
	}
	for _, l := range vietnameseLetters() {
		r := []rune(l)[0]
		if r < 0x80 {
			continue
		}
		small := unicode.ToLower(r)
		b, ok := inv[r]
		if !ok {
			b, ok = inv[small] // toned capitals share the small code
		}
		if !ok {
			t.Errorf("no TCVN3 code for %q", l)
			continue
		}
		word := string(b)
		want := string(small)
		if unicode.IsUpper(r) {
			word, want = "NG"+word, "NG"+l // capitals from their word
		}
		if got := ConvertTCVN3(word); got != want {
			t.Errorf("TCVN3 %q → %q, want %q", word, got, want)
		}
	}
	cases := map[string]string{
		"Céng hoµ x· héi chñ nghÜa ViÖt Nam": "Cộng hoà xã hội chủ nghĩa Việt Nam",
		"NGHÞ QUYÕT":                "NGHỊ QUYẾT",
		"§¶NG Bé QUËN":              "ĐẢNG BỘ QUẬN",
		"Cã ®¶ng viªn":              "Có đảng viên",
		"§iÒu 5. Tæ chøc thùc hiÖn": "Điều 5. Tổ chức thực hiện",
	}
	for in, want := range cases {
		if got := ConvertTCVN3(in); got != want {
			t.Errorf("TCVN3 %q → %q, want %q", in, got, want)
		}
	}
}

// vietnameseLetters lists the 134 letters: 12 vowels × 6 tones × 2 cases
// (a ă â e ê i o ô ơ u ư y) and đ Đ.
func vietnameseLetters() []string {
	var out []string
	for _, v := range "aăâeêioôơuưy" {
		for tone := Ngang; tone <= Nang; tone++ {
			l := withTone(v, tone)
			out = append(out, string(l), string(unicode.ToUpper(l)))
		}
	}
	return append(out, "đ", "Đ")
}

func TestDetectLegacy(t *testing.T) {
	vni := "UÛY BAN NHAÂN DAÂN\nSoá 42/CV-UB\nKính göûi: UÛy ban nhaân daân caùc xaõ, thò traán"
	if enc, got := DetectLegacy(vni); enc != VNI || !strings.HasPrefix(got, "ỦY BAN NHÂN DÂN\nSố 42/CV-UB\nKính gửi: Ủy ban") {
		t.Errorf("VNI: %s %q", enc, got)
	}
	tcvn := "Thùc hiÖn chØ ®¹o cña Uû ban nh©n d©n tØnh vÒ c«ng t¸c phßng, chèng lôt b·o"
	if enc, got := DetectLegacy(tcvn); enc != TCVN3 || got != "Thực hiện chỉ đạo của Uỷ ban nhân dân tỉnh về công tác phòng, chống lụt bão" {
		t.Errorf("TCVN3: %s %q", enc, got)
	}
	for _, plain := range []string{"Nghị quyết Đại hội", "Café crème brûlée à Paris, señor", "résumé naïve", "plain ascii", "Ünïcödé ©®", "",
		// Latin-1 letters listed, and short French or German (converted before)
		"à â ä ç é", "ô à ê â ç é è ù û ï î", "àÀâÂäÄçÇé", "Voilà à côté de l'église, ça va", "Grüße für Bücher à la façon"} {
		if enc, got := DetectLegacy(plain); enc != Unicode || got != plain {
			t.Errorf("%q detected as %s: %q", plain, enc, got)
		}
	}
}

func TestDecodeLegacyBytesCP1258(t *testing.T) {
	want := "Nghị quyết Đại hội đại biểu Đảng bộ quận lần thứ IX"
	// CP1258 has â ê ô ă ơ ư đ precomposed and writes tones as combining
	// marks after them.
	var split strings.Builder
	for _, r := range want {
		base, tone := splitTone(r)
		split.WriteRune(base)
		if tone != Ngang {
			split.WriteRune(toneMarks[tone])
		}
	}
	enc, err := charmap.Windows1258.NewEncoder().String(split.String())
	if err != nil {
		t.Fatal(err)
	}
	if e, got := DecodeLegacyBytes([]byte(enc)); e != CP1258 || got != want {
		t.Errorf("CP1258: %s %q", e, got)
	}
	if e, got := DecodeLegacyBytes([]byte(Latin1ToBytes("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"))); e != VNI || got != "Cộng hòa xã hội chủ nghĩa Việt Nam" {
		t.Errorf("VNI bytes: %s %q", e, got)
	}
}

// Latin1ToBytes writes each rune below 256 as one byte.
func Latin1ToBytes(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

// TestVNIFixture converts the raw extraction of the shared VNI fixture.
func TestVNIFixture(t *testing.T) {
	dir := "../../../shared/fixtures/pdf"
	raw, err := os.ReadFile(filepath.Join(dir, "legacy-vni-gs.raw-expected.txt"))
	if err != nil {
		t.Skip("shared fixtures not beside the repository:", err)
	}
	truth, err := os.ReadFile(filepath.Join(dir, "legacy-vni-gs.truth.txt"))
	if err != nil {
		t.Fatal(err)
	}
	enc, got := DetectLegacy(string(raw))
	g, w := []rune(strings.Join(strings.Fields(got), " ")), []rune(strings.Join(strings.Fields(string(truth)), " "))
	if enc != VNI {
		t.Fatalf("detected %s", enc)
	}
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			t.Fatalf("differs at %d: %q vs truth %q", i, string(g[max(0, i-20):min(len(g), i+20)]), string(w[max(0, i-20):min(len(w), i+20)]))
		}
	}
	if len(g) != len(w) {
		t.Errorf("lengths %d vs %d", len(g), len(w))
	}
}

// TestNoFalseLegacyOnCorpus: Unicode Vietnamese text is never converted.
func TestNoFalseLegacyOnCorpus(t *testing.T) {
	dir := "../../../shared/corpus/vinews-baomoi/docs"
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skip("shared corpus not beside the repository:", err)
	}
	if testing.Short() {
		entries = entries[:2000]
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if enc, _ := DetectLegacy(NFC(string(data))); enc != Unicode {
			t.Errorf("%s detected as %s", e.Name(), enc)
		}
	}
}

func FuzzDetectLegacy(f *testing.F) {
	f.Add("Céng hoµ x· héi")
	f.Add("COÄNG HOØA")
	f.Add("\xff\xfe\x00")
	f.Fuzz(func(t *testing.T, s string) {
		DetectLegacy(s)
		ConvertVNI(s)
		ConvertTCVN3(s)
		DecodeLegacyBytes([]byte(s))
	})
}

func TestConvertTCVN3Font(t *testing.T) {
	// "Sè" in .VnTime is "Số" even on a line of capitals; .VnTimeH draws
	// every letter as a capital.
	if got := ConvertTCVN3Font("Sè 112-CV/HU", false); got != "Số 112-CV/HU" {
		t.Errorf("got %q", got)
	}
	if got := ConvertTCVN3Font("nghÞ quyÕt", true); got != "NGHỊ QUYẾT" {
		t.Errorf("got %q", got)
	}
}

func TestLegacyFont(t *testing.T) {
	for name, want := range map[string]struct {
		enc  Encoding
		caps bool
	}{
		".VnTime": {TCVN3, false}, ".VnTimeH": {TCVN3, true}, ".VnArialH,Bold": {TCVN3, true}, "VnTimes-Italic": {TCVN3, false},
		".VnTime Bold": {TCVN3, false}, "VNI-Times": {VNI, false}, "VNI-Helve-Bold": {VNI, false},
		"Times New Roman": {Unicode, false}, "Verdana": {Unicode, false}, "Liberation Serif": {Unicode, false},
	} {
		if enc, caps := LegacyFont(name); enc != want.enc || caps != want.caps {
			t.Errorf("%s: %q %v, want %q %v", name, enc, caps, want.enc, want.caps)
		}
	}
	if Capitals("NGHỊ QUYẾT") != 9 || Capitals("Nghị quyết") != -1 || Capitals("15-NQ/QU") != 4 {
		t.Error("Capitals")
	}
}
