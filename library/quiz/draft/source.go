package draft

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// How a draft names its source, and keeps drafts from repeating each other.

// refInText names a document whose metadata has no number by the number
// and date its own first lines give ("Theo Nghị quyết số 11-NQ/TW ngày
// 3/6/2017"): a text from a news site, whose title is a headline.
func refInText(src Source) string {
	head := headOf(src)
	// A text whose title names its kind ("Nghị quyết Chương trình …")
	// is named by a number of that kind: "Báo cáo số 129/BC-…" its
	// preamble cites ("Sau khi xem xét …") is another document.
	titled := src.Kind
	if titled == "" {
		for _, k := range kindOfCode {
			if strings.HasPrefix(src.Title, k+" ") {
				titled = k
			}
		}
	}
	// And the text is that document, not an article citing it ("Theo
	// Quy định số 55-QĐ/TW" for a reporter's examples): it gives the full
	// text ("toàn văn"), or its title names the kind ("Thủ tướng chỉ thị
	// …") or the number.
	// (The kind as a name, in capitals: "Thủ tướng chỉ thị thực hiện …"
	// is a report of what the directive says.)
	// "giới thiệu toàn văn Nghị quyết số 36/2017/QH14 …": the text
	// names itself.
	if w := wholeNumber.FindStringSubmatch(head); w != nil {
		ref := w[1] + " số " + strings.TrimRight(w[2], ".,;:")
		at := strings.Index(head, w[0]) + len(w[0])
		if d := dateInText.FindStringSubmatch(head[at:min(at+120, len(head))]); d != nil {
			ref += dated(d)
		}
		return ref
	}
	// Otherwise "toàn văn" vouches only for a number right after it: the
	// preamble's "Báo cáo số 658/BC-UBTP14" is another document.
	lower := strings.ToLower(head)
	var m []string
	at := 0
	for _, ci := range numberInText.FindAllStringSubmatchIndex(head, -1) {
		c := []string{head[ci[0]:ci[1]], head[ci[2]:ci[3]], head[ci[4]:ci[5]]}
		k := kindOfCode[c[2]]
		whole := strings.Contains(lower[max(ci[0]-60, 0):ci[0]], "toàn văn")
		inTitle := strings.Index(src.Title, c[1])
		// (not a title that cites it: "Thực hiện Kết luận số 150-KL/TW …"
		// heads a guide, round 26)
		own := whole || inTitle >= 0 && !citesRE.MatchString(src.Title[:inTitle]) || k != "" && strings.Contains(src.Title, k) && !reviewRE.MatchString(src.Title[:strings.Index(src.Title, k)]) && !citesRE.MatchString(clauseBefore(head, ci[0]))
		if own && (titled == "" || k == titled) {
			m, at = c, ci[0]
			break
		}
	}
	if m == nil {
		return ""
	}
	kind := src.Kind
	if kind == "" {
		kind = kindOfCode[m[2]]
	}
	ref := kind + " số " + m[1]
	if d := ownDate(head, at); d != nil {
		ref += dated(d)
	}
	return ref
}

// dated is a date match (whole, day, month, year) as a reference writes
// it: " ngày 3/6/2017".
// issuedRE is a document's date as the library keeps it: "2017-06-03".
var issuedRE = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)

func dated(d []string) string {
	return " ngày " + strings.TrimLeft(d[1], "0") + "/" + strings.TrimLeft(d[2], "0") + "/" + d[3]
}

// ownDate is the date a text gives the document whose number stands at
// at: in the number's sentence, with no other document's number between
// them ("Ngày 3/6/2017, Tổng Bí thư … ký ban hành … (Nghị quyết số
// 12-NQ/TW)"); not the date of a document it replaces ("Chỉ thị này thay
// thế Chỉ thị số 35-CT/TW, ngày 14/6/2024": round 25 dated Chỉ thị 45 so).
func ownDate(head string, at int) []string {
	from, to := sentenceAround(head, at)
	var best []string
	bestGap := -1
	for _, di := range dateInText.FindAllStringSubmatchIndex(head[from:to], -1) {
		a, b := from+di[0], from+di[1]
		lo, hi := min(a, at), max(b, at)
		if n := numberInText.FindAllStringIndex(head[lo:hi], -1); len(n) > 0 && !(len(n) == 1 && lo+n[0][0] == at) {
			continue // another document's number between them
		}
		if gap := hi - lo; bestGap < 0 || gap < bestGap {
			best, bestGap = []string{head[a:b], head[from+di[2] : from+di[3]], head[from+di[4] : from+di[5]], head[from+di[6] : from+di[7]]}, gap
		}
	}
	return best
}

