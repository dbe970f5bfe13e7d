package viet

import (
	"bytes"
	"sort"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"resolution title folds tones, marks and đ", "Nghị quyết Đại hội", "nghi quyet dai hoi"},
		{"đ folds to d", "đồng chí", "dong chi"},
		{"ư and ơ lose their horns", "Người lương thiện ở đời", "nguoi luong thien o doi"},
		{"ascii stays", "15-NQ/QU", "15-nq/qu"},
		{"capital with tone", "ỦY BAN NHÂN DÂN", "uy ban nhan dan"},
		{"non-Latin letters only lower-case", "Ω", "ω"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldKeepsRuneCount(t *testing.T) {
	in := "Tỷ lệ đạt 96,4% — Chương II, Điều 5."
	if utf8.RuneCountInString(Fold(in)) != utf8.RuneCountInString(in) {
		t.Fatalf("rune count changed: %q → %q", in, Fold(in))
	}
}

func TestNFC(t *testing.T) {
	nfd := "Nghi\u0323 quyê\u0301t"
	if got := NFC(nfd); got != "Nghị quyết" {
		t.Fatalf("NFC(%q) = %q", nfd, got)
	}
}

func TestSortKeyVietnameseOrder(t *testing.T) {
	words := []string{"Đảng", "dân", "Ủy ban", "ăn", "an", "bảo", "ân"}
	sort.Slice(words, func(i, j int) bool { return bytes.Compare(SortKey(words[i]), SortKey(words[j])) < 0 })
	want := []string{"an", "ăn", "ân", "bảo", "dân", "Đảng", "Ủy ban"}
	for i := range want {
		if words[i] != want[i] {
			t.Fatalf("sorted = %v, want %v", words, want)
		}
	}
}

func TestSortKeyTonesAndLetters(t *testing.T) {
	// Each list is in Vietnamese dictionary order.
	lists := [][]string{
		{"ma", "mà", "mả", "mã", "má", "mạ"},
		{"a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"},
		{"10 điều", "15-NQ/QU", "21-NQ/TW", "an", "Ăn", "đa", "Đà", "đã", "đây"},
		{"Nghị quyết", "nghị quyết số 15", "Nghị quyết số 21"},
	}
	for _, words := range lists {
		for i := 1; i < len(words); i++ {
			if bytes.Compare(SortKey(words[i-1]), SortKey(words[i])) >= 0 {
				t.Errorf("%q should sort before %q", words[i-1], words[i])
			}
		}
	}
	if !bytes.Equal(SortKey("ĐẢNG"), SortKey("đảng")) {
		t.Error("case should not matter")
	}
}

func BenchmarkSortKey(b *testing.B) {
	title := "Nghị quyết số 15-NQ/QU về đẩy mạnh chuyển đổi số trong hoạt động của hệ thống chính trị quận"
	for b.Loop() {
		SortKey(title)
	}
}

func BenchmarkFold(b *testing.B) {
	title := "Nghị quyết số 15-NQ/QU về đẩy mạnh chuyển đổi số trong hoạt động của hệ thống chính trị quận"
	for b.Loop() {
		Fold(title)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Nghị quyết Đại hội", "ĐẢNG", "15-NQ/TW", "\xff\xfe", "Ω İ K"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := Fold(s)
		if utf8.RuneCountInString(folded) != utf8.RuneCountInString(s) {
			t.Fatalf("rune count changed: %q → %q", s, folded)
		}
		if again := Fold(folded); again != folded {
			t.Fatalf("not idempotent: %q → %q → %q", s, folded, again)
		}
	})
}

func FuzzSortKey(f *testing.F) {
	f.Add("Nghị quyết", "nghi quyet")
	f.Fuzz(func(t *testing.T, a, b string) {
		ka, kb := SortKey(a), SortKey(b)
		if a == b && !bytes.Equal(ka, kb) {
			t.Fatal("equal strings, different keys")
		}
		// Keys of case variants are equal for Vietnamese letters.
		if bytes.Compare(ka, kb) != -bytes.Compare(kb, ka) {
			t.Fatal("comparison is not antisymmetric")
		}
	})
}
