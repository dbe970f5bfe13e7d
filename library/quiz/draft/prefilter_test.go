package draft

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// prefilterTexts are lines, sentences and clauses of the samples, of the
// shared corpus when it is here, and texts pieced together at random from
// the words the patterns look for, in small letters and capitals.
func prefilterTexts(t *testing.T) []string {
	var lines []string
	samples, _ := filepath.Glob(filepath.Join("..", "..", "..", "assets", "samples", "*.txt"))
	if len(samples) == 0 {
		t.Fatal("no samples")
	}
	corpus := filepath.Join("..", "..", "..", "..", "shared", "corpus", "vinews-baomoi", "docs")
	if entries, err := os.ReadDir(corpus); err == nil {
		for i, e := range entries {
			if i%240 == 0 {
				samples = append(samples, filepath.Join(corpus, e.Name()))
			}
		}
	} else {
		t.Logf("the shared corpus is not here (%v): samples and pieced texts only", err)
	}
	for _, f := range samples {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.SplitSeq(string(data), "\n") {
			lines = append(lines, l)
			for _, sp := range sentences(l) {
				s := strings.TrimSpace(l[sp[0]:sp[1]])
				lines = append(lines, s)
				for c := range strings.SplitSeq(s, "; ") {
					lines = append(lines, c, strings.TrimSpace(c))
				}
			}
		}
	}
	pieces := []string{" ", " ", " ", ", ", ". ", "; ", "\u00a0", "&", "-", "”", "\"", "1", "2", "12", "2030", "(", ")",
		"năm", "NĂM", "Năm", "năm 2025", "Đến năm 2030", "TRONG NĂM 1999", "tháng", "THÁNG", "ngày", "tuổi", "TUỔI",
		"hai mươi", "Hai Mươi", "mười lăm", "MƯỜI", "một", "Một", "ba", "BA", "bốn", "tám", "từ", "Từ", "ít nhất", "ÍT NHẤT",
		"không quá", "dự bị", "trong thời hạn", "sau", "một nửa", "Một Nửa", "hai phần ba", "BA PHẦN TƯ", "quá", "trên", "dưới",
		"nhiệm vụ", "NHIỆM VỤ", "Nhiệm Vụ", "giải pháp", "khâu đột phá", "chỉ tiêu", "nhóm", "NHÓM", "chương trình",
		"Ban Tuyên giáo Trung ương", "Bộ NN&PTNT", "Đảng đoàn Quốc hội", "chủ trì", "phối hợp", "tổ chức", "xây dựng",
		"Yêu cầu", "yêu cầu", "giao cho", "Giao", "đề nghị", "Đề nghị", "Nguyễn Văn", "X", "A", "Tỉnh ủy", "đồng chí", "T",
		"xã", "cơ quan", "đơn vị", "Trung ương", "là", "trương", "a", "b", "đ", "ư", "K", "Z"}
	r := rand.New(rand.NewPCG(21, 4))
	for range 4000 {
		var b strings.Builder
		for range 1 + r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		lines = append(lines, b.String())
	}
	return lines
}

// Each cheap check is a necessary condition of its pattern: where the
// check fails, the pattern finds nothing (so the drafts are the same with
// or without the checks).
func TestPrefiltersAreNecessary(t *testing.T) {
	checks := []struct {
		name string
		re   *regexp.Regexp
		may  func(string) bool
	}{
		{"duty", dutyRE, mayDuty},
		{"dutyAsk", dutyAskRE, mayDutyAsk},
		{"placeholder", placeholderRE, mayPlaceholder},
		{"gluedNote", gluedNoteRE, mayGluedNote},
		{"year", yearRE, func(s string) bool { return digitAfter(s, "năm ") }},
		{"wordCount", wordCountRE, func(s string) bool { return containsAny(strings.ToLower(s), countNouns) }},
		{"ruleWord", ruleWordRE, func(s string) bool { return numberWordBefore(strings.ToLower(s), ruleUnits) }},
		{"share", shareRE, func(s string) bool {
			low := strings.ToLower(s)
			return strings.Contains(low, "nửa") || strings.Contains(low, " phần ")
		}},
	}
	texts := prefilterTexts(t)
	matched := map[string]int{}
	for _, s := range texts {
		for _, c := range checks {
			if c.re.MatchString(s) {
				matched[c.name]++
				if !c.may(s) {
					t.Fatalf("%s: the check says no, the pattern matches %q", c.name, s)
				}
			}
		}
	}
	for _, c := range checks {
		if matched[c.name] == 0 {
			t.Errorf("%s: no text matched its pattern, so the check was not tried", c.name)
		}
	}
}
