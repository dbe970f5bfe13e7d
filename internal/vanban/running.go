package vanban

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A document printed in a gazette carries the gazette's line on every
// page ("CÔNG BÁO/Số 242/Ngày 22-04-2026 50"), and one signed for the web
// carries its signature's stamp on the first ("Ký bởi: CÔNG BÁO … Cơ
// quan: VĂN PHÒNG CHÍNH PHỦ" / "Ngày ký: 2026-04-22 16:16:54 +07:00").
// Neither is the document's text: left in, the page line cuts a task in
// two at every page ("… phản bác các quan điểm sai" / "CÔNG BÁO/…" /
// "trái, thù địch …") and reads as the document's first line.

// edgeLines is how many lines at a page's top and bottom a running line
// is looked for in.
const edgeLines = 3

var (
	digitsRE = regexp.MustCompile(`\d+`)
	// a signature's stamp: its lines, and the time that makes it one
	stampLineRE = regexp.MustCompile(`^(?:Ký bởi|Người ký|Cơ quan|Email|Ngày ký|Thời gian ký)\s*:`)
	stampTimeRE = regexp.MustCompile(`^(?:Ngày ký|Thời gian ký)\s*:\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\s+\d{1,2}:\d{2}`)
	// the Official Gazette's line, with the page's number before or
	// after it: never the text, on however few pages (round 131: a
	// three-page resolution's "4 CÔNG BÁO/Số 287 + 288/Ngày 08-4-2022"
	// and "CÔNG BÁO/Số 287 + 288/Ngày 08-4-2022 5" were asked about)
	gazetteRE = regexp.MustCompile(`^(?:\d{1,4}\s+)?C?ÔNG BÁO\s*/\s*Số\s+[\d +]+/\s*Ngày\s+\d{1,2}-\d{1,2}-\d{4}(?:\s+\d{1,4})?$`)
	// a page's number alone: "12", "- 12 -", "Trang 12"
	pageNumberRE = regexp.MustCompile(`^(?:-\s*)?(?:Trang\s+)?(\d{1,4})(?:\s*-)?(?:\s*/\s*\d{1,4})?$`)
)

// runningKey is what a line would be as a running line: its digits
// folded, so each page's number and the gazette's issue compare equal.
func runningKey(line string) string {
	return strings.Join(strings.Fields(digitsRE.ReplaceAllString(strings.ToLower(line), "#")), " ")
}

// StripRunning returns a document's pages without the lines printed on
// each page that are not its text: a running head or foot that recurs,
// its digits aside, at the edge of at least a third of the pages (three or
// more), a page number that counts up from page to page, and a
// signature's stamp at a page's top or bottom. With blank, such a line
// becomes spaces instead (offsets into the pages do not move); without,
// it goes with its line break. A line of the text is not taken for one:
// it must recur on the pages' edges, or count the pages.
func StripRunning(pages []string, blank bool) []string {
	lines := make([][]string, len(pages))
	for i, p := range pages {
		lines[i] = strings.Split(p, "\n")
	}
	drop := make([]map[int]bool, len(pages))
	for i := range drop {
		drop[i] = map[int]bool{}
	}
	for i, ls := range lines {
		stamp(ls, drop[i])
		for _, j := range edges(ls, drop[i]) {
			if gazetteRE.MatchString(strings.TrimSpace(ls[j])) {
				drop[i][j] = true
			}
		}
		gazetteSection(ls, drop[i])
	}
	if len(pages) >= 3 {
		runningHeads(lines, drop)
		pageNumbers(lines, drop)
	}
	out := make([]string, len(pages))
	for i, ls := range lines {
		if len(drop[i]) == 0 {
			out[i] = pages[i]
			continue
		}
		kept := make([]string, 0, len(ls))
		for j, l := range ls {
			switch {
			case !drop[i][j]:
				kept = append(kept, l)
			case blank:
				kept = append(kept, strings.Repeat(" ", utf8.RuneCountInString(l)))
			}
		}
		out[i] = strings.Join(kept, "\n")
	}
	return out
}