// citesRE finds a clause that cites another document: "Thực hiện Hướng
// dẫn số 42-HD/BTCTW …" in a guide's preamble is not the guide (round 21).
var citesRE = regexp.MustCompile(`(?i)(?:^|\s)(?:thực hiện|căn cứ|theo|triển khai|quán triệt|thi hành|xét|sau khi xem xét)\s`)

// clauseBefore is the text of head's sentence up to at: from the last
// line break or full stop (a preamble cites one document after another,
// "Thực hiện …; …; …").
func clauseBefore(head string, at int) string {
	from := strings.LastIndex(head[:at], "\n") + 1
	if i := strings.LastIndex(head[:at], ". "); i >= 0 && i+2 > from {
		from = i + 2
	}
	return head[from:at]
}

// leadAsideRE is a bracketed note before a title: "( Ban thanh niên )".
var leadAsideRE = regexp.MustCompile(`^\(\s*[^()]{1,40}\)\s*`)

// titleNumberRE is a title that opens with a document's kind and number.
var titleNumberRE = regexp.MustCompile(`^(?:(?i:toàn văn|tải file|tải về|tải)(?: file)?:?\s+)?(Nghị quyết|Quyết định|Chỉ thị|Kết luận|Thông báo|Nghị định|Luật|Thông tư|Quy định|Hướng dẫn|Công điện|Kế hoạch|Chương trình|Đề án|Công văn) (?:số )?(\d{1,4}(?:\.\d{1,2})?(?:/\d{4})?[-/][\p{Lu}Đ][\p{L}\d/-]*[\p{L}\d])(?:[\s:,.?]|$)`)

// pageOnActRE ends a page's headline on an act it names by its short
// number: "Hướng dẫn xếp loại chất lượng đảng viên năm 2025 theo Quy
// định 366" is a page, not a guide (round 64).
var pageOnActRE = regexp.MustCompile(` theo (?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Hướng dẫn|Nghị định|Thông tư) \d{1,4}(?: năm \d{4})?$`)

// askedNumberRE is a legal site's question on one act: "Trong Nghị quyết
// 36-NQ/TW về … xác định ba khâu đột phá là gì?", "Theo Nghị quyết số
// 57-NQ/TW, đến năm 2030 …?".
var askedNumberRE = regexp.MustCompile(`^(?:Trong|Theo|Tại) (Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Hướng dẫn|Kế hoạch|Chương trình|Đề án) (?:số )?(\d{1,4}(?:/\d{4})?[-/][\p{Lu}Đ][\p{L}\d/-]*[\p{L}\d])[\s,]`)

// askedNumber is the kind and number of the act a page's question title
// asks of (round 62: such a page was named by its question), nil for
// another title.
func askedNumber(title string) []string {
	if !strings.HasSuffix(title, "?") {
		return nil
	}
	if m := askedNumberRE.FindStringSubmatch(title); m != nil {
		return m
	}
	// or asks of it after "theo": "Quy định về bổ sung hồ sơ đảng viên
	// hằng năm theo Hướng dẫn 06-HD/TW năm 2025 chi tiết thế nào?" (round
	// 63: named "bài “…”", its rules were asked as a news report's), the
	// one act the title names
	if m := askedAfterRE.FindAllStringSubmatch(title, -1); len(m) == 1 && len(anyNumberRE.FindAllString(title, -1)) == 1 {
		return m[0]
	}
	return nil
}

// askedAfterRE is an act a question title asks of, after "theo".
var askedAfterRE = regexp.MustCompile(`\s[Tt]heo (Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Hướng dẫn|Kế hoạch|Thông báo) (?:số )?(\d{1,4}(?:/\d{4})?[-/][\p{Lu}Đ][\p{L}\d/-]*[\p{L}\d])[\s,?]`)

