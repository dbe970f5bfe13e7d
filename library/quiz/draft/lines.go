package draft

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/mdtext"
	"sotay/internal/viet"
)

// What a line of the document is: a heading, an item and its class, a
// footnote, a worked example, the signature and what follows it.

// trailingRefsRE is an encyclopedia's reference marks at a line's end:
// "… quy định Ban Chỉ đạo có nhiệm vụ:[5]" is a lead ending with its
// colon (round 70: its points were asked as the page's).
var trailingRefsRE = regexp.MustCompile(`(?:\[\d{1,3}\])+$`)

// trailingRefs is a line without the reference marks it ends with, nor
// an encyclopedia's edit link it starts with ("[sửa | sửa mã nguồn]",
// pasted as text).
func trailingRefs(t string) string {
	if strings.HasPrefix(t, "[") {
		t = mdtext.EditLinkRE.ReplaceAllString(t, "")
	}
	if strings.HasSuffix(t, "]") {
		return strings.TrimSpace(trailingRefsRE.ReplaceAllString(t, ""))
	}
	return t
}

// subPointRE opens a point numbered within another: "2.1. ", "3.2 ".
var subPointRE = regexp.MustCompile(`^\d{1,2}\.\d{1,2}\.?\s+\p{Lu}`)

// footnoteLineRE opens a footnote of a text from the web: "[3] Thông tư
// số 01/2021/TT-BYT …", or a page's link to another of its pages: ">> 3
// Nghị quyết của Chính phủ thực hiện …" (round 62 asked two); or it is a
// table's row of three cells or more, no sentence ("Chuyển đổi pp tính
// thuế\tKhông áp dụng\tNếu DT > 3 tỷ …", round 63).
// (An encyclopedia's references, "^Điều 8 … ^"Bản sao đã lưu trữ". Bản
// gốc lưu trữ ngày 8 tháng 8 năm 2014. Truy cập ngày …", are notes too:
// round 70 asked five of their dates.)
// (And a contest's question, "Câu 6: Trong Nghị quyết 57, nhân tố nào …?":
// round 72 blanked its words.)
var footnoteLineRE = regexp.MustCompile(`^(?:\[\d{1,3}\]|>>|»|\^|Câu \d{1,3}\s*[:.]|[^\t]*\t[^\t]*\t)|(?:Truy cập|Bản gốc lưu trữ|Lưu trữ bản gốc) ngày \d| tại Wayback Machine`)

// gluedNoteRE is a footnote's number glued to the word it follows:
// "văn bản chỉ đạo của Trung ương2 và 3" (round 18); not a unit's power
// ("km2", "m3").
// (or to a closing quotation mark: "… đại thành công”7", round 25)
var gluedNoteRE = regexp.MustCompile(`(\p{Ll}{3,}|[”"])\d{1,2}(\s|[,;.:”]|$)`)

// placeholderRE is a made-up name of a worked example: "Nguyễn Văn X",
// "Tỉnh ủy A", "Đảng bộ tỉnh A".
// (the letter alone: "đồng chí Tổng Bí thư" is no "đồng chí T", round 22)
// (not a real name of one letter and a word: "05 xã A Lưới 1, A Lưới 2",
// round 111 lost the clause that names them)
var placeholderRE = regexp.MustCompile(`(Văn|tỉnh|Tỉnh ủy|Tỉnh uỷ|huyện|xã|Đảng bộ|đồng chí|Đồng chí|cơ quan|đơn vị) [A-Z](?:[,.;:)]|$|\s+[^\p{Lu}\s])`)