// gazetteSectionRE is the Gazette's section over a document it prints,
// and gazetteSection drops it at a page's top with the issuer's label
// under it when the letterhead says the issuer again ("VĂN BẢN PHÁP LUẬT
// KHÁC" / "CHÍNH PHỦ" / "CHÍNH PHỦ": the issuer read "Chính phủ Chính
// phủ", round 135's walk).
var gazetteSectionRE = regexp.MustCompile(`^(?:VĂN BẢN QUY PHẠM PHÁP LUẬT|VĂN BẢN PHÁP LUẬT KHÁC|VĂN BẢN HỢP NHẤT)$`)

func gazetteSection(ls []string, drop map[int]bool) {
	top := edges(ls, drop)
	if len(top) < 3 || !gazetteSectionRE.MatchString(strings.TrimSpace(ls[top[0]])) {
		return
	}
	if strings.TrimSpace(ls[top[0]]) == "VĂN BẢN HỢP NHẤT" {
		return // (a consolidated text's own heading when it opens the document)
	}
	drop[top[0]] = true
	if label := strings.TrimSpace(ls[top[1]]); label == strings.TrimSpace(ls[top[2]]) {
		drop[top[1]] = true
	}
}

// edges are the indexes of a page's first and last few lines with text,
// past those already dropped (the gazette's line under the stamp).
func edges(ls []string, drop map[int]bool) []int {
	var top, bottom []int
	for j := 0; j < len(ls) && len(top) < edgeLines; j++ {
		if strings.TrimSpace(ls[j]) != "" && !drop[j] {
			top = append(top, j)
		}
	}
	for j := len(ls) - 1; j >= 0 && len(bottom) < edgeLines; j-- {
		if strings.TrimSpace(ls[j]) != "" && !drop[j] && (len(top) == 0 || j > top[len(top)-1]) {
			bottom = append(bottom, j)
		}
	}
	return append(top, bottom...)
}

// stamp marks a signature's stamp: a run of its lines at the page's top
// or bottom, one of them giving the time it was signed.
func stamp(ls []string, drop map[int]bool) {
	for _, step := range []int{1, -1} {
		j := 0
		if step < 0 {
			j = len(ls) - 1
		}
		var run []int
		timed := false
		for ; j >= 0 && j < len(ls) && len(run) < 6; j += step {
			t := strings.TrimSpace(ls[j])
			if t == "" {
				continue
			}
			if !stampLineRE.MatchString(t) {
				break
			}
			run = append(run, j)
			timed = timed || stampTimeRE.MatchString(t)
		}
		for _, k := range run {
			if timed {
				drop[k] = true
			}
		}
	}
}

// runningHeads marks the lines with letters that recur at the edges of
// a third of the pages or more (a gazette prints its line on odd and even pages
// in two forms).
func runningHeads(lines [][]string, drop []map[int]bool) {
	count := map[string]int{}
	digits := map[string][]string{} // each print's numbers, for varies
	pages := map[string][]int{}     // the pages it is printed on
	for i, ls := range lines {
		seen := map[string]bool{}
		for _, j := range edges(ls, drop[i]) {
			if drop[i][j] {
				continue
			}
			k := runningKey(ls[j])
			if !seen[k] && hasLetter(k) && utf8.RuneCountInString(k) <= 120 {
				seen[k] = true
				count[k]++
				digits[k] = append(digits[k], strings.Join(digitsRE.FindAllString(ls[j], -1), " "))
				pages[k] = append(pages[k], i)
			}
		}
	}
	// (a line without a number keeps its first print; one that numbers
	// the pages or the issue goes from all)
	need := max(3, (len(lines)+2)/3)
	first := map[string]bool{}
	for i, ls := range lines {
		for _, j := range edges(ls, drop[i]) {
			k := runningKey(ls[j])
			if count[k] < need || drop[i][j] {
				continue
			}
			runs, keepFirst := running(k, digits[k], pages[k], len(lines))
			if !runs {
				continue
			}
			if keepFirst && !first[k] {
				first[k] = true
				continue
			}
			drop[i][j] = true
		}
	}
}

