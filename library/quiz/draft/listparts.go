package draft

import (
	"fmt"
	"regexp"
	"strings"

	"sotay/internal/viet"
	"sotay/library/quiz"
)

// Names, kinds and bookkeeping of lists: what a list is called, whose duties it lists, which odd ones out are still fresh.

// articleRE finds the article a heading is: "Điều 3. Tổ chức thực hiện".
var articleRE = regexp.MustCompile(`^(Điều \d+[a-z]?)\.`)

// leadName names a list by the clause its long lead-in ends with:
// "Ngoài …, giáo viên hạng II phải thực hiện các nhiệm vụ sau:" →
// "Giáo viên hạng II phải thực hiện các nhiệm vụ sau".
func leadName(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ":")
	if i := strings.LastIndexAny(s, ".;"); i >= 0 {
		s = s[i+1:] // (not at a comma: "các sở, ban, ngành" is one subject)
	}
	s = strings.TrimSpace(s)
	if n := words(s); n < 3 || n > 14 {
		return ""
	}
	return viet.UpperFirst(s)
}

// shortName is a paragraph's first words as a name to quote: up to a
// clause's end, at most 12 words.
func shortName(s string) string {
	s = strings.TrimSuffix(s, " …")
	if i := strings.Index(s, " - "); i > 0 && words(s[:i]) >= 2 {
		s = s[:i] // "Quan điểm chỉ đạo - Xây dựng …": a heading run into its text
	}
	if i := strings.IndexAny(s, ";:("); i > 0 && words(s[:i]) >= 4 {
		s = s[:i] // (not at a comma: "thể chế về sở hữu, phát triển các thành phần kinh tế" is one point)
	}
	w := strings.Fields(s)
	for k := 1; k <= 3 && 2*k <= len(w); k++ {
		// "Mục tiêu Mục tiêu tổng quát …": a heading run into its
		// sub-heading
		if strings.Join(w[:k], " ") == strings.Join(w[k:2*k], " ") {
			return strings.Join(w[:k], " ")
		}
	}
	if len(w) > 18 {
		return strings.Join(w[:18], " ") + "…"
	}
	return strings.TrimRight(s, " .")
}

// itemNumber is a numbered item's number, 0 for another item.
func itemNumber(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// duties reports a list whose points say who does what (most begin with
// a body: "Ban …", "Đảng đoàn …", "Ủy ban …" or say "chủ trì").
func duties(l dlist) bool {
	n := 0
	for _, lab := range l.labels {
		if strings.Contains(lab, " chủ trì") || namesBody(lab) {
			n++
		}
	}
	return 2*n >= len(l.labels)
}

// ask is a list question's stem: "… nội dung nào sau đây thuộc “…”?",
// for points under a paragraph "… trong mục “…”, nội dung nào sau đây
// thuộc ý “…”?".
func (l dlist) ask(ref, verb string) string {
	if l.article != "" {
		// "what does Điều 3 require": the article by its number
		verb = strings.Replace(verb, "thuộc", "được quy định tại", 1)
		return fmt.Sprintf("Theo %s, nội dung nào sau đây %s %s (“%s”)?", ref, verb, l.article, l.name)
	}
	if l.section != "" {
		return fmt.Sprintf("Theo %s, trong mục “%s”, nội dung nào sau đây %s ý “%s”?", ref, l.section, verb, l.name)
	}
	return fmt.Sprintf("Theo %s, nội dung nào sau đây %s “%s”?", ref, verb, l.name)
}

// namesBody says whether an item begins with a body: "Ban …", "Đảng đoàn
// …", "Ủy ban …" — who does something, not what is done.
func namesBody(s string) bool {
	for _, p := range []string{"Ban ", "Đảng đoàn", "Đảng ủy", "Ủy ban", "Các cấp ủy", "Mặt trận", "Chính phủ", "Bộ ", "Văn phòng", "Quốc hội", "Tỉnh ủy", "Huyện ủy", "Quận ủy"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// fresh keeps the odd ones out not yet shown too often: an option that
// comes back in draft after draft is soon known for what it is.
func (g *drafter) fresh(cands []string) []string {
	var out []string
	for _, c := range cands {
		if g.shown[c] < 3 {
			out = append(out, c)
		}
	}
	return out
}

// used counts the options a list draft shows.
func (g *drafter) used(q quiz.Question) {
	if g.shown == nil {
		g.shown = map[string]int{}
	}
	for _, o := range q.Options {
		g.shown[o.Text]++
	}
}

// echoes reports whether an option repeats the words of the name it is
// asked under ("Hoàn thiện thể chế về sở hữu trí tuệ …" under "Tiếp tục
// hoàn thiện thể chế về sở hữu"): four words in a row of the name.
func echoes(option, name string) bool {
	w := strings.Fields(strings.ToLower(strings.TrimSuffix(name, "…")))
	o := " " + strings.ToLower(option) + " "
	for i := 0; i+4 <= len(w); i++ {
		if strings.Contains(o, " "+strings.Join(w[i:i+4], " ")+" ") {
			return true
		}
	}
	return false
}

// listKind is what a list's points are, by the part they stand in:
// assessments (tình hình, kết quả, hạn chế), viewpoints, goals, the
// organising of the work, or else tasks. Odd ones out come from lists of
// the same kind.
func listKind(l dlist) string {
	name := viet.Fold(l.name + " " + l.section)
	for _, k := range []struct{ kind, word string }{
		{"assessment", "tinh hinh"}, {"assessment", "ket qua"}, {"assessment", "han che"}, {"assessment", "nguyen nhan"},
		{"assessment", "danh gia"}, {"viewpoint", "quan diem"}, {"goal", "muc tieu"}, {"organising", "to chuc thuc hien"},
	} {
		if strings.Contains(name, k.word) {
			return k.kind
		}
	}
	return "task"
}

// evenCuts cuts a list question's options alike: when some are cut ("…"),
// every longer one is cut at the same number of words, so the one option
// left whole (or cut) does not stand out.
func evenCuts(opts []quiz.Option) {
	n := 0
	for _, o := range opts {
		if strings.HasSuffix(o.Text, " …") {
			if w := words(o.Text) - 1; n == 0 || w < n {
				n = w
			}
		}
	}
	if n == 0 {
		return
	}
	for i, o := range opts {
		w := strings.Fields(strings.TrimSuffix(o.Text, " …"))
		if len(w) > n {
			opts[i].Text = strings.TrimRight(strings.Join(w[:n], " "), ",;:") + " …"
		}
	}
}