// example says whether a line is a worked example: it opens "Ví dụ", or
// names a made-up body or person, or follows a bare "Ví dụ 1:".
func example(t string, before []dline) bool {
	// (its label in a converter's stars: "*Ví dụ: *Đảng bộ tỉnh A …", round
	// 110 asked its "tối đa là 14 người" as the guidance's rule)
	if labelledExample(t) || mayPlaceholder(t) && placeholderRE.MatchString(t) {
		return true
	}
	if n := len(before); n > 0 {
		p := strings.Trim(before[n-1].text, "* ")
		if strings.HasPrefix(p, "Ví dụ") && !strings.ContainsAny(p[len(p)-1:], ".!?") && !isHeading(t) && !articleRE.MatchString(strings.Trim(t, "* ")) {
			return true // its label alone, or its sentence going on: "… *(iii)" / "*Ủy viên … tối đa là 14 người."
		}
		if before[n-1].worked && !isHeading(t) && !articleRE.MatchString(strings.Trim(t, "* ")) {
			// an example's working, line by line, to the next clause or
			// point of the text: "Ví dụ 1 (Minh họa Điểm b Khoản 2 Điều
			// 3): …" / "- Stent thứ nhất …: 51.000.000 x 80% = 40.800.000
			// đồng" (round 133 asked ten such figures as the circular's)
			if c := itemClass(strings.Trim(t, "* ")); c != "num" && c != "alpha" {
				return true
			}
		}
	}
	return workingRE.MatchString(t)
}

// labelledExample says whether a line opens an example by its label.
func labelledExample(t string) bool {
	return strings.HasPrefix(strings.TrimLeft(t, "* "), "Ví dụ")
}

// workingRE is a sum worked out: "51.000.000 x 80% = 40.800.000".
var workingRE = regexp.MustCompile(`\d[\d.,]*%?\s*[x×*]\s*\d[\d.,]*%?\s*=\s*\d`)

// signMarkRE opens a signature ("KT. CHỦ TỊCH", "T/M BỘ CHÍNH TRỊ"), and
// attachedRE the heading of a plan or programme a document issues after
// it. What a web page puts after a signature ("Hỗ trợ: (028) …", the
// site's other news) is no text of the document (round 22).
var (
	signMarkRE = regexp.MustCompile(`^(?:KT\.|TM\.|T/M|K/T|TL\.|TUQ\.|Q\.)\s*\p{Lu}{2}`)
	// signedInRE is the signature run into the filing line of a page on
	// one line: "- Lưu: VT, CN (2b). THỦ TƯỚNG Phạm Minh Chính".
	signedInRE = regexp.MustCompile(`^[-–]?\s*Lưu\b.*\s(?:(?:KT|TM|TL|TUQ)\.\s*)?(?:THỦ TƯỚNG|PHÓ THỦ TƯỚNG|CHỦ TỊCH|PHÓ CHỦ TỊCH|BỘ TRƯỞNG|TỔNG BÍ THƯ|BÍ THƯ|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|GIÁM ĐỐC)\s+\p{Lu}\p{Ll}`)
	// siteChromeRE is a legal site's own text after a document it shows:
	// its log-in notices, its company's address and staff (round 48 asked
	// three such figures as the Prime Minister's).
	siteChromeRE = regexp.MustCompile(`Hiện tại có đủ người dùng cùng lúc|Bạn Chưa Đăng Nhập|Văn bản này chưa cập nhật nội dung Tiếng Anh|^#+ Văn bản liên quan|Mã số thuế:|THƯ VIỆN PHÁP LUẬT|LawNet|Xin lỗi Quý khách vì sự bất tiện`)
	// siteNoticeRE is a legal site's notice over a document it shows: "CÁC
	// NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN" named the part of a telegram's
	// deadlines (round 109), its table of the document's particulars.
	siteNoticeRE   = regexp.MustCompile(`(?i)^(?:các nội dung được sửa đổi, hướng dẫn$|các nội dung của vb này được vb khác|click vào phần bôi vàng|đang tải văn bản|bản dịch này thuộc quyền sở hữu|(?:số hiệu|loại văn bản|nơi ban hành|người ký|ngày ban hành|ngày hiệu lực|ngày công báo|số công báo|tình trạng):\s*$)`)
	noteMarkOnlyRE = regexp.MustCompile(`^\[\d{1,3}\]$`) // a footnote's mark on its own line
	attachedRE     = regexp.MustCompile(`^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|HƯỚNG DẪN|ĐIỀU LỆ|CHIẾN LƯỢC)(?:\s|$)|^\((?:Ban hành )?[Kk]èm theo`)
)

// gluedMarkRE is a numbered point's marker glued to its text: "7.Dữ liệu".
var gluedMarkRE = regexp.MustCompile(`^(\d{1,2}\.)\p{Lu}`)