// pageNumbers marks a number alone at a page's edge when it counts up by
// one from the page before or to the page after.
func pageNumbers(lines [][]string, drop []map[int]bool) {
	type num struct{ line, n int }
	nums := make([][]num, len(lines))
	for i, ls := range lines {
		for _, j := range edges(ls, drop[i]) {
			if m := pageNumberRE.FindStringSubmatch(strings.TrimSpace(ls[j])); m != nil && !drop[i][j] {
				nums[i] = append(nums[i], num{j, atoi(m[1])})
			}
		}
	}
	counts := func(a, b []num, step int) map[int]bool {
		hit := map[int]bool{}
		for _, x := range a {
			for _, y := range b {
				if y.n == x.n+step {
					hit[x.line] = true
				}
			}
		}
		return hit
	}
	paired := 0
	for i := 1; i < len(lines); i++ {
		if len(counts(nums[i-1], nums[i], 1)) > 0 {
			paired++
		}
	}
	if paired < max(2, (len(lines)-1)/2) {
		return // numbers that happen to follow each other: a table's rows
	}
	for i := range lines {
		var hit map[int]bool
		if i > 0 {
			hit = counts(nums[i], nums[i-1], -1)
		}
		if i+1 < len(lines) {
			for j := range counts(nums[i], nums[i+1], 1) {
				if hit == nil {
					hit = map[int]bool{}
				}
				hit[j] = true
			}
		}
		for j := range hit {
			drop[i][j] = true
		}
	}
}

// running says whether a line printed on these pages with these numbers
// is a running line, and whether its first print is the text's own. A
// line whose numbers do not change (or that has none) runs when it is
// on two pages in three from the first: a title or a notice, kept once;
// not a table's header or a form's signature line printed again on an
// annex's pages ("STT Tên thiết bị", "(Ký, đóng dấu, họ tên)"), nor a
// consolidated text's footnote. A line with a number that changes runs
// when it holds the gazette's issue and date beside a page number that
// counts the pages: "Mẫu số 04", "PHỤ LỤC 9" open a page each, one
// number apiece, headings (round 129).
func running(key string, prints []string, pages []int, total int) (runs, keepFirst bool) {
	switch varies(prints) {
	case 0:
		return pages[0] <= 1 && len(pages) >= max(3, (2*total+2)/3), true
	case 1:
	default:
		return false, false
	}
	if strings.Count(key, "#") < 2 || utf8.RuneCountInString(key) > 70 {
		return false, false // (a consolidated text's footnote under each form, "15 Mẫu này được ban hành theo …")
	}
	// the number that varies goes up with the page: its value less the
	// page's index is the same on every print
	first := strings.Fields(prints[0])
	for k := range first {
		offset, same, moves := 0, true, false
		for _, p := range prints[1:] {
			moves = moves || strings.Fields(p)[k] != first[k]
		}
		if !moves {
			continue // the number, its date
		}
		for i, p := range prints {
			n := atoi(strings.Fields(p)[k][:min(len(strings.Fields(p)[k]), 6)]) - pages[i]
			if i == 0 {
				offset = n
			} else if n != offset {
				same = false
			}
		}
		if !same {
			return false, false
		}
	}
	return true, false
}

// varies counts the places where the numbers of a line's prints differ:
// a gazette's line differs in its page's number only, where "1. Nhiệm vụ
// thứ 1" and "2. Nhiệm vụ thứ 2" differ in two.
func varies(prints []string) int {
	if len(prints) == 0 {
		return 0
	}
	first := strings.Fields(prints[0])
	n := 0
	for k := range first {
		for _, p := range prints[1:] {
			f := strings.Fields(p)
			if k >= len(f) || f[k] != first[k] {
				n++
				break
			}
		}
	}
	return n
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}
