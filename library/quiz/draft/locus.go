package draft

// Where a figure stands, as its stem names it: "(điểm d khoản 3 Điều
// 31)", "(Điều 7 “Hỗ trợ tiếp cận đất đai”)", "(mục “Mục tiêu cụ thể”)".

import (
	"regexp"
	"strings"
)

// whereOf names the part a figure stands in for its stem: "(Điều 7
// “Hỗ trợ …”)", "(mục “Mục tiêu”)", "" when none.
func whereOf(f fact) string {
	if f.amends != "" {
		if at := strings.TrimSpace(f.locus + " " + f.article); at != "" {
			return " (" + at + ", " + f.amends + ")"
		}
		return ""
	}
	if i := strings.Index(f.ctx, f.answer); f.answer != "" && i >= 0 && (f.shape == "year" || f.shape == "range") {
		// a part named by the year asked ("Đối với khu vực công, đến năm
		// 2025" over "Đến năm ……, tiền lương thấp nhất …"): named without it
		if c := strings.LastIndex(f.ctx[:i], ", "); c > 0 {
			f.ctx = f.ctx[:c]
		} else {
			f.ctx = ""
		}
	}
	if m := articleTitleRE.FindStringSubmatch(f.ctx); f.locus != "" && f.article != "" && (m != nil && m[1] == f.article || !strings.HasPrefix(f.ctx, "Điều ")) {
		// "(điểm d khoản 3 Điều 31)", not "(Điều 31, phần “Trường hợp
		// đơn vị … phải được người…”)", a cut sentence (rounds 104, 107);
		// an amendment's "Điều 7, khoản 1" is the amended act's
		at := f.locus + " " + f.article
		if n, ok := strings.CutPrefix(f.locus, "khoản "); ok && (f.kind == DraftCount || f.kind == DraftQuantity) && f.value >= 10 && (atoi(n) == int(f.value)+1 || atoi(n) == int(f.value)) {
			at = f.article // "khoản 103" over "… có …… đơn vị hành chính" after 102 clauses, each one unit, gives it (round 112)
		}
		switch {
		case m != nil:
			return " (" + at + " “" + m[2] + "”)"
		case f.titled && f.ctx != "":
			return " (" + at + " “" + f.ctx + "”)"
		case f.ctx != "" && !strings.Contains(f.ctx, "…") && words(f.ctx) <= 16:
			return " (" + at + ", phần “" + f.ctx + "”)"
		}
		return " (" + at + ")"
	}
	switch {
	case f.titled && f.ctx != "" && !strings.HasPrefix(f.ctx, "Điều "):
		// an article by its number and title: "(Điều 7 “Hỗ trợ tiếp
		// cận đất đai …”)", not "mục" (round 30)
		return " (" + f.article + " “" + f.ctx + "”)"
	case f.article != "" && f.ctx != "" && !strings.HasPrefix(f.ctx, "Điều "):
		return " (" + f.article + ", phần “" + f.ctx + "”)" // a lead in it: "Kể từ ngày Quy định này có hiệu lực thi hành:"
	case f.article != "" && strings.TrimRight(f.ctx, ". ") == f.article:
		return " (" + f.article + ")" // an article with no title
	case articleTitleRE.MatchString(f.ctx):
		m := articleTitleRE.FindStringSubmatch(f.ctx)
		return " (" + m[1] + " “" + m[2] + "”)" // a page's article by its heading: not "mục “Điều 61c. …”" (round 37)
	case f.ctx != "" && words(f.ctx) <= 20 && !anaphoraRE.MatchString(f.ctx+" "):
		// (not a sentence read as a part's name: "Riêng thời điểm Đại
		// hội … sẽ do Ban Chấp hành … quyết định, hoàn thành trước
		// 30/6/2018", round 52)
		return " (mục “" + f.ctx + "”)" // (an amendment's "Điều 7, khoản 1" too)
	case f.article != "":
		return " (" + f.article + ")"
	}
	return ""
}

// clauseMarkRE and pointMarkRE are an article's clause and point marks:
// "3. ", "d) ".
var (
	clauseMarkRE = regexp.MustCompile(`^(\d{1,3})\.\s`)
	pointMarkRE  = regexp.MustCompile(`^([a-zđ])\)\s`)
)