// wholeNumber is a document a text gives whole by its kind and number:
// "toàn văn Nghị quyết số 36/2017/QH14", whatever the number's code.
var wholeNumber = regexp.MustCompile(`(?i:toàn văn)\s+(Nghị quyết|Quyết định|Chỉ thị|Kết luận|Thông báo|Thông cáo|Nghị định|Luật|Thông tư|Quy định|Quy chế|Hướng dẫn|Chương trình|Công điện)\s+số\s+(\d{1,4}[\p{L}\d/.\-]*[\p{L}\d])`)

// capsActRE is a headline in capitals naming a Party act.
var capsActRE = regexp.MustCompile(`^(?:TOÀN VĂN\s*:?\s*)?(NGHỊ QUYẾT|KẾT LUẬN|CHỈ THỊ|QUY ĐỊNH|HƯỚNG DẪN|QUYẾT ĐỊNH|KẾ HOẠCH|THÔNG BÁO) (?:SỐ )?(\d{1,4}-[A-ZĐ]{1,4}/[A-ZĐ]{1,8})\b`)

// docRef names the document in a stem: "Nghị quyết số 15-NQ/QU", or its
// title.
func docRef(src Source) string {
	if name, ok := strings.CutPrefix(tidy(src.Title), src.Kind+" "); ok && src.Number != "" && (src.Kind == "Luật" || src.Kind == "Bộ luật" || src.Kind == "Pháp lệnh") &&
		name != "" && unicode.IsUpper([]rune(name)[0]) && !strings.Contains(name, src.Number) {
		// a law by its name and number: "Luật Việc làm số 74/2025/QH15"
		// (round 39: "Luật số 74/2025/QH15" said not which)
		return src.Kind + " " + name + " số " + src.Number
	}
	if src.Number != "" && src.Kind != "" {
		// with its date: "Nghị quyết số 11-NQ/TW ngày 3/6/2017" (a number
		// recurs: "Nghị quyết số 12-NQ/TW" of 2017 and of 2022)
		if d := issuedRE.FindStringSubmatch(src.IssuedOn); d != nil && atoi(d[2]) >= 1 && atoi(d[2]) <= 12 && atoi(d[3]) >= 1 && atoi(d[3]) <= 31 {
			return src.Kind + " số " + src.Number + dated([]string{"", d[3], d[2], d[1]}) + localIssuer(src)
		}
		return src.Kind + " số " + src.Number + localIssuer(src)
	}
	if m := capsActRE.FindStringSubmatch(tidy(src.Title)); m != nil && src.Kind == "" {
		// "TOÀN VĂN: KẾT LUẬN 155-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ …"
		// (round 72: three drafts named by the headline in capitals)
		return sentenceCase(m[1]) + " số " + m[2]
	}
	if ref := refInText(src); ref != "" {
		return ref
	}
	t := tidy(src.Title)
	if len(t) > len("Toàn văn ") && strings.EqualFold(t[:len("Toàn văn ")], "Toàn văn ") {
		t = viet.UpperFirst(strings.TrimSpace(t[len("Toàn văn "):])) // "Toàn văn Nghị quyết Đại hội …" names the resolution (round 26)
	}
	if !strings.ContainsFunc(t, unicode.IsLower) && src.Kind != "" {
		return src.Kind + " này" // a title in capitals is a letterhead read as a title
	}
	if t == "" {
		return "văn bản"
	}
	t = leadAsideRE.ReplaceAllString(t, "") // "( Ban thanh niên ) Đảng Cộng sản …" (round 25)
	if m := bracketRefRE.FindStringSubmatch(t); m != nil && src.Kind == "" && !titleNumberRE.MatchString(t) {
		// "Kế hoạch kê khai tài sản … tại Cần Thơ (Kế hoạch 177/KH-UBND)":
		// the page names its document in brackets (round 33)
		return pageRef(src, m[1], m[2])
	}
	if m := shortRefRE.FindStringSubmatchIndex(t); m != nil && src.Kind == "" && !titleNumberRE.MatchString(t) && !reviewRE.MatchString(t[:m[0]]) && !moreNumbersRE.MatchString(t[m[5]:]) {
		// (nor a page on several: "Nghị quyết 59 70 71 72 về công tác
		// đối ngoại, năng lượng …", round 63)
		// (not a headline on carrying it out: "Kết quả bước đầu một năm
		// thực hiện Chỉ thị 05 của Bộ Chính trị" reports a review, round
		// 51's judge found its drafts credited to the directive)
		m := []string{t[m[0]:m[1]], t[m[2]:m[3]], t[m[4]:m[5]]}
		// "Nghị quyết 68 nêu rõ …?", "Kết luận 157 của Bộ Chính trị: …":
		// a page headlined by the number without its code, which its text
		// gives ("68-NQ/TW"): named so, not as the page (round 32)
		// (or the State's "05/CT-UBND" of "Chỉ thị 05: …", round 36)
		full := regexp.MustCompile(`\b` + m[2] + `(?:-` + shortCodes[m[1]] + `/[\p{Lu}Đ]+|/(?:\d{4}/)?` + shortCodes[m[1]] + `-[\p{Lu}Đ]+)\b`).FindString(strings.Join(src.Pages, "\n"))
		if full != "" {
			return pageRef(src, m[1], full)
		}
	}
	if m := askedNumber(t); m != nil && src.Kind == "" {
		return pageRef(src, m[1], m[2])
	}
	if m := titleNumberRE.FindStringSubmatch(t); m != nil && src.Kind == "" {
		// a page headlined by the document's number: "Nghị quyết
		// 72-NQ/TW: Chi tiết 06 nhiệm vụ …?" (round 25)
		return pageRef(src, m[1], m[2])
	}
	if src.Kind == "" {
		for _, k := range kindOfCode {
			if rest, ok := strings.CutPrefix(t, k+" này "); ok {
				if num := soleNumber(src, k); num != "" {
					return pageRef(src, k, num) // "Quyết định số 45/2025/QĐ-TTg", the one the page names (round 88)
				}
				// a text pasted from its scope article: "Nghị định này quy
				// định chi tiết thi hành … Nghị quyết số 171/2024/QH15" is
				// "Nghị định quy định chi tiết …" (round 38)
				t = k + " " + clauseRefsRE.ReplaceAllString(rest, "") // (without the clauses it details: "… thi hành khoản 1 Điều 1, … và Điều 5 của Nghị quyết số …")
				if w := strings.Fields(t); len(w) > 40 {
					t = strings.TrimRight(clauseCutPast(w, 40, 20), ",;:") + " …"
				}
			}
			if strings.HasPrefix(t, k+" ") && !strings.HasSuffix(t, "?") && !strings.Contains(t, ": ") && !pageOnActRE.MatchString(t) && !editLinked(src) {
				// "Nghị quyết Chương trình …": a document's own title (not a
				// page's question, "Hướng dẫn hộ kinh doanh … (dự kiến)?",
				// round 44, nor a headline on one: "Kết luận thanh tra ngân
				// sách tỉnh Lạng Sơn: Hàng loạt sai phạm …", round 61, whose
				// inspection figures were asked as the conclusion's)
				return actName(strings.TrimRight(t, "."))
			}
		}
		if name := wholeText(src, t); name != "" {
			return name
		}
		// A title that is not a document's (a news headline): quoted
		// whole, never cut into a fragment ("Theo Các hình thức giám sát").
		// (A headline run into the page's sub-headings and cut at its
		// store's length — "… nổi bật tuần từ 6-10/2 Nghị quyết phiên họp
		// … Ngăn chặn, đẩy lùi nh", round 53 — is quoted to a whole word.)
		if w := strings.Fields(t); len(w) > 30 {
			t = strings.TrimRight(clauseCutPast(w[:len(w)-1], 25, 12), ",;:") + " …"
		}
		return "bài “" + strings.TrimRight(t, ".:") + "”"
	}
	// whole, or a long one to a clause's end: "Hướng dẫn xây dựng, kiện
	// toàn …" and "… phòng, chống ma túy" are not cut at their first comma
	// (round 21)
	if w := strings.Fields(t); len(w) > 40 {
		// (a title of 35 words whole: "Nghị quyết thí điểm một số cơ chế,
		// chính sách đặc thù …" could be any of several, round 31)
		t = strings.TrimRight(clauseCutPast(w, 40, 20), ",;:") + " …"
	}
	if strings.HasSuffix(t, "?") {
		// a page's question is no document's title, whatever form the
		// page shows ("Mẫu Đề án sáp nhập … mới nhất? Tải mẫu …?" over
		// a template; round 121 cited it "Theo Đề án “Mẫu Đề án …?”")
		return "bài “" + t + "”"
	}
	if src.Kind != "" && !strings.HasPrefix(viet.Fold(t), viet.Fold(src.Kind)) {
		return src.Kind + " “" + t + "”"
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(t, src.Kind+" ")); src.Issuer != "" && src.Kind != "" && strings.HasPrefix(t, src.Kind+" ") && unicode.IsLower(r) &&
		!strings.HasPrefix(t, src.Kind+" của ") && !strings.Contains(src.Issuer, ",") && words(src.Issuer) <= 6 {
		// no number: whose it is ("Nghị quyết của Quốc hội về chủ trương
		// đầu tư …", round 30), and when it was passed if the text says
		// ("Nghị quyết ngày 19/2/2025 của Quốc hội …", round 121: three
		// resolutions of one session told apart by their subjects only)
		on := ""
		if d := issuedRE.FindStringSubmatch(src.IssuedOn); d != nil && atoi(d[2]) >= 1 && atoi(d[2]) <= 12 && atoi(d[3]) >= 1 && atoi(d[3]) <= 31 {
			on = dated([]string{"", d[3], d[2], d[1]})
		}
		return src.Kind + on + " của " + src.Issuer + t[len(src.Kind):]
	}
	return t
}

