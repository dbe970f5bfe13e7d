package draft

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// A document that issues another ("Thông tư số 22/2025/TT-BNV ban hành
// Nội quy và Quy chế thi tuyển, xét tuyển công chức") holds that one's
// articles under its heading and caption: "QUY CHẾ THI TUYỂN, XÉT TUYỂN
// CÔNG CHỨC" / "(Kèm theo Thông tư số 22/2025/TT-BNV …)". Its articles are
// the issued document's: "Điều 11" is the Quy chế's, not the Thông tư's
// (round 36: six of eight edits named the wrong document).

// issuedHeadRE is the heading of a document issued with another.
var issuedHeadRE = regexp.MustCompile(`^(QUY CHẾ|NỘI QUY|QUY ĐỊNH|QUY TRÌNH|KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN|ĐIỀU LỆ|CHIẾN LƯỢC)(?:\s|$)`)

// issuedCaptionRE is the caption under it.
var issuedCaptionRE = regexp.MustCompile(`^\((?:[Bb]an hành )?[Kk]èm theo `)

// issuedPart is where an issued document starts and what it is called.
type issuedPart struct {
	page, start int
	name        string // "Quy chế thi tuyển, xét tuyển công chức ban hành kèm theo Thông tư số 22/2025/TT-BNV"
	paper       bool   // a paper a page quotes (paperLead): named by it, held to the page's rules
}

// sortParts puts the parts found (issued documents, quoted acts, acts a
// page's headings name) in the order of the text, for refOf.
func (g *drafter) sortParts() {
	slices.SortStableFunc(g.parts, func(a, b issuedPart) int { return cmp.Or(a.page-b.page, a.start-b.start) })
}

// issuedParts finds the documents the text issues.
func (g *drafter) issuedParts() {
	for i, l := range g.lines[:max(len(g.lines)-1, 0)] {
		m := issuedHeadRE.FindStringSubmatch(l.text)
		if m == nil || strings.ContainsFunc(l.text, unicode.IsLower) {
			continue
		}
		head := l.text
		if !issuedCaptionRE.MatchString(g.lines[i+1].text) {
			// "KẾ HOẠCH" / "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN …" / "(Ban hành kèm
			// theo Quyết định số 2853/QĐ-UBND …)": its title on the lines
			// between, up to six as a PDF wraps them (round 42 named the
			// plan's points the decision's; round 99 a regulation's
			// articles the decision's, its title on two or three lines)
			k := 1
			for k <= 6 && i+k+1 < len(g.lines) && !issuedCaptionRE.MatchString(g.lines[i+k].text) && !strings.ContainsFunc(g.lines[i+k].text, unicode.IsLower) {
				k++
			}
			if k > 6 || i+k >= len(g.lines) || k == 1 || !issuedCaptionRE.MatchString(g.lines[i+k].text) || strings.TrimSpace(l.text) != m[1] {
				continue
			}
			var title []string
			for _, t := range g.lines[i+1 : i+k] {
				title = append(title, strings.TrimSpace(t.text))
			}
			head = m[1] + " " + strings.Join(title, " ")
		}
		kind := viet.UpperFirst(strings.ToLower(m[1]))
		if strings.HasPrefix(viet.Fold(g.ref), viet.Fold(kind)) {
			continue // the document is the plan itself ("Kế hoạch số …" over "KẾ HOẠCH" / "(Kèm theo Quyết định …)")
		}
		name := g.name(head)
		if name == "" || words(name) > 25 {
			name = kind
			if t := issuedInTitle(g.src.Title, kind); t != "" {
				// "Quyết định số 143/2025/QĐ-UBND ban hành Quy chế quản
				// lý, vận hành … Hệ thống thư điện tử công vụ": the
				// regulation named by the decision's title when its own
				// heading gives no name (round 102)
				name = t
			}
		}
		g.parts = append(g.parts, issuedPart{page: l.page, start: l.start, name: name + " ban hành kèm theo " + g.ref})
	}
}

// refOf names the document a line stands in: the issued one it is under,
// or the text's own.
func (g *drafter) refOf(l dline) string {
	if p := g.partOf(l); p != nil {
		return p.name
	}
	return g.ref
}