// nextLocus is the clause and point of an article line l stands in: a
// paragraph after a point is still the point's ("a) Đăng ký văn bản bằng
// sổ" / "Văn thư cơ quan đăng ký …").
func nextLocus(locus string, l dline, article string) string {
	if !articleRE.MatchString(article) || l.heading {
		return ""
	}
	if m := clauseMarkRE.FindStringSubmatch(l.text); m != nil && l.item == "num" {
		return "khoản " + m[1]
	}
	if m := pointMarkRE.FindStringSubmatch(l.text); m != nil && l.item == "alpha" && locus != "" {
		_, clause, _ := strings.Cut(locus, "khoản ")
		return "điểm " + m[1] + " khoản " + clause
	}
	return locus
}

// amendLeadRE is an amending act's clause that quotes the words it puts
// in: "4. Sửa đổi, bổ sung điểm b khoản 3 Điều 7 như sau:".
// ("1. Bổ sung Điều 23 vào sau Điều 22 như sau:" puts in Điều 23)
// ("a) Sửa đổi, bổ sung điểm b và điểm c khoản 2 như sau:" under the
// clause that names the article)
var amendLeadRE = regexp.MustCompile(`^(?:(?:\d{1,2}\.|[a-zđ]\))\s*)?(Sửa đổi|Bổ sung|Thay thế)[,\s](?:[^:“”]*?\s)??((?:điểm [a-zđ](?: và điểm [a-zđ])?\s+)?(?:khoản \d+\s+)?Điều \d+[a-z]?|(?:điểm [a-zđ](?: và điểm [a-zđ])?\s+)?khoản \d+)\s[^:“”]*?như sau:?$`)

// amendOfRE is a lead that names the article its points amend: "2. Sửa
// đổi, bổ sung một số điểm, khoản của Điều 31 như sau:".
var amendOfRE = regexp.MustCompile(`(?:Sửa đổi|Bổ sung|Thay thế)[^:“”]*\s(Điều \d+[a-z]?)\s[^:“”]*như sau:?$`)

// pressArticleRE opens a press summary's account of one article of the
// act: "Cụ thể, tại Điều 4, Nghị định số 226/2025/NĐ-CP sửa đổi, bổ sung
// …" (round 112's six drafts were cited by the act's last article).
var pressArticleRE = regexp.MustCompile(`^(?:Cụ thể, )?[Tt]ại (Điều \d+[a-z]?), (?:Nghị định|Thông tư|Luật|Nghị quyết|Quyết định)`)

// amendment follows an amending act's quoted words. Their article,
// clause and point marks are the amended act's: a figure in them is cited
// by the amending clause, naming what it amends, "(khoản 4 Điều 1, sửa
// đổi điểm b khoản 3 Điều 7)" (round 111 cited "điểm b khoản 4 Điều 6",
// the amended article with the amending clause).
type amendment struct {
	target, article, locus string // what is amended; the amending clause
	verb                   string // "sửa đổi", "bổ sung", "thay thế"
	of                     string // "Điều 31" the last lead named, whose points a lead below it amends
}

// follow opens an amendment at line i, the first quoted line after its
// lead, and closes it after the line its quotation ends on, or at the
// next lead or article of the amending act: the act's article and clause
// are back.
func (a *amendment) follow(lines []dline, i int, article, locus *string) {
	if i == 0 {
		return
	}
	prev, l := lines[i-1], lines[i]
	if a.target != "" && (prev.closes || amendLeadRE.MatchString(l.text) || l.heading && !l.quoted) {
		*article, *locus = a.article, a.locus
		*a = amendment{of: a.of}
	}
	if m := amendOfRE.FindStringSubmatch(prev.text); m != nil && prev.body {
		a.of = m[1]
	}
	if m := amendLeadRE.FindStringSubmatch(prev.text); m != nil && prev.body && l.quoted {
		target := m[2]
		if !strings.Contains(target, "Điều") && a.of != "" {
			target += " " + a.of // "a) Sửa đổi, bổ sung điểm b và điểm c khoản 2 như sau:" under "2. … của Điều 31 như sau:"
		}
		*a = amendment{target: target, article: *article, locus: *locus, verb: strings.ToLower(m[1]), of: a.of}
	}
}