// clauseRefsRE is a run of clauses and articles another act's title
// names: "khoản 1 Điều 1, khoản 2, khoản 3 Điều 3 và Điều 5 của ".
var clauseRefsRE = regexp.MustCompile(`(?:(?:khoản|điểm|Điều) [\dđa-z]+(?:,| và)? )+của `)

// namedKinds are documents without a number that a text may give whole:
// a title opening with one names the document, not an article.
var namedKinds = []string{"Tuyên bố chung", "Thông cáo chung", "Tuyên bố", "Công điện", "Lời kêu gọi"}

// quotedWhole is a document a news text gives whole under its name:
// "trân trọng giới thiệu toàn văn “Tuyên bố chung về kết quả …”".
var quotedWhole = regexp.MustCompile(`(?i)toàn văn\s+[“"]([^”"]{10,300})[”"]`)

// wholeText names the document a text gives whole, "" for an article: a
// title opening with a document's kind ("Tuyên bố chung Việt Nam-Hà
// Lan"), or the name the text quotes after "toàn văn". (Round 13: a joint
// statement given whole was asked as a news report, only for its targets,
// and gave no draft.)
func wholeText(src Source, title string) string {
	for _, k := range namedKinds {
		if strings.HasPrefix(title, k+" ") {
			return strings.TrimRight(title, ".")
		}
	}
	head := headOf(src)
	if m := quotedWhole.FindStringSubmatch(head); m != nil {
		name := strings.TrimRight(strings.TrimSpace(m[1]), ".")
		for _, k := range namedKinds {
			if strings.HasPrefix(name, k+" ") {
				return name
			}
		}
	}
	return ""
}