// partOf is the part a line stands in, nil for none.
func (g *drafter) partOf(l dline) *issuedPart {
	var at *issuedPart
	for i, p := range g.parts {
		if l.page > p.page || l.page == p.page && l.start >= p.start {
			at = &g.parts[i]
		}
	}
	return at
}

// inPaper says whether a line stands in a paper a page quotes (paperLead).
func (g *drafter) inPaper(l dline) bool {
	p := g.partOf(l)
	return p != nil && p.paper
}

// articleAt is the article a line stands in ("Điều 9"), "" outside one.
func (g *drafter) articleAt(at dline) string {
	article := ""
	for _, l := range g.lines {
		if l.page == at.page && l.start == at.start {
			return article
		}
		if l.heading && !l.sub {
			article = ""
			if m := articleRE.FindStringSubmatch(l.text); m != nil {
				article = m[1]
			}
		}
		article = quotedArticle(l, article)
	}
	return ""
}

// citedArticleRE opens a legal site's quotation of an article: "Căn cứ
// Điều 4 Thông tư 43/2025/TT-BYT quy định về nhiệm vụ, quyền hạn …:".
var citedArticleRE = regexp.MustCompile(`^(?:(?:Ngoài ra|Bênh? cạnh đó|Đồng thời|Mặt khác|Hiện nay|Cụ thể),? )?(?:[Cc]ăn cứ|[Tt]heo quy định tại|[Tt]heo|[Tt]ại) (?:theo quy định tại |quy định tại |theo |tại |vào )?(?:(?:khoản|điểm) [\dđa-z]+(?:,| và| tại)? )*[Đđ]iều (\d+) `)

// quotedArticle is the article a page's lines stand in after line l: the
// one it quotes, none after its next question (round 36: a circular's
// duties, sorted under their groups on a page, were dropped as sorting).
func quotedArticle(l dline, article string) string {
	switch {
	case !l.body || l.heading || l.item != "" || proposes(l.text):
		return article
	case citedArticleRE.MatchString(l.text):
		return "Điều " + citedArticleRE.FindStringSubmatch(l.text)[1]
	case quotedLawRE.MatchString(l.text):
		return leadArticle(l.text)
	case strings.HasSuffix(l.text, "?") || quotedActRE.MatchString(l.text):
		return "" // (nor an act quoted next: "Theo Tiểu mục 1 Mục II Nghị quyết 05-NQ/TW năm 2016 … như sau:", round 62)
	}
	return article
}

// backgroundRE opens a sentence that tells the rule before this one.
var backgroundRE = regexp.MustCompile(`^(?:…\s*)?(?:Trước đó|Trước đây|Hiện nay|Hiện hành|Theo quy định hiện hành)[, ]`)

// background says whether a figure is an earlier act's, told as the
// story before this one's: "Trước đó, Nghị định số 100/2024/NĐ-CP chưa
// quy định …", "Hiện nay, … theo Nghị định số 100/2024/NĐ-CP lãi suất
// 6,6%/năm" in a report of the decree that replaces it (round 38: the
// old rate asked as the new decree's).
func (g *drafter) background(f fact) bool {
	own := g.src.Number
	if m := titleNumberRE.FindStringSubmatch(g.ref); m != nil && own == "" {
		own = m[2]
	}
	if own == "" {
		own = anyNumberRE.FindString(g.ref) // ("Nghị quyết số 1654/NQ-UBTVQH15": "1654/NQ")
	}
	// a sentence, or the line before, that opens with the act it gives
	// ("Cần Thơ: Tại Nghị quyết số 1668/NQ-UBTVQH15, Ủy ban Thường vụ Quốc
	// hội quyết nghị …" / "… trong đó có …… phường") on a page named by
	// another act (round 81: a page of 34 provinces' resolutions credited
	// all to the first)
	// (or whose subject is such an act: "Lưu ý, Nghị quyết 201/2025/QH15
	// có hiệu lực … và được thực hiện trong 05 năm" on a page named by
	// Luật Nhà ở, round 89)
	other := func(s string) bool {
		if m := actSubjectRE.FindStringSubmatch(s); m != nil && !strings.Contains(g.ref, m[1]) {
			return own == "" || !strings.Contains(m[1], own) && !strings.Contains(own, m[1])
		}
		m := citedOpenRE.FindStringSubmatch(s)
		return m != nil && own != "" && !strings.Contains(m[1], own) && !strings.Contains(own, m[1])
	}
	if f.sent >= 0 && f.sent < len(f.line.text) && other(f.line.text[f.sent:]) {
		return true
	}
	if i := g.lineOf(f.line); i > 0 && g.lines[i-1].page == f.line.page && other(g.lines[i-1].text) {
		return true
	}
	if f.sent >= 0 && f.sent < len(f.line.text) && reportedRE.MatchString(f.line.text[f.sent:]) && g.src.Kind != "Báo cáo" {
		// "Theo báo cáo của 23 địa phương …, nhu cầu nhà ở công vụ …
		// khoảng 45.000 người": the figures a page gives for the need
		// an act answers, not the act's (round 88)
		return true
	}
	if !backgroundRE.MatchString(strings.TrimSpace(f.clause)) {
		return false
	}
	for _, n := range anyNumberRE.FindAllString(f.clause, -1) {
		if own == "" || !strings.Contains(n, own) && !strings.Contains(own, n) {
			return true
		}
	}
	return false
}

