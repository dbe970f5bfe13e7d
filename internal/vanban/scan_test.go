package vanban

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

var finders = map[string]finder{
	"roman": findRoman, "romantitle": findRomanTitle, "number": findNumber, "subnumber": findSubNumber,
	"letter": findLetter, "paren": findParen, "dash": findDash, "article": findArticle,
	"subdash": findSubDash, "subtitle": findSubTitle, "subafter": findSubAfter, "ordinal": findOrdinal,
	"label": findLabel,
}

func checkFinders(t *testing.T, name, s string) {
	t.Helper()
	for k, f := range finders {
		want := f.re.FindAllStringSubmatchIndex(s, -1)
		if got := f.all(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s on %s: finder %v, pattern %v\n%q", k, name, got, want, s)
		}
	}
}

// The finders find what their patterns find, on texts pieced together at
// random from the markers, the words and the spaces they look for, run
// into each other in every way.
func TestFindersAgree(t *testing.T) {
	pieces := []string{" ", "  ", "\t", ".", ";", ":", "!", "?", ",", "-", "–", "•", "+", ")", "(", " - ", " – ",
		"I", "II", "IV", "X", "V", "VI", " I - ", " II. ", "III.", "1", "12", "3", "4.1", "4.2.", "1 -", "2.", "3)", "41.Trong",
		"a)", "b)", "đ)", "(i)", "(ii)", "(x)", "Điều 3.", "ĐIỀU 12.", "Chương II", "CHƯƠNG IV ",
		"Một là,", "Hai là, ", "Mười là, ", "Thứ nhất, ", "Thứ tư,", "Năm ",
		"Mục tiêu cụ thể đến năm 2030", "Mục tiêu", "Tầm nhìn đến năm 2045", "Quan điểm chỉ đạo", "Quan điểm",
		"Nhiệm vụ và giải pháp", "Nhiệm vụ", "Giải pháp", "Định hướng", "Hoàn thiện thể chế", "Xây dựng",
		"Đổi mới", "Phát triển", "Cơ cấu lại", "Giai đoạn", "Tập trung", "Kiện toàn",
		"TÌNH HÌNH", "VÀ", "NGUYÊN NHÂN", "Qua", "hơn", "năm", "nhận thức", "doanh nghiệp", "đ", "ư", "sở hữu",
		"Ảnh", "Việt Nam", "A", "Đ", "É", "x", "a", "z", "é", "ạ"}
	r := rand.New(rand.NewPCG(21, 3))
	for n := range 4000 {
		var b strings.Builder
		for range 1 + r.IntN(60) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		checkFinders(t, "piece "+string(rune('0'+n%10)), b.String())
	}
}

// The same on real texts: the resolutions and news of the shared corpus
// (local use only; skipped without it).
func TestFindersAgreeOnTheCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "vinews-baomoi", "docs")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("the shared corpus is not here (%v): skipped", err)
	}
	names := []string{"22453204.txt", "22460771.txt", "22589939.txt", "22471268.txt", "22644156.txt"}
	for i, e := range entries {
		if i%40 == 0 {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	for _, name := range slices.Compact(names) {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			checkFinders(t, name, line)
		}
	}
}