// annexRE opens an annex: its table rows, flattened, are no text to ask
// (round 14: blanks on row numbers and on a task's period in a row); a
// form's heading alone on its line, "Mẫu số 01", too (round 113 asked six
// of a declaration form's footnote marks).
var annexRE = regexp.MustCompile(`^(PHỤ LỤC|Phụ lục)(\s|$)|^(?:Mẫu|MẪU|Biểu mẫu)(?: số| SỐ)? \d{1,2}[a-zđ]?(?:[/.][\p{L}\d-]+)?$`)

// labelRE is how the labels of a resolution's parts begin: a line holding
// one alone ("Mục tiêu cụ thể đến năm 2020") names the paragraph after it.
var labelRE = regexp.MustCompile(`^(Mục tiêu|Tầm nhìn|Quan điểm|Nhiệm vụ|Giải pháp|Định hướng)\b`)

// subHeading says whether a line of the body may be a sub-heading without
// a mark: a few words in sentence case, no sentence's end.
func subHeading(l dline) bool {
	if l.heading || l.item != "" || !l.body {
		return false
	}
	n := words(l.text)
	r, _ := utf8.DecodeRuneInString(l.text)
	last, _ := utf8.DecodeLastRuneInString(l.text)
	return n >= 2 && n <= 32 && unicode.IsUpper(r) && !strings.ContainsRune(".;:!?,…", last) && !strings.Contains(l.text, ". ")
}

var (
	// "(số 11-NQ/TW)", "Nghị quyết số 12-NQ/TW": a document's number as
	// a news text gives it.
	// "số 403/2017/NQLT-UBTVQH14-…", "số 25/2017/QĐ-TTg": a number with
	// its year before the code.
	numberInText = regexp.MustCompile(`số (\d{1,4}[a-z]?(?:/\d{4})?[-/](NQLT|NQ|CT|QĐ|KL|TB|HD|BC|QC|QĐi|CTr|NĐ|TT|TTLT|L)(?:[-/][\p{Lu}\p{Ll}\d-]{1,40})?)\b`)
	// "Ngày 3/6/2017", "ngày 03 tháng 6 năm 2017".
	dateInText = regexp.MustCompile(`[Nn]gày (\d{1,2})(?:/| tháng )(\d{1,2})(?:/| năm )(\d{4})`)
	headingRE  = regexp.MustCompile(`^(Chương [IVXLC]+\b|Phần thứ \S+|Điều \d+[a-z]?(?:\.|\s*$)|Mục \d+\.|[IVXLC]{1,5}\.\s|[IVXLC]{1,5}\s?[-–]\s+\p{Lu}{2,})`)
	itemREs    = []struct {
		class string
		re    *regexp.Regexp
	}{
		// ("(1) Tiếp tục đổi mới …" of a congress's orientations: round 26)
		// ("103. Sau khi sắp xếp, …" of a resolution of 103 clauses, round 112)
		{"num", regexp.MustCompile(`^(?:\d{1,2}(?:[.)]|\s?[-–])|[1-9]\d{2}\.|\(\d{1,2}\))\s+`)},
		// ("a- Được hưởng …", round 35; "(a) Trong thời hạn …", round 77)
		{"alpha", regexp.MustCompile(`^(?:[a-zđ](?:\)|\s?[-–])|\([a-zđ]\))\s+`)},
		{"dash", regexp.MustCompile(`^(?:[-–•*]|\+{1,2})\s+`)},
		// "Một là, …", "Thứ hai, …": an article's points counted in words
		{"enum", regexp.MustCompile(`^(?:(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*,\s*`)},
		{"ordinal", regexp.MustCompile(`^\p{Lu}[\p{Ll}\p{Lu} ]{1,40}? thứ (nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)\s*[:.]\s*`)},
		{"step", regexp.MustCompile(`^(Bước|Giai đoạn|Nhóm|Phần) \d{1,2}\b[^:]{0,40}[.:]\s*`)},
	}
)

func isHeading(s string) bool {
	if headingRE.MatchString(s) {
		return true
	}
	words := strings.Fields(s)
	return len(words) >= 2 && len(words) <= 16 && viet.Capitals(s) >= 2 && !strings.ContainsFunc(s, unicode.IsLower)
}

func itemClass(s string) string {
	for _, c := range itemREs {
		if c.re.MatchString(s) {
			return c.class
		}
	}
	return ""
}