// figureIn reports whether the figure f stands in title as a number of
// its own (not inside a longer one).
func figureIn(f, title string) bool {
	for i := strings.Index(title, f); i >= 0; {
		before, after := byte(' '), byte(' ')
		if i > 0 {
			before = title[i-1]
		}
		if j := i + len(f); j < len(title) {
			after = title[j]
		}
		if !(before >= '0' && before <= '9') && !(after >= '0' && after <= '9') {
			return true
		}
		k := strings.Index(title[i+1:], f)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// shortRefRE is a headline's document by its number alone: "Nghị quyết
// 68", "theo Quy định 366".
// reviewRE is a headline's words before a document it reports carried
// out or reviewed, or undone: "Hủy Quyết định 01 của Chủ tịch UBND TP
// Rạch Giá" reports the decision annulled (round 104 credited the
// article's land dispute to the decision).
var reviewRE = regexp.MustCompile(`(?i)(?:thực hiện|triển khai|sơ kết|tổng kết|quán triệt|học tập|hủy|huỷ|hủy bỏ|thu hồi|bãi bỏ|đình chỉ|tạm dừng|tạm đình chỉ|sai phạm|vi phạm|khiếu nại|khởi kiện|kiện)\s`)

var shortRefRE = regexp.MustCompile(`(Nghị quyết|Kết luận|Quy định|Chỉ thị|Hướng dẫn|Quyết định) (\d{1,4})(?:[\s:,.?]|$)`)

// pageRef names a page's document by its kind and number, dated as the
// page's first lines date it.
func pageRef(src Source, kind, number string) string {
	ref := kind + " số " + number
	head := headOf(src)
	for off := 0; off < len(head); {
		at := strings.Index(head[off:], number)
		if at < 0 {
			break
		}
		if d := ownDate(head, off+at); d != nil {
			return ref + dated(d) + localBody(number, head, off+at)
		}
		off += at + len(number)
	}
	return ref + localBody(number, head, strings.Index(head, number))
}

// moreNumbersRE follows a title's number with another: "59 70 71 72",
// "59, 70".
var moreNumbersRE = regexp.MustCompile(`^(?:,? \d{1,4}|,? và \d{1,4})(?:[\s,]|$)`)

// bracketRefRE is a headline's document in brackets at its end.
var bracketRefRE = regexp.MustCompile(`\((Nghị quyết|Quyết định|Chỉ thị|Kết luận|Thông báo|Nghị định|Thông tư|Quy định|Hướng dẫn|Công điện|Kế hoạch|Chương trình|Đề án|Công văn) (?:số )?(\d{1,4}(?:\.\d{1,2})?(?:/\d{4})?[-/][\p{Lu}Đ][\p{L}\d/-]*[\p{L}\d])\)\s*$`)

// shortCodes are the codes of the Party's numbers by kind.
var shortCodes = map[string]string{"Nghị quyết": "NQ", "Kết luận": "KL", "Quy định": "QĐ", "Chỉ thị": "CT", "Hướng dẫn": "HD", "Quyết định": "QĐ"}

// kindOfCode is the kind a number's code says.
var kindOfCode = map[string]string{"NQ": "Nghị quyết", "CT": "Chỉ thị", "QĐ": "Quyết định", "KL": "Kết luận", "TB": "Thông báo",
	"HD": "Hướng dẫn", "BC": "Báo cáo", "QC": "Quy chế", "QĐi": "Quy định", "CTr": "Chương trình", "NQLT": "Nghị quyết liên tịch",
	"NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "L": "Luật"}

// year is the year the document was issued (its metadata, or the date its
// first lines give), 0 when unknown.
func (g *drafter) year() int {
	if len(g.src.IssuedOn) >= 4 {
		if y := atoi(g.src.IssuedOn[:4]); y > 1900 {
			return y
		}
	}
	head := headOf(g.src)
	if d := dateInText.FindStringSubmatch(head); d != nil {
		return atoi(d[3])
	}
	// no date: not before the laws its preamble cites ("Căn cứ Luật …
	// số 64/2025/QH15": a National Assembly resolution of 2025, round 30)
	y := 0
	for _, m := range citedYearRE.FindAllStringSubmatch(head, -1) {
		if v := atoi(m[1]); v > y && v <= 2100 {
			y = v
		}
	}
	return y
}

// citedYearRE finds the year in a cited law's number: "số 64/2025/QH15".
var citedYearRE = regexp.MustCompile(`số \d{1,4}/((?:19|20)\d\d)/`)

// headOf is the first 1,500 bytes of a document's text, where its own
// number, date and name are given.
func headOf(src Source) string {
	head := ""
	for _, p := range src.Pages {
		head += p
		if len(head) > 1500 {
			break
		}
	}
	if len(head) > 1500 {
		head = head[:1500]
	}
	return head
}