// reportedRE opens a sentence on what others reported or counted.
var reportedRE = regexp.MustCompile(`^(?:Theo (?:báo cáo|số liệu|thống kê|kết quả (?:rà soát|khảo sát|điều tra))(?: của| từ|,|\s)|Qua (?:rà soát|khảo sát|thống kê)(?:,|\s))`)

// subjectRE finds who a sentence's first clause gives its clauses to:
// "…, Ủy ban nhân dân cấp tỉnh được quyết định …".
var subjectRE = regexp.MustCompile(`(?:^|, )(\p{Lu}[\p{L}\- ]{2,60}?) (được|có trách nhiệm|chịu trách nhiệm|có quyền) `)

// clauseSubject is the subject, with its verb, that a clause cut from the
// sentence before it lacks ("quyết định chính sách khuyến khích …" after
// "…, Ủy ban nhân dân cấp tỉnh được quyết định hệ số …;"), "" when the
// clause has its own or the sentence gives none (round 38: six of ten
// stems lacked their subject).
func clauseSubject(before, clause string) string {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(clause, "… "))
	if !unicode.IsLower(r) {
		return ""
	}
	m := subjectRE.FindStringSubmatch(before)
	if m == nil || !namesBody(m[1]) || words(m[1]) > 10 {
		// or the body the sentence opens with: "3. Ban cán sự đảng Chính
		// phủ lãnh đạo, chỉ đạo …; phối hợp với Đảng đoàn Quốc hội …" (round
		// 73: the blank's clause said not who)
		o := ownerOf(before)
		for _, verb := range []string{" lãnh đạo", " chỉ đạo"} {
			if t := strings.TrimSuffix(o, verb); t != o && namesBody(t) && words(t) >= 2 {
				o = t // ("Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo …")
			}
		}
		return o
	}
	return m[1] + " " + m[2]
}

// actName is an act's name where a page's first line, its title, is a
// sentence about it: "Luật Thuế tiêu thụ đặc biệt 2025 đã được Quốc hội
// thông qua tại kỳ họp thứ 9 …" is "Luật Thuế tiêu thụ đặc biệt 2025"
// (round 80: every stem began with the whole sentence).
func actName(t string) string {
	if m := actSentenceRE.FindStringSubmatch(t); m != nil {
		return m[1]
	}
	return t
}

// actSentenceRE is a sentence opening with an act's name and year.
var actSentenceRE = regexp.MustCompile(`^((?:Luật|Bộ luật|Nghị định|Nghị quyết|Pháp lệnh) [^,.;:]{3,120}? (?:năm )?\d{4}) (?:đã được|được|đã|có hiệu lực|chính thức) `)

