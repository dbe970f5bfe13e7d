// Package vanban reads the structure of Vietnamese administrative and
// Party documents (văn bản): the letterhead (issuing body, number, place
// and date), the kind and subject (trích yếu), the signature block, and
// the outline of headings (Phần, Chương, Mục, Điều, I., 1., a)).
package vanban

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// Meta is what a document says about itself.
type Meta struct {
	Kind       string // "Nghị quyết", "Công văn", …
	Number     string // "15-NQ/QU"
	IssuedOn   string // "2025-03-12"
	Place      string // "Tây Giang"
	Issuer     string // "Quận ủy Tây Giang"
	Signer     string // "Nguyễn Văn Khải"
	SignerRole string // "T/M Quận ủy, Bí thư"
	Subject    string // "về đẩy mạnh chuyển đổi số …"
	Title      string // kind + number + subject for a formal document, else the first line
}

var (
	// "Số: 15-NQ/QU", and in a letterhead "Luật số: 07/2017/QH14" (the
	// colon tells it from a title "Nghị quyết số 15-NQ/QU về …").
	numberRe = regexp.MustCompile(`^[*\s]*(?:Số\s*[:.]?|(?:Luật|Bộ luật|Pháp lệnh|Lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Thông tư liên tịch)\s+số\s*:)\s*(\d+[A-Za-zĐđ0-9.]*(?:\s*[-/]\s*[A-Za-zĐđ0-9.]+)+)`)
	dateRe   = regexp.MustCompile(`,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	mottoRe  = regexp.MustCompile(`(?i)ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H(?:OÀ|ÒA|OA) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc`)
	// ("(Ban hành kèm theo Nghị quyết số 197/2025/QH15 ngày 17/5/2025)",
	// "(Kèm theo … ngày 03 tháng 12 năm 2025 của Chính phủ)": round 30)
	annexOfRe    = regexp.MustCompile(`\((?:[Bb]an hành )?[Kk]èm theo (Nghị quyết|Quyết định|Chỉ thị|Kết luận|Hướng dẫn|Kế hoạch|Quy định|Thông báo|Chương trình|Đề án|Công văn|Nghị định|Thông tư) số (\d{1,5}[\p{L}\d./-]*[/-][\p{Lu}\p{L}\d/&-]*[\p{L}\d])(?:,? ngày (\d{1,2})(?:/| tháng )(\d{1,2})(?:/| năm )(\d{4}))?(?: của ([^()]{3,80}))?\)`)
	issuerNameRe = regexp.MustCompile(`^(?:Ban|Bộ|Ủy ban|Uỷ ban|Văn phòng|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng ủy|Thủ tướng|Chính phủ|Quốc hội|Hội đồng) \p{L}`)
	markerRe     = regexp.MustCompile(`(?:^|\s)(T/M|TM\.|TM|KT\.|KT|K/T|TL\.|T/L|TUQ\.|Q\.)\s+\p{Lu}`)
)

// ReadMeta reads a document's metadata from its text (pages joined by \f
// or \n). Only the head and the tail are looked at.
func ReadMeta(text string) Meta {
	text = strings.ReplaceAll(text, "\f", "\n")
	var lines []string
	for l := range strings.Lines(text) {
		if l = strings.TrimSpace(l); l != "" {
			if len(lines) < 3 {
				lines = append(lines, SplitLetterhead(l)...) // a letterhead on one line
				continue
			}
			lines = append(lines, l)
		}
	}
	lines = pastSiteCard(lines)
	head := lines[:min(len(lines), 40)]
	var m Meta
	numLine, kindLine := -1, -1
	points := 0 // list points seen: past them a heading in capitals is a part's, not the kind's
	for i, l := range head {
		if pointLineRe.MatchString(l) {
			points++
		}
		if m.Number == "" && i < 15 && (strings.Contains(l, "Số") || strings.Contains(l, "số")) {
			g := numberRe.FindStringSubmatch(l)
			if j := strings.Index(l, "Số:"); g == nil && j > 0 && allCaps(l[:j]) {
				g = numberRe.FindStringSubmatch(l[j:]) // "QUỐC HỘI ____ Số: 97/2025/QH15" on one line
			}
			if g == nil && i+1 < len(head) && strings.TrimRight(strings.Trim(l, "* "), ":. ") == "Số" {
				g = numberRe.FindStringSubmatch("Số: " + head[i+1]) // "Số:" / "37/2025/NQ-HĐND": a letterhead's cell wrapped (round 111)
			}
			if g != nil {
				m.Number = strings.Join(strings.Fields(g[1]), "")
				numLine = i
			}
		}
		if m.IssuedOn == "" && strings.Contains(l, "tháng") {
			if loc := dateRe.FindStringSubmatchIndex(l); loc != nil && i < 25 {
				d, _ := strconv.Atoi(l[loc[2]:loc[3]])
				mo, _ := strconv.Atoi(l[loc[4]:loc[5]])
				y, _ := strconv.Atoi(l[loc[6]:loc[7]])
				if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && y >= 1930 && y <= 2100 && strings.Contains(l[loc[0]:loc[1]], ",") {
					m.IssuedOn = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
					m.Place = placeBefore(l[:loc[0]])
				}
			}
		}
		if kindLine < 0 && i < 30 && points < 2 && allCaps(withoutAsides(l)) {
			// (not "CHƯƠNG TRÌNH ĐẠI HỘI QUÂN NHÂN" under a page's points on
			// the congress's rules: round 91's page was named by it)
			if k := kindOf(withoutAsides(l)); k != "" {
				m.Kind, kindLine = k, i
			}
		}
		if kindLine < 0 && i < 30 {
			// "NGHỊ ĐỊNH Về đăng ký …": heading and subject on one line
			if g := kindAboutRe.FindStringSubmatch(l); g != nil && kindOf(g[1]) != "" {
				m.Kind, kindLine = kindOf(g[1]), i
				m.Subject = "về " + strings.TrimSpace(g[2])
			}
		}
		if m.Number == "" && m.Kind == "" && i == 0 {
			// a text pasted under its headline, without its letterhead:
			// "Nghị quyết số 66-NQ/TW của Bộ Chính trị về đổi mới …" names
			// its kind, number and issuer (round 30: the library listed it
			// with no kind nor number)
			if g := headlineRe.FindStringSubmatch(l); g != nil && strings.ContainsAny(g[2], "/-") {
				m.Kind, m.Number, m.Subject = g[1], g[2], strings.TrimSpace(g[7])
				m.IssuedOn = dmy(g[3], g[4], g[5])
				if issuerNameRe.MatchString(g[6]) {
					m.Issuer = g[6]
				}
			}
		}
		if m.Number == "" && i < 5 {
			// "Án lệ số 26/2018/AL về …": a precedent names itself
			if g := precedentRe.FindStringSubmatch(l); g != nil {
				m.Kind, m.Number = "Án lệ", g[1]
				m.Subject = strings.TrimSpace(l[len(g[0]):])
			}
		}
	}
	if m.Number == "" && m.Kind == "" {
		readLead(head, &m)
	}
	if m.Number == "" && m.Kind == "" {
		readSiteCard(text, &m)
	}
	if m.Number == "" && m.Kind == "" && len(head) > 0 && salutationRe.MatchString(head[0]) {
		// a letter pasted from its salutation, its letterhead lost: named
		// by its annex's caption, "(Kèm theo Công văn số
		// 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ …)" (round 41
		// listed it as "Kính gửi: Các cơ sở đào tạo trực thuộc Bộ")
		if g := annexOfRe.FindStringSubmatch(text); g != nil {
			m.Kind = g[1]
			fromCaption(g, &m)
		}
	}
	var letterhead []string
	headIssuer := m.Issuer // the headline's or the lead's
	m.Issuer, letterhead = issuer(head, numLine)
	if headIssuer != "" && m.Issuer == "" {
		m.Issuer = headIssuer
	}
	if strings.HasSuffix(m.Kind, "liên tịch") {
		// a joint act names its issuers in its preamble: "Ủy ban Thường
		// vụ Quốc hội, Chính phủ và Đoàn Chủ tịch … ban hành Nghị quyết
		// liên tịch …" (round 32 named it the National Assembly's)
		for _, l := range head {
			if g := jointIssuersRe.FindStringSubmatch(l); g != nil {
				m.Issuer = g[1]
				break
			}
		}
	}
	if m.Number == "" && m.Kind != "" {
		// a text without its letterhead names itself in its annex's
		// caption: "(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025
		// của Ban Tuyên giáo và Dân vận Trung ương)" (round 21)
		if g := annexOfRe.FindStringSubmatch(text); g != nil && strings.EqualFold(g[1], m.Kind) {
			fromCaption(g, &m)
		}
	}
	if m.Number == "" && m.Kind != "" {
		tailLetterhead(lines, &m)
	}
	if m.Subject == "" {
		m.Subject = subject(head, kindLine)
	}
	if m.Subject == "" && kindLine >= 0 && kindLine+1 < len(head) {
		// "QUYẾT ĐỊNH" / "PHÊ DUYỆT ĐIỀU CHỈNH …": the line under the
		// heading says what it does; "CHỈ THỊ" / "VỀ VIỆC TĂNG CƯỜNG …",
		// "KẾ HOẠCH" / "NÂNG CAO NĂNG LỰC …" (round 17) say what about
		var caps []string
		for k := kindLine + 1; k < min(len(head), kindLine+6); k++ {
			l := head[k]
			if k+1 < len(head) && !strings.Contains(l, " ") && allCaps(head[k+1]) && !strings.ContainsFunc(head[k+1], unicode.IsLower) {
				l, k = l+" "+head[k+1], k+1 // "BAN" / "HÀNH QUY CHẾ …": a word broken off its line (round 123)
			}
			if len(caps) == 0 && strings.HasPrefix(l, "CỦA ") && allCaps(l) {
				continue // "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ": whose, not what about (round 22)
			}
			// (a line that leaves its words unfinished goes on in the
			// next, an act's name and date too: "… GIAI ĐOẠN 2023-2025 BAN
			// HÀNH THEO" / "NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND NGÀY 21 THÁNG 8 …"
			// / "THỪA THIÊN HUẾ", round 111's title stopped at "ban hành theo")
			going := len(caps) > 0 && dangles(caps[len(caps)-1]) && !postRE.MatchString(l)
			if !allCaps(l) || strings.ContainsFunc(l, unicode.IsLower) || postRE.MatchString(l) || !going && (namesBody(l) && !actionRe.MatchString(l) || kindOf(l) != "" && !concludes(m.Kind, l) && !(len(caps) == 0 && actionRe.MatchString(l) && len(strings.Fields(l)) > 3) || dateRe.MatchString(l) || len(caps) >= 6) {
				break
			}
			caps = append(caps, l)
		}
		if len(caps) > 0 {
			// (without a page's italic stars, and an aside the heading's
			// last line leaves open: "… HÀ NỘI* (THỰC HIỆN ĐIỂM B KHOẢN 2
			// ĐIỀU 29" / "LUẬT THỦ ĐÔ …)*", round 119)
			joined := strings.ReplaceAll(strings.Join(caps, " "), "*", "")
			if i := strings.LastIndex(joined, "("); i > 0 && !strings.Contains(joined[i:], ")") {
				joined = strings.TrimSpace(joined[:i])
			}
			s := trueCase(strings.ToLower(joined), text)
			if m.Place != "" {
				// the place the date line names, which the body may only
				// write at a line's start ("Hà Tĩnh, ngày …"; round 19)
				s = strings.ReplaceAll(" "+s+" ", " "+strings.ToLower(m.Place)+" ", " "+m.Place+" ")
				s = strings.TrimSpace(s)
			}
			if !strings.HasPrefix(s, "về ") && !actionRe.MatchString(caps[0]) && !namedKinds[m.Kind] && !formKinds[m.Kind] {
				s = strings.TrimPrefix(s, "về ")
			}
			m.Subject = s
		}
	}
	if m.Kind == "" && m.Number != "" {
		m.Kind = kindFromNumber(m.Number)
	}
	if k := kindFromNumber(m.Number); (m.Kind == "Quy định" || m.Kind == "Quy chế") && stateNumberRE.MatchString(m.Number) && (k == "Nghị định" || k == "Quyết định" || k == "Thông tư" || k == "Nghị quyết") {
		// a state act that issues rules ("Nghị định … quy định về hợp
		// đồng …", "QUY ĐỊNH" over its articles): "Số: 173/2025/NĐ-CP" is
		// a decree's number, not a rule's (round 100: "Quy định số
		// 173/2025/NĐ-CP"); the Party's rules are "366-QĐ/TW"
		m.Kind = k
	}
	if strings.Contains(m.Number, "/VBHN-") {
		// "Số: 94/VBHN-BQP" over "THÔNG TƯ": a consolidated text of the
		// act and its amendments, not the act (round 102 named it "Thông
		// tư số 94/VBHN-BQP")
		m.Kind = "Văn bản hợp nhất"
	}
	m.SignerRole, m.Signer = signature(lines[max(0, len(lines)-30):])
	adoptedOn(lines, &m)
	// The Politburo's and the Secretariat's documents carry the Central
	// Committee's letterhead; the signature says whose they are ("T/M BAN
	// BÍ THƯ").
	// (the signature may stand before an annex, past the last lines)
	if m.Issuer == "Ban Chấp hành Trung ương" {
		for _, b := range []string{"Ban Bí thư", "Bộ Chính trị"} {
			if strings.HasPrefix(m.SignerRole, "T/M "+b) || strings.Contains(text, "T/M "+strings.ToUpper(b)) {
				m.Issuer = b
			}
		}
		// "KẾT LUẬN / CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ" under the heading
		// says whose it is (round 19: Kết luận 155-KL/TW)
		if kindLine >= 0 && kindLine+1 < len(head) {
			switch next := strings.ToUpper(head[kindLine+1]); {
			case strings.HasPrefix(next, "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ"):
				m.Issuer = "Bộ Chính trị, Ban Bí thư"
			case strings.HasPrefix(next, "CỦA BỘ CHÍNH TRỊ"):
				m.Issuer = "Bộ Chính trị"
			case strings.HasPrefix(next, "CỦA BAN BÍ THƯ"):
				m.Issuer = "Ban Bí thư"
			}
		}
	}
	if kindLine >= 0 && kindLine+1 < len(head) && strings.TrimSpace(head[kindLine+1]) == "ĐẢNG CỘNG SẢN VIỆT NAM" && partyNameRe.MatchString(strings.TrimSpace(head[kindLine])+" ĐẢNG CỘNG SẢN VIỆT NAM") {
		// "ĐIỀU LỆ" / "ĐẢNG CỘNG SẢN VIỆT NAM": the name under the heading
		// is the title's, not the motto (round 25)
		m.Title = m.Kind + " Đảng Cộng sản Việt Nam"
		return m
	}
	switch {
	case namedKinds[m.Kind] && m.Title != "": // a report's "Luật Bảo hiểm xã hội số …" (readLead)
	case namedKinds[m.Kind] && kindLine >= 0 && len(strings.Fields(head[kindLine])) > len(strings.Fields(m.Kind)) && allCaps(head[kindLine]):
		m.Title = m.Kind + " " + sentenceCase(strings.TrimSpace(head[kindLine][len(strings.ToUpper(m.Kind)):])) // "LUẬT VIỆC LÀM" on one line (round 39)
	case namedKinds[m.Kind] && kindLine >= 0 && kindLine+1 < len(head) && lawName(head[kindLine+1]):
		// "LUẬT" / "CHUYỂN GIAO CÔNG NGHỆ" or "Trật tự, an toàn giao thông đường bộ"
		name := head[kindLine+1]
		if allCaps(name) {
			name = sentenceCase(name)
		} else {
			name = viet.UpperFirst(name)
		}
		m.Title = m.Kind + " " + name
	case formKinds[m.Kind] && kindLine >= 0:
		m.Title = sentenceCase(strings.TrimSpace(mottoRe.ReplaceAllString(withoutAsides(head[kindLine]), "")))
	case m.Kind != "" && m.Number == "" && m.Subject == "" && kindLine >= 0 && kindOf(withoutAsides(head[kindLine])) != "" &&
		utf8.RuneCountInString(withoutAsides(head[kindLine])) > utf8.RuneCountInString(m.Kind)+3:
		// "BIÊN BẢN ĐÁNH GIÁ …": the heading is the title
		h := withoutAsides(head[kindLine])
		if partyNameRe.MatchString(h) {
			m.Title = sentenceCase(strings.TrimSuffix(h, " ĐẢNG CỘNG SẢN VIỆT NAM")) + " Đảng Cộng sản Việt Nam"
		} else {
			m.Title = sentenceCase(strings.TrimSpace(mottoRe.ReplaceAllString(h, "")))
		}
	case m.Kind != "" && (m.Number != "" || m.Subject != ""):
		t := m.Kind
		if m.Number != "" {
			t += " số " + m.Number
		}
		if m.Subject != "" {
			t += " " + m.Subject
		}
		m.Title = t
	case len(lines) > 0:
		m.Title = firstTitleLine(head, letterhead)
		if m.Title == m.Signer {
			m.Title = "" // a scan whose text layer is its signature (round 134): the file's name
		}
	}
	if utf8.RuneCountInString(m.Title) > 300 {
		cut := string([]rune(m.Title)[:300])
		if i := strings.LastIndex(cut, " "); i > 200 {
			cut = strings.TrimRight(cut[:i], ",;") // at a word's end: "… và các cơ qu…" (round 119)
		}
		m.Title = cut + " …"
	}
	return m
}

// partyNameRe is a heading that names the Party as its subject: "ĐIỀU LỆ
// ĐẢNG CỘNG SẢN VIỆT NAM" is the Statute's title, not its motto (round 25).
var partyNameRe = regexp.MustCompile(`^(?:ĐIỀU LỆ|CƯƠNG LĨNH|LỊCH SỬ) ĐẢNG CỘNG SẢN VIỆT NAM$`)

// decreeNameRE is a legal text's name in sentence case under its heading
// ("Ban hành Chương trình hành động …", "Phiên họp Chính phủ thường kỳ
// tháng 4 năm 2026": a Công báo resolution's, round 129).
var decreeNameRE = regexp.MustCompile(`^(?:Quy định|Hướng dẫn|Sửa đổi|Ban hành|Phê duyệt|Bãi bỏ|Thí điểm|Điều chỉnh|Bổ sung|Tổ chức|Thành lập|Kéo dài|Cho phép|Phiên họp|Cập nhật|Cắt giảm|Kiện toàn|Phân cấp|Tạm ngưng|Công bố|Tiếp tục|Thực hiện),? \p{L}`)

// placeBefore returns the place name ending s: the capitalised words
// before ", ngày" ("Tây Giang", "TP. Hồ Chí Minh").
func placeBefore(s string) string {
	words := strings.Fields(mottoRe.ReplaceAllString(s, " "))
	i := len(words)
	for i > 0 && len(words)-i < 5 {
		w := words[i-1]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789/") || allCaps(w) && utf8.RuneCountInString(w) > 3 && w != "TP." {
			break
		}
		i--
	}
	return strings.Join(words[i:], " ")
}

// centralBoardRe is a board of the Central Committee named without
// "Trung ương" under its letterhead.
var centralBoardRe = regexp.MustCompile(`^(Ban (Tổ chức|Tuyên giáo|Tuyên giáo và Dân vận|Dân vận|Kinh tế|Nội chính|Đối ngoại|Chính sách, chiến lược)|Văn phòng|Ủy ban Kiểm tra|Uỷ ban Kiểm tra)$`)

func allCaps(s string) bool { return viet.Capitals(s) >= 2 }

// bodyWords open the name of a body in a letterhead's left column.
var bodyWords = []string{"BỘ", "SỞ", "TRƯỜNG", "KHOA", "PHÒNG", "BAN", "VIỆN", "HỌC VIỆN", "ĐẠI HỌC", "TRUNG TÂM",
	"CÔNG TY", "TỔNG CÔNG TY", "CHI NHÁNH", "ỦY BAN", "UỶ BAN", "UBND", "HĐND", "HỘI", "TÒA", "TOÀ", "CỤC", "TỔNG CỤC",
	"VỤ", "ĐOÀN", "LIÊN ĐOÀN", "THỦ TƯỚNG", "CHỦ TỊCH", "TỔNG", "NGÂN HÀNG", "BỆNH VIỆN", "CƠ QUAN", "VĂN PHÒNG",
	"TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "TP", "LỚP", "TỔ", "ĐƠN VỊ", "HỢP TÁC XÃ",
	"LIÊN HIỆP", "CÂU LẠC BỘ", "ĐẢNG", "ĐẠI HỘI", "CHÍNH PHỦ", "QUỐC HỘI"}

// namesBody reports a letterhead line naming a body.
func namesBody(l string) bool {
	if unitPrefix(l) != "" {
		return true
	}
	for _, w := range bodyWords {
		if l == w || strings.HasPrefix(l, w+" ") || strings.HasPrefix(l, w+".") {
			return true
		}
	}
	return false
}

// continues reports a letterhead line wrapped onto the next ("BỘ GIÁO DỤC
// VÀ" / "ĐÀO TẠO"); a tail of one or two words ("ĐẢNG BỘ THÀNH PHỐ HÒA" /
// "LÂM") is taken too.
func continues(l string) bool {
	switch l {
	case "TRƯỜNG ĐẠI HỌC", "TRƯỜNG CAO ĐẲNG", "TRƯỜNG TRUNG CẤP", "TRƯỜNG TRUNG HỌC", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN",
		"HỘI ĐỒNG NHÂN DÂN", "BỘ", "SỞ", "TỔNG CÔNG TY", "CÔNG TY":
		return true // the kind of body; its name is on the next line
	}
	return strings.HasSuffix(l, " VÀ") || strings.HasSuffix(l, "-") || strings.HasSuffix(l, "–") || strings.HasSuffix(l, ",")
}

// surnames are the family names most Vietnamese carry: a caps line
// starting with one, of two to five words, is a person, not a title.
var surnames = map[string]bool{"NGUYỄN": true, "TRẦN": true, "LÊ": true, "PHẠM": true, "HOÀNG": true, "HUỲNH": true,
	"PHAN": true, "VŨ": true, "VÕ": true, "ĐẶNG": true, "BÙI": true, "ĐỖ": true, "HỒ": true, "NGÔ": true, "DƯƠNG": true,
	"LÝ": true, "ĐÀO": true, "ĐINH": true, "TRƯƠNG": true, "LƯƠNG": true, "MAI": true, "TRỊNH": true, "LÂM": true}

func personName(s string) bool {
	w := strings.Fields(s)
	return len(w) >= 2 && len(w) <= 5 && surnames[w[0]] && !strings.ContainsAny(s, "0123456789:")
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

var (
	kindAboutRe = regexp.MustCompile(`^(\p{Lu}[\p{Lu} ]+?)\s+[Vv]ề\s+(.+)$`)
	precedentRe = regexp.MustCompile(`^Án lệ số\s+(\d+/\d{4}/AL)\b`)
	// jointIssuersRe is the preamble's sentence naming a joint act's
	// issuers.
	jointIssuersRe = regexp.MustCompile(`^(\p{Lu}[^;:]{5,200}?) ban hành (?:Nghị quyết|Thông tư) liên tịch`)
	// headlineRe is a headline naming its document: "Nghị quyết số
	// 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về …".
	// pointLineRe is a list point's line: "+ Nhiệm kỳ …", "- …", "1. …".
	pointLineRe = regexp.MustCompile(`^\s*(?:[+\-–•]\s+\S|\d{1,2}\.\s+\p{L})`)
	headlineRe  = regexp.MustCompile(`^(Nghị quyết|Chỉ thị|Kết luận|Quy định|Quyết định|Hướng dẫn|Thông báo|Kế hoạch|Nghị định|Thông tư|Công văn|Công điện|Chương trình|Đề án|Thông tri) số (\d{1,5}[\p{L}\d./-]*[/-][\p{Lu}\p{L}\d/&-]*[\p{L}\d])(?:,? ngày (\d{1,2})/(\d{1,2})/(\d{4}))?(?: của ([^,]{3,60}?))? (về .{5,})$`)
	// actionRe opens the line under a decision's heading that says what
	// it does.
	actionRe = regexp.MustCompile(`^(PHÊ DUYỆT|BAN HÀNH|QUY ĐỊNH|SỬA ĐỔI|BỔ SUNG|HƯỚNG DẪN|THÀNH LẬP|GIAO|KIỆN TOÀN|CÔNG BỐ|BÃI BỎ|PHÂN CÔNG|CHẤP THUẬN)\b`)
)

// ruleRe is a drawn rule ("--------", "_____") left in a line.
var ruleRe = regexp.MustCompile(`[-–—_=*]{3,}`)

// asideRe is a parenthesised aside: "HỢP ĐỒNG LAO ĐỘNG (Số: 29/HĐLĐ)".
var asideRe = regexp.MustCompile(`\s*\([^)]*\)`)

// withoutAsides is a heading without its parenthesised asides.
func withoutAsides(s string) string { return strings.TrimSpace(asideRe.ReplaceAllString(s, "")) }

// lawName reports the line under "LUẬT" that names it: in capitals, or
// ("Trật tự, an toàn giao thông đường bộ") a short line that is not the
// preamble.
func lawName(s string) bool {
	if kindOf(s) != "" || strings.HasPrefix(s, "Căn cứ") || dateRe.MatchString(s) {
		return false
	}
	return allCaps(s) || utf8.RuneCountInString(s) <= 120 && !strings.HasSuffix(s, ";") && !strings.HasSuffix(s, ".")
}

// ownCodes are the codes a number gives its kind by: "30/2020/NĐ-CP" is
// a Nghị định's.
// danglingRe ends a title's line whose words go on in the next.
var danglingRe = regexp.MustCompile(`\s(?:THEO|CỦA|VỀ|VÀ|TẠI|SỐ|ĐỐI VỚI|TỈNH|THÀNH PHỐ|HUYỆN|XÃ|NGÀY|TRÊN|VỚI|ỦY|UỶ|GIỮA|CHO|CÁC)$`)

// postRE opens the line of the post that enacts a document, under its
// subject: "GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG …".
var postRE = regexp.MustCompile(`^(?:GIÁM ĐỐC|TỔNG GIÁM ĐỐC|BỘ TRƯỞNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CHÁNH ÁN|THỦ TRƯỞNG|TRƯỞNG BAN|CHỦ NHIỆM|CHỦ TỊCH|THỦ TƯỚNG)\s`)

// dangles reports a title's line whose words go on in the next: "… CỦA
// CẤP TỈNH TRÊN" / "ĐỊA BÀN TỈNH PHÚ THỌ"; "… XÁC ĐỊNH TRƯỚC MÃ SỐ" is
// whole, and the next line, "CỤC TRƯỞNG CỤC", enacts it (round 119).
func dangles(l string) bool {
	return danglingRe.MatchString(l) && !strings.HasSuffix(l, " MÃ SỐ")
}

// siteStateRE is the last field of a legal site's card, "Tình trạng:",
// whose value ends the card.
var siteStateRE = regexp.MustCompile(`^\**\s*Tình trạng:\s*\**\s*$`)

// pastSiteCard drops a legal site's notice and card from the top of a
// page's lines ("Bản dịch này thuộc quyền sở hữu …", "Số hiệu:" / "…" /
// "Tình trạng:" / "Đã biết"), some forty lines one field to a line that
// pushed the heading and its subject out of the head (round 119:
// "Quyết định số 1805/QĐ-UBND" listed without "về việc công bố danh mục
// thủ tục hành chính …"). The card is read from the text (readSiteCard).
func pastSiteCard(lines []string) []string {
	for i, l := range lines[:min(len(lines), 60)] {
		if siteStateRE.MatchString(l) && i+2 < len(lines) {
			return lines[i+2:]
		}
	}
	return lines
}