// numTitleOf follows a clause's short title, "1. Hoàn thành xuất sắc
// nhiệm vụ", over its points; titledPoint names a point by it when the
// point's lead is too long to name it ("Đạt được tất cả các tiêu chí sau
// đây thì xếp loại chất lượng ở mức hoàn thành xuất sắc nhiệm vụ:"):
// round 114's criteria were asked without the level they set.
func numTitleOf(l dline, title string) string {
	switch {
	case l.heading:
		return ""
	case l.item == "num":
		if t := strings.TrimSpace(stripItem(l.text)); words(t) <= 10 && !strings.ContainsAny(t, ".:;,") {
			return t
		}
		return ""
	}
	return title
}

func titledPoint(l dline, title, ctx string) string {
	if l.item == "alpha" && title != "" && (ctx == "" || words(ctx) > 16) {
		return title
	}
	return ctx
}

// articleTitleRE is an article's heading used as a part's name.
var articleTitleRE = regexp.MustCompile(`^(Điều \d+[a-zđ]?)\.\s+(\p{Lu}.+)$`)

// clauseTitle says whether p, the point before l, is a short title over
// points of another kind: no sentence in it.
func clauseTitle(p, l dline) bool {
	return p.item != "" && itemRank[p.item] < itemRank[l.item] && words(stripItem(p.text)) <= 16 && !strings.ContainsAny(strings.TrimRight(stripItem(p.text), "."), ".;:?")
}

// casesLeadRE ends a point's lead to its cases: "… thuộc một trong các
// trường hợp sau", "… gồm".
var casesLeadRE = regexp.MustCompile(`(?:sau|sau đây|gồm|bao gồm|như sau)$`)

// pageLeadRE opens a page's lead to its points: no part of the document.
var pageLeadRE = regexp.MustCompile(`^(?:Dưới đây là|Sau đây là|Cụ thể|Theo đó|Như vậy|(?:Căn cứ|Tại|Theo)(?: theo| tại)? (?:[Tt]iểu mục|[Mm]ục|Điều|[Kk]hoản|[Đđ]iểm|[Pp]hần) .*như sau)(?:[\s,:]|$)`)

// genericPartRE is a part of a decision that publishes procedures, named
// for all of them: "Danh mục thủ tục hành chính mới ban hành", "Trình tự
// thực hiện TTHC", "Thời hạn giải quyết".
var genericPartRE = regexp.MustCompile(`(?i)^(?:(?:danh mục|nội dung|phần)\b.*(?:thủ tục|tthc)|trình tự thực hiện|thời hạn giải quyết|cách thức thực hiện)`)

// procedureOf names a figure in a decision's list of procedures by the
// procedure it is of, the last "Thủ tục …" line in the dozen before it,
// when its part is named for all of them; false when none is (round 119:
// "(mục “Trình tự thực hiện TTHC”) … Trong thời hạn …… ngày làm việc",
// 05 days for one procedure and 03 for the two others).
func (g *drafter) procedureOf(i int, ctx string) (string, bool) {
	if !genericPartRE.MatchString(ctx) && (ctx == "" || words(ctx) > 1) {
		return ctx, true
	}
	// (a part named by one word is a heading's broken piece — "Chánh" of
	// "Điều 3. Chánh / Văn phòng …" over a procedure's table, round 122 —
	// and names no procedure)
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		if t := stripItem(g.lines[j].text); strings.HasPrefix(t, "Thủ tục ") && j != i {
			name := shortName(strings.TrimRight(t, ".;:"))
			if w := strings.Fields(name); len(w) > 20 {
				// "Thủ tục đăng ký … đổi mới công nghệ; phát triển tài sản
				// trí tuệ, …": named by its first clause
				if k := strings.Index(name, ";"); k > 0 && words(name[:k]) <= 20 {
					return name[:k] + " …", true
				}
				return cutAt(w, 16) + " …", true
			}
			return name, true
		}
	}
	return "", false
}