// citedOpenRE opens a sentence with the act it gives, by number, after a
// place's label: "Cần Thơ: Tại Nghị quyết số 1668/NQ-UBTVQH15, …".
// actSubjectRE opens a sentence whose subject is an act by number: "Lưu
// ý, Nghị quyết 201/2025/QH15 có hiệu lực từ …".
var actSubjectRE = regexp.MustCompile(`^(?:(?:Lưu ý|Ngoài ra|Bên cạnh đó),\s*)?(?:Nghị quyết|Quyết định|Nghị định|Thông tư|Kết luận|Chỉ thị|Luật) (?:số )?(\d{1,5}(?:/\d{4})?[-/][\p{Lu}Đ][\p{L}\d/-]*[\p{L}\d]) (?:có hiệu lực|được thực hiện|được áp dụng|hết hiệu lực)`)

var citedOpenRE = regexp.MustCompile(`^(?:\p{Lu}[^:.;]{0,30}:\s*)?(?:Tại|Theo|Căn cứ) (?:Nghị quyết|Quyết định|Nghị định|Thông tư|Kết luận|Chỉ thị) (?:số )?(\d{1,5}(?:/\d{4})?[-/][\p{Lu}Đ][\p{L}\d/-]*[\p{L}\d]),`)

// localActBodyRE is a council or a people's committee by its place: "Hội
// đồng nhân dân thành phố Hà Nội", "UBND tỉnh Đồng Tháp".
var localActBodyRE = regexp.MustCompile(`(Hội đồng nhân dân|HĐND|Ủy ban nhân dân|UBND) (tỉnh|thành phố|TP\.?) (\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,3})`)

// localBody names who issued a local act a page is named by, from the
// sentence its number first stands in: " của HĐND thành phố Hà Nội" for
// "Ngày 27/11/2025, Hội đồng nhân dân thành phố Hà Nội đã thông qua Nghị
// quyết 81/2025/NQ-HĐND …" (round 84: the source said not whose); ""
// for a central act, or when the sentence names none or two.
func localBody(number, head string, at int) string {
	code := number[strings.LastIndex(number, "-")+1:]
	if at < 0 || !localCodes[code] {
		return ""
	}
	from, to := sentenceAround(head, at)
	all := localActBodyRE.FindAllStringSubmatch(head[from:to], -1)
	if len(all) != 1 {
		return ""
	}
	body := strings.Replace(strings.Replace(all[0][1], "Hội đồng nhân dân", "HĐND", 1), "Ủy ban nhân dân", "UBND", 1)
	if !strings.HasSuffix(code, body) {
		return "" // (a council's resolution is "-HĐND", a committee's "-UBND")
	}
	place := strings.TrimSuffix(all[0][2], ".")
	if place == "TP" {
		place = "thành phố"
	}
	return " của " + body + " " + place + " " + all[0][3]
}

// sentenceAround is where the sentence holding byte at of a text starts
// and ends: at the line breaks or ". " either side.
func sentenceAround(head string, at int) (from, to int) {
	from = max(strings.LastIndex(head[:at], "\n"), strings.LastIndex(head[:at], ". ")) + 1
	to = len(head)
	for _, sep := range []string{"\n", ". "} {
		if i := strings.Index(head[at:], sep); i >= 0 && at+i < to {
			to = at + i
		}
	}
	return from, to
}

// soleNumber is the number of the one act of kind a page names in its
// text ("Quyết định số 45/2025/QĐ-TTg"), "" if it names none or several:
// a page that opens with the act's scope article ("Quyết định này quy
// định về …") is on that act.
func soleNumber(src Source, kind string) string {
	re := regexp.MustCompile(regexp.QuoteMeta(kind) + ` số (\d{1,5}(?:/\d{4})?/[\p{Lu}Đ]+(?:-[\p{Lu}Đ\p{Ll}]+)*)( có hiệu lực)?`)
	found, inForce, several := "", "", false
	for _, p := range src.Pages {
		for _, m := range re.FindAllStringSubmatch(p, -1) {
			if m[2] != "" && (inForce == "" || inForce == m[1]) {
				// "Nghị định số 92/2025/NĐ-CP có hiệu lực thi hành từ ngày
				// 15/6/2025": the page's act among the ones it cites (round
				// 92: "Nghị định số 204/2004/NĐ-CP" beside it)
				inForce = m[1]
			} else if m[2] != "" {
				return ""
			}
			several = several || found != "" && found != m[1]
			found = m[1]
		}
	}
	if inForce != "" {
		return inForce
	}
	if several {
		return ""
	}
	return found
}