// itemRank is how deep a point of each mark stands: a title over points
// stands above them ("2. Hệ số …" over "a) …"), never below ("c) Tính các
// khoản trích …" is no title of the "2. Từ ngày 01 tháng 7 năm 2024, …"
// after it, round 79).
var itemRank = map[string]int{"num": 1, "enum": 1, "ordinal": 1, "step": 1, "alpha": 2, "dash": 3}

// stripItem removes an item's marker.
func stripItem(s string) string {
	for _, c := range itemREs {
		if loc := c.re.FindStringIndex(s); loc != nil {
			return strings.TrimSpace(s[loc[1]:])
		}
	}
	return s
}

// titleLine says whether line i is a part's title of its own between
// paragraphs: a dozen words at most, no figure, no colon, after a
// sentence's end and before a sentence ("… thẩm quyền." / "Thời gian
// tiến hành đại hội đảng bộ các cấp" / "Đại hội …"), not a wrapped
// line's piece ("Có 100% cá nhân trong tập thể").
func (g *drafter) titleLine(i int) bool {
	t := g.lines[i].text
	if words(t) > 12 || strings.ContainsAny(t, "0123456789:") || i == 0 || i+1 >= len(g.lines) {
		return false
	}
	prev, next := strings.TrimSpace(g.lines[i-1].text), g.lines[i+1].text
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	return strings.ContainsRune(".!?;”", last) && unicode.IsUpper(first)
}

// letterRE is a part lettered in capitals: "A. Thành lập các tiểu ban",
// "D.1. Số lượng đại biểu chính thức"; group 1 is its letter.
var letterRE = regexp.MustCompile(`^([A-H])\.(?:\d{1,2}\.)?\s+\p{Lu}`)

// letterSections marks a text's parts lettered A., B., C. … as headings
// when it has them in order ("A. …" then "B. …"): a plan's parts, each
// naming the figures under it (round 91: "E. Đại biểu khách mời" was no
// part, its share asked as the "C." before it, which read as a Roman
// numeral). Short titles only: a lettered sentence stays text.
func letterSections(lines []dline) {
	seen := map[byte]bool{}
	for _, l := range lines {
		if m := letterRE.FindStringSubmatch(l.text); m != nil && l.item == "" {
			seen[m[1][0]] = true
		}
	}
	if !seen['A'] || !seen['B'] {
		return
	}
	for i := range lines {
		l := &lines[i]
		if m := letterRE.FindStringSubmatch(l.text); m != nil && l.item == "" && l.body && words(l.text) <= 18 && !strings.ContainsAny(l.text[len(l.text)-1:], ".;:") {
			l.heading = true
		}
	}
}

// mottoLineRE is the national motto a letterhead carries: a line with it
// is no body, wherever it stands — a conversion can leave the letterhead
// after the last article, "CHÍNH PHỦ _______ Số: 30/2020/NĐ-CP | CỘNG HÒA
// … Hà Nội, ngày 05 tháng 3 năm 2020" (round 104: its date was asked as
// Điều 38's).
var mottoLineRE = regexp.MustCompile(`(?i)CỘNG H(?:OÀ|ÒA|OA) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc`)

// unquote takes an amendment's quote marks off a line, and lead, the
// runes before its text, past the opening one.
func unquote(t string, lead int) (string, int) {
	if q := strings.TrimLeft(t, "\"“"); len(q) < len(t) && (itemClass(q) != "" || articleRE.MatchString(q)) {
		// an amending decree quotes the points it puts in: "\"2. Đối
		// với Thôn đội trưởng: …", "\"Điều 8. …" are points and
		// articles (round 28 named them all by the first point)
		lead += utf8.RuneCountInString(t) - utf8.RuneCountInString(q)
		t = strings.TrimRight(q, "\"”")
	}
	if body := strings.TrimRight(t, ".;"); strings.Count(t, "\"")%2 == 1 && strings.HasSuffix(body, "\"") {
		t = strings.TrimSuffix(body, "\"") + t[len(body):] // the quote's close: "… 234.000 đồng\"."
	}
	if body := strings.TrimRight(t, ".;"); strings.Count(t, "”") > strings.Count(t, "“") && strings.HasSuffix(body, "”") {
		t = strings.TrimSuffix(body, "”") + t[len(body):] // an amendment's close: "… hằng năm.”" (round 111 quoted it ”.”)
	}
	return t, lead
}
