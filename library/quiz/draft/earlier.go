package draft

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"sotay/internal/vanban"
	"sotay/internal/viet"
)

// Earlier plenums: a Central Committee resolution builds on the ones
// before it, and says which by their plenum ("Trong 15 năm thực hiện
// Nghị quyết Trung ương 3 khóa IX về "Tiếp tục sắp xếp, đổi mới …"",
// "thực hiện có hiệu quả Nghị quyết Hội nghị lần thứ tư Ban Chấp hành
// Trung ương Đảng khóa XII về … hội nhập kinh tế quốc tế"). Cadres know a
// resolution by its plenum and subject, and are asked which plenum passed
// the one on a subject; the options are its neighbours, as for the
// document's own plenum.

// earlierRE finds a plenum's resolution cited by its number or its
// ordinal, with its subject.
var earlierRE = regexp.MustCompile(`Nghị quyết (?:Hội nghị )?(?:(?:Trung ương|TW) (\d{1,2})|lần thứ (\p{L}+(?: \p{L}+)?) Ban Chấp hành Trung ương(?: Đảng)?) \(?(?:khóa|khoá) ([IVXL]+)\)? ((?:về |["“]Về )[^;.:()]{8,400})`)

// centralTitleRE finds a central body's communiqué or notice by its
// title: "Thông báo Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng
// khóa XII".
var centralTitleRE = regexp.MustCompile(`^(?:Thông báo|Thông cáo|Nghị quyết|Kết luận|Chỉ thị|Quy định)\b[^.?]*(?:Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư)`)

// titlePlenumRE finds the plenum a communiqué's title names.
var titlePlenumRE = regexp.MustCompile(`Hội nghị (?:lần thứ (\p{L}+(?: \p{L}+)?)|Trung ương (\d{1,2})) Ban Chấp hành Trung ương(?: Đảng)? khóa ([IVXL]+)`)

// partyBuildingRE finds a subject on building the Party (folded).
var partyBuildingRE = regexp.MustCompile(`xay dung,? (?:chinh don )?dang|chinh don dang|xay dung dang`)

// earlierPlenums asks, for two resolutions of earlier plenums a central
// act's body cites by subject, which plenum passed them.
func (g *drafter) earlierPlenums() {
	if !strings.HasSuffix(g.src.Number, "/TW") && !centralTitleRE.MatchString(g.src.Title) {
		// (nor a news article's: five of round 53's articles of 2017
		// cited "Nghị quyết Trung ương 4 khóa XII về … xây dựng, chỉnh
		// đốn Đảng" in passing, and its judge dropped four as the same
		// general knowledge; round 52's judge had asked for them)
		return // (a province's "Thực hiện Nghị quyết …, Tỉnh ủy quyết nghị" is its basis, another document's: round 49)
	}
	titled := ""
	if m := titlePlenumRE.FindStringSubmatch(g.src.Title); m != nil {
		n := ordinals[strings.ToLower(m[1])]
		if m[2] != "" {
			n, _ = strconv.Atoi(m[2])
		}
		titled = fmt.Sprintf("Hội nghị Trung ương %d khóa %s", n, m[3])
	}
	asked := map[string]bool{}
	for _, l := range g.lines {
		if len(asked) == 2 {
			return
		}
		if !l.body || l.heading || preambleRE.MatchString(l.text) {
			continue
		}
		text := stripItem(l.text)
		for _, m := range earlierRE.FindAllStringSubmatchIndex(text, -1) {
			n := 0
			if m[2] >= 0 {
				n, _ = strconv.Atoi(text[m[2]:m[3]])
			} else {
				n = ordinals[strings.ToLower(text[m[4]:m[5]])]
			}
			term := vanban.RomanValue(text[m[6]:m[7]])
			subject := strings.TrimRight(text[m[8]:m[9]], " ,")
			if rest := strings.TrimPrefix(subject, "về "); strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“") {
				prefix := subject[:len(subject)-len(rest)] // ("" before a quoted "Về …")
				// a quoted subject ends at its closing mark
				if q := quotedLen(rest, "\"”"); q > 0 {
					subject = prefix + rest[:q]
				}
			}
			if w := strings.Fields(subject); len(w) > 20 && !(strings.HasSuffix(subject, "\"") || strings.HasSuffix(subject, "”")) || len(w) > 32 {
				subject = clauseCut(w, 20) + " …" // (at a clause's comma, a whole word)
			}
			if n < 1 || n > 18 || term < 2 || term > 39 || asked[subject] || len(asked) == 2 || g.ownSubject(subject) {
				continue // (nor the document's own subject, in a news lead)
			}
			answer := plenumName(n, term)
			if g.ownPlenum == answer || titled == answer {
				continue // the document's own plenum: the meta draft asks it
			}
			// (not the plenum the document reports, which its title names;
			// and for a subject on building the Party not the same plenum
			// of the term before: the fourth plenums of terms XI, XII and
			// XIII were all on it, right too for a short subject, round 53)
			wrong := plenumNeighbours(n, term, !partyBuildingRE.MatchString(viet.Fold(subject)), g.ownPlenum, titled)
			// the excerpt: its sentence up to the subject's end, the
			// plenum blanked
			start := strings.LastIndexAny(text[:m[0]], ".;:") + 1
			excerpt := strings.TrimSpace(text[start:m[0]]) + " Nghị quyết …… " + subject
			if words(excerpt) > 45 {
				excerpt = "… Nghị quyết …… " + subject
			}
			ref := g.refOf(l)
			q := choice(fmt.Sprintf("Theo %s, điền vào chỗ trống: “%s”", ref, strings.TrimRight(excerpt, " ,")), answer, wrong)
			q.Explanation = fmt.Sprintf("Nghị quyết %s là Nghị quyết %s.", strings.TrimSuffix(subject, " …"), answer)
			q.Passage, q.Difficulty = g.passage(l, text[m[0]:m[1]]), 2
			g.add(DraftMeta, q)
			asked[subject] = true
		}
	}
}

// ownSubject says whether a subject is the document's own, as its title
// or title block gives it.
func (g *drafter) ownSubject(subject string) bool {
	w := strings.Fields(strings.TrimPrefix(subject, "về "))
	if len(w) > 8 {
		w = w[:8]
	}
	return strings.Contains(viet.Fold(g.src.Title+" "+g.titleBlock()), viet.Fold(strings.Trim(strings.Join(w, " "), "\"“”")))
}
