package viet

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWordScannerSplitsLikeTheIndex(t *testing.T) {
	text := "Nghị quyết số 15-NQ/QU, ngày 12/3/2025: “Đảng bộ” đạt 96,4%."
	var sc WordScanner
	sc.Scan(text)
	var words, folded []string
	for i, w := range sc.Words {
		words = append(words, text[w.Start:w.End])
		folded = append(folded, string(sc.Fold(i)))
	}
	want := "Nghị quyết số 15 NQ QU ngày 12 3 2025 Đảng bộ đạt 96 4"
	if strings.Join(words, " ") != want {
		t.Errorf("words %q", words)
	}
	if strings.Join(folded, " ") != Fold(want) {
		t.Errorf("folded %q", folded)
	}
	if got := SplitWords(text); strings.Join(got, " ") != want {
		t.Errorf("SplitWords %q", got)
	}
}

func TestAppendFoldMatchesFold(t *testing.T) {
	for _, s := range []string{"", "abc", "Nghị Quyết ĐẠI HỘI", "Ωμέγα Привет", "đ\u0301", "\xff"} {
		if got := string(AppendFold([]byte("x"), s)); got != "x"+Fold(s) && utf8.ValidString(s) {
			t.Errorf("AppendFold(%q) = %q, want %q", s, got, "x"+Fold(s))
		}
	}
}

func FuzzWordScanner(f *testing.F) {
	f.Add("Nghị quyết 15-NQ/QU")
	f.Add("\xff\x00đ")
	f.Fuzz(func(t *testing.T, s string) {
		var sc WordScanner
		sc.Scan(s)
		end := 0
		for i, w := range sc.Words {
			if w.Start < end || w.End <= w.Start || w.End > len(s) {
				t.Fatalf("word %d %+v out of order in %q", i, w, s)
			}
			end = w.End
			if utf8.RuneCountInString(s[w.Start:w.End]) != utf8.RuneCount(sc.Fold(i)) && utf8.ValidString(s) {
				t.Fatalf("word %q folds to %q: rune counts differ", s[w.Start:w.End], sc.Fold(i))
			}
		}
	})
}