// issuedInTitle is the name a decision's title gives the document it
// issues: "… ban hành Quy chế quản lý cụm công nghiệp …" → "Quy chế quản
// lý cụm công nghiệp …"; "" if none, or too long to name it by.
func issuedInTitle(title, kind string) string {
	i := strings.Index(title, "ban hành "+kind+" ")
	if i < 0 {
		return ""
	}
	name := strings.TrimSpace(title[i+len("ban hành "):])
	if c := strings.IndexAny(name, "(;?"); c >= 0 {
		name = strings.TrimSpace(name[:c])
	}
	if c := strings.Index(name, ". "); c >= 0 {
		name = name[:c]
	}
	// (a regulation's name whole to 26 words: "Quy chế quản lý, sử dụng
	// Hệ thống thư điện tử công vụ trong các cơ …" named every draft of
	// round 114's, cut at 16)
	// (a longer one cut at its last comma within 36 words, not mid-name:
	// "… Chi nhánh Văn phòng đăng …", round 119)
	name = strings.TrimSuffix(name, ".")
	if w := strings.Fields(name); len(w) <= 40 {
		return cutWords(name, 3, 40) // whole (round 120: "… trong các cơ quan hành …" cut at 24)
	} else if len(w) > 26 {
		for k := min(36, len(w)-1); k >= 12; k-- {
			if strings.HasSuffix(w[k-1], ",") || strings.HasSuffix(w[k-1], ";") {
				return strings.TrimRight(strings.Join(w[:k], " "), ",;") + " …"
			}
		}
	}
	return cutWords(name, 3, 24)
}

// cutWords is s if it has at least least words, cut to about most words
// with "…" if longer (at a comma, never on a word that leaves the phrase
// hanging: cutAt); "" if shorter.
func cutWords(s string, least, most int) string {
	w := strings.Fields(s)
	switch {
	case len(w) < least:
		return ""
	case len(w) > most+2:
		return cutAt(w, most) + " …"
	}
	return strings.Join(w, " ")
}

// actSubject is what a document's title says it is about after its kind
// and number ("Nghị định số 302/2025/NĐ-CP quy định chi tiết về Quỹ nhà ở
// quốc gia …" → "quy định chi tiết về Quỹ nhà ở quốc gia …"), cut to a
// dozen words or so; "" when the title says nothing more.
func (g *drafter) actSubject() string {
	t := g.src.Title
	if g.src.Number == "" {
		return ""
	}
	i := strings.Index(t, g.src.Number)
	if i < 0 {
		return ""
	}
	rest := strings.TrimSpace(t[i+len(g.src.Number):])
	if !subjectOpenRE.MatchString(rest) {
		return ""
	}
	if c := strings.IndexAny(rest, "(;?"); c >= 0 {
		rest = strings.TrimSpace(rest[:c])
	}
	if c := strings.Index(rest, ". "); c >= 0 {
		rest = rest[:c]
	}
	return cutWords(strings.TrimSuffix(rest, "."), 3, 14)
}

// articlePrefixRE is the article or clause a ref opens with.
var articlePrefixRE = regexp.MustCompile(`^(?:(?:khoản|điểm) [\dđa-z]+ )*Điều \d+[a-zđ]? `)

// subjectOpenRE opens the subject of a title after the number.
var subjectOpenRE = regexp.MustCompile(`^(?:quy định|về|hướng dẫn|ban hành|sửa đổi|bổ sung|phê duyệt)\s`)

// countRef names an article's act for a count by its subject too: "có
// bao nhiêu nguyên tắc thực hiện?" of "Điều 2 Nghị định số 171/2025/NĐ-CP"
// says not what they govern (round 102: 9 of 30 stems so).
func (g *drafter) countRef(ref string) string {
	// (the document's own article or clause only, not a regulation it
	// issues: "Quy chế … ban hành kèm theo Quyết định số …" is named)
	if g.ref == "" || strings.TrimSpace(articlePrefixRE.ReplaceAllString(ref, "")) != g.ref {
		return ref
	}
	if s := g.actSubject(); s != "" {
		return ref + " " + s
	}
	return ref
}
