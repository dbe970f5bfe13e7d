package vanban

import (
	"regexp"
	"slices"
	"sort"
	"sotay/internal/viet"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Letterheads and signature blocks are written in capitals; the library
// shows bodies and roles the way a document's own text writes them:
// "QUẬN ỦY TÂY GIANG" → "Quận ủy Tây Giang", "ỦY BAN NHÂN DÂN HUYỆN TÂN ỨNG"
// → "Ủy ban nhân dân huyện Tân Ứng", "PHÓ BÍ THƯ" → "Phó Bí thư". Known
// phrases keep their customary case; other words are names (Title Case).

var phrases = map[string]string{
	"QUẬN ỦY": "Quận ủy", "QUẬN UỶ": "Quận uỷ", "HUYỆN ỦY": "Huyện ủy", "HUYỆN UỶ": "Huyện uỷ",
	"TỈNH ỦY": "Tỉnh ủy", "TỈNH UỶ": "Tỉnh uỷ", "THÀNH ỦY": "Thành ủy", "THÀNH UỶ": "Thành uỷ",
	"THỊ ỦY": "Thị ủy", "THỊ UỶ": "Thị uỷ", "ĐẢNG ỦY": "Đảng ủy", "ĐẢNG UỶ": "Đảng uỷ",
	"ĐẢNG BỘ": "Đảng bộ", "CHI BỘ": "Chi bộ", "BAN THƯỜNG VỤ": "Ban Thường vụ",
	"BAN CHẤP HÀNH": "Ban Chấp hành", "BAN TUYÊN GIÁO": "Ban Tuyên giáo", "BAN TỔ CHỨC": "Ban Tổ chức",
	"BAN DÂN VẬN": "Ban Dân vận", "BAN NỘI CHÍNH": "Ban Nội chính", "BAN CHỈ ĐẠO": "Ban Chỉ đạo",
	"BAN TUYÊN GIÁO VÀ DÂN VẬN": "Ban Tuyên giáo và Dân vận",
	"ỦY BAN KIỂM TRA":           "Ủy ban Kiểm tra", "UỶ BAN KIỂM TRA": "Uỷ ban Kiểm tra",
	"VĂN PHÒNG": "Văn phòng", "ỦY BAN NHÂN DÂN": "Ủy ban nhân dân", "UỶ BAN NHÂN DÂN": "Uỷ ban nhân dân",
	"HỘI ĐỒNG NHÂN DÂN": "Hội đồng nhân dân", "TRUNG TÂM CHÍNH TRỊ": "Trung tâm Chính trị",
	"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM": "Ủy ban Mặt trận Tổ quốc Việt Nam", "MẶT TRẬN TỔ QUỐC": "Mặt trận Tổ quốc",
	"BAN THƯỜNG TRỰC": "Ban Thường trực", "THƯỜNG TRỰC": "Thường trực",
	"HUYỆN": "huyện", "QUẬN": "quận", "TỈNH": "tỉnh", "THÀNH PHỐ": "thành phố", "XÃ": "xã",
	"PHƯỜNG": "phường", "THỊ TRẤN": "thị trấn", "THỊ XÃ": "thị xã", "VÀ": "và", "CỦA": "của",
	"BÍ THƯ": "Bí thư", "PHÓ BÍ THƯ": "Phó Bí thư", "CHỦ TỊCH": "Chủ tịch", "PHÓ CHỦ TỊCH": "Phó Chủ tịch",
	"TRƯỞNG BAN": "Trưởng ban", "PHÓ TRƯỞNG BAN": "Phó Trưởng ban", "CHÁNH VĂN PHÒNG": "Chánh Văn phòng",
	"PHÓ CHÁNH VĂN PHÒNG": "Phó Chánh Văn phòng", "GIÁM ĐỐC": "Giám đốc", "PHÓ GIÁM ĐỐC": "Phó Giám đốc",
	"CHỦ NHIỆM": "Chủ nhiệm", "PHÓ CHỦ NHIỆM": "Phó Chủ nhiệm", "TRƯỞNG PHÒNG": "Trưởng phòng",
	"TỔNG BÍ THƯ": "Tổng Bí thư", "THƯỜNG TRỰC BAN BÍ THƯ": "Thường trực Ban Bí thư", "BAN BÍ THƯ": "Ban Bí thư",
	"ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC": "Đại hội đại biểu toàn quốc", "ĐẠI HỘI ĐẠI BIỂU": "Đại hội đại biểu", "LẦN THỨ": "lần thứ",
	"QUỐC HỘI": "Quốc hội", "CHÍNH PHỦ": "Chính phủ", "ỦY BAN THƯỜNG VỤ QUỐC HỘI": "Ủy ban Thường vụ Quốc hội",
	"BỘ CHÍNH TRỊ": "Bộ Chính trị", "BAN CHẤP HÀNH TRUNG ƯƠNG": "Ban Chấp hành Trung ương",
	"ĐẢNG ĐOÀN": "Đảng đoàn", "BAN CÁN SỰ ĐẢNG": "Ban cán sự đảng",
	"T/M": "T/M", "TM.": "TM.", "TM": "TM", "KT.": "KT.", "KT": "KT", "K/T": "K/T", "TL.": "TL.", "T/L": "T/L",
	"TUQ.": "TUQ.", "Q.": "Q.",
	// bodies of laws, courts, schools and firms, as their own documents write them
	"HỘI ĐỒNG THẨM PHÁN": "Hội đồng Thẩm phán", "TÒA ÁN NHÂN DÂN TỐI CAO": "Tòa án nhân dân tối cao",
	"TOÀ ÁN NHÂN DÂN TỐI CAO": "Toà án nhân dân tối cao", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO": "Viện Kiểm sát nhân dân tối cao",
	"TÒA ÁN NHÂN DÂN": "Tòa án nhân dân", "THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ", "THỦ TƯỚNG": "Thủ tướng",
	"TRƯỜNG ĐẠI HỌC": "Trường Đại học", "TRƯỜNG CAO ĐẲNG": "Trường Cao đẳng", "TRƯỜNG TRUNG CẤP": "Trường Trung cấp",
	"TRƯỜNG CHÍNH TRỊ": "Trường Chính trị", "KHOA": "Khoa", "BỘ": "Bộ", "SỞ": "Sở", "PHÒNG": "Phòng",
	"CÔNG TY CỔ PHẦN": "Công ty cổ phần", "CÔNG TY TNHH": "Công ty TNHH", "CÔNG TY": "Công ty",
	"GIÁO DỤC VÀ ĐÀO TẠO": "Giáo dục và Đào tạo", "CÔNG NGHỆ THÔNG TIN": "Công nghệ thông tin",
	"LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI": "Lao động – Thương binh và Xã hội", "XÂY DỰNG ĐẢNG": "Xây dựng Đảng",
}

// unitPrefixes are the phrases that open the name of a body (not roles,
// signature markers or lower-case words), longest first.
var unitPrefixes = func() []string {
	roles := "BÍ THƯ|PHÓ BÍ THƯ|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHỦ NHIỆM|PHÓ CHỦ NHIỆM|TRƯỞNG PHÒNG|TỔNG BÍ THƯ"
	skip := map[string]bool{}
	for _, r := range strings.Split(roles, "|") {
		skip[r] = true
	}
	var out []string
	for k, v := range phrases {
		r, _ := utf8.DecodeRuneInString(v)
		if unicode.IsUpper(r) && !skip[k] && !strings.ContainsAny(k, "/.") && k != "TM" && k != "KT" {
			out = append(out, k)
		}
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) || len(out[i]) == len(out[j]) && out[i] < out[j] })
	return out
}()

// unitPrefix returns the body phrase s starts with ("QUẬN ỦY"), or "".
func unitPrefix(s string) string {
	for _, p := range unitPrefixes {
		if s == p || strings.HasPrefix(s, p+" ") {
			return p
		}
	}
	return ""
}

// complete reports a letterhead line naming a whole body: a body phrase
// followed by a name ("ĐẢNG BỘ THÀNH PHỐ HÒA LÂM"), not the phrase alone
// ("ỦY BAN NHÂN DÂN", whose name is on the next line).
func complete(s string) bool {
	if s == "BAN CHẤP HÀNH TRUNG ƯƠNG" {
		return true // the Party's own letterhead: "… / ĐẢNG ĐOÀN QUỐC HỘI" under it
	}
	p := unitPrefix(s)
	return p != "" && len(strings.TrimSpace(s[len(p):])) > 0
}

// properCase writes a capitals line the customary way.
func properCase(s string) string {
	words := strings.Fields(s)
	var out []string
	for i := 0; i < len(words); {
		matched := false
		for n := min(7, len(words)-i); n >= 1; n-- {
			if p, ok := phrases[strings.Join(words[i:i+n], " ")]; ok {
				out = append(out, p)
				i += n
				matched = true
				break
			}
		}
		if !matched {
			out = append(out, titleWord(words[i]))
			i++
		}
	}
	if len(out) > 0 {
		out[0] = viet.UpperFirst(out[0])
	}
	return strings.Join(out, " ")
}

func titleWord(w string) string {
	if strings.ContainsAny(w, "0123456789") || strings.Contains(w, "/") || strings.Trim(w, "IVXLC") == "" {
		// (a Roman numeral stays one: "lần thứ XI")
		return w
	}
	return sentenceCase(w)
}

func sentenceCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + strings.ToLower(s[n:])
}

// firstTitleLine is the first line that can be a title: not the national
// or Party motto, not a rule, not a number or date line.
func firstTitleLine(head []string, letterhead []string) string {
	for i, l := range head {
		t := strings.TrimSpace(ruleRe.ReplaceAllString(mottoRe.ReplaceAllString(l, ""), " "))
		if strings.Trim(t, "*-–—_=. ") == "" || numberRe.MatchString(t) || dateRe.MatchString(t) && len([]rune(t)) < 60 {
			continue
		}
		// The letterhead's left column ("TRƯỜNG ĐẠI HỌC …", "KHOA …") is
		// the issuer, not the title.
		if i < 8 && allCaps(t) && slices.Contains(letterhead, t) {
			continue
		}
		// "– Căn cứ …" lines come before a form's heading; a cover page
		// has "oOo", "Nhóm:", dotted lines and the author's name.
		if strings.HasPrefix(strings.TrimLeft(t, "-–—•+* "), "Căn cứ") || strings.HasSuffix(t, ":") ||
			letters(t) < 4 || allCaps(t) && personName(t) || signLineRe.MatchString(t) {
			continue
		}
		if pointRe.MatchString(t) {
			// "1.1. Ủy ban Thường vụ Quốc hội ban hành …": a point of the
			// text, never its title (round 26); the first line then
			break
		}
		return strings.TrimSpace(ruleRe.ReplaceAllString(l, " "))
	}
	signed := false // (the signer's name after the signature's lines)
	for _, l := range head {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case signLineRe.MatchString(t):
			signed = true
		case !signed:
			return t
		}
	}
	return "" // (a scan whose text layer is its signature: the file's title or name, round 134)
}

// signLineRe opens a signature block's line: "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG".
// and the post under it alone: "PHÓ THỦ TƯỚNG", "BỘ TRƯỞNG".
var signLineRe = regexp.MustCompile(`^(?:(?:KT\.|TM\.|T/M|K/T|TL\.|TUQ\.|Q\.)\s*\p{Lu}|(?:PHÓ )?(?:THỦ TƯỚNG|CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|BÍ THƯ|TỔNG BÍ THƯ|CHÁNH VĂN PHÒNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN|CHỦ NHIỆM|TRƯỞNG BAN)$)`)

// pointRe opens a numbered, lettered or dashed point, or a part numbered
// in Roman ("I- MỤC TIÊU, YÊU CẦU" after a conclusion's two opening
// paragraphs was its title, round 75).
var pointRe = regexp.MustCompile(`^(?:\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[-–•+]\s|[IVXL]{1,5}\s?[-–.)]\s)`)

// startsDate says whether a line opens with a date: the place-and-date
// line broken after its place, not a subject's act "… ngày 28 tháng 6
// năm 2025 của Ban Bí thư" (round 129).
func startsDate(l string) bool {
	loc := dateRe.FindStringIndex(l)
	return loc != nil && loc[0] == 0
}

// carriedRE opens the act or programme a subject carries out.
var carriedRE = regexp.MustCompile(`^(?:Nghị quyết|Chỉ thị|Kết luận|Chương trình|Kế hoạch|Đề án|Chiến lược|Luật|Bộ luật|Hiến pháp|Quy định)\s`)

// goesOn says whether a subject's line stops on a word that needs more,
// before the act it names:
// "Ban hành Kế hoạch hành động thực hiện" / "Chỉ thị số 52-CT/TW …"
// (round 130's decision was listed without the directive it carries out).
func goesOn(line, next string) bool {
	line = strings.TrimSpace(line)
	for _, w := range []string{" đối với", " của", " cho"} {
		if strings.HasSuffix(line, w) && !strings.HasPrefix(next, "Thông tư số") && !strings.HasPrefix(next, "Nghị định số") {
			return true // a body named on the next line: "… tiền lương đối với" / "Tập đoàn Công nghiệp - Viễn thông Quân đội" (round 134)
		}
	}
	if !carriedRE.MatchString(next) {
		return false // (a consolidated text's note "Thông tư số 01/2019/TT-BLĐTBXH …" after "… do Hội đồng … thực hiện")
	}
	for _, w := range []string{" thực hiện", " triển khai", " của", " về", " và", " theo", " đối với", " tại"} {
		if strings.HasSuffix(line, w) {
			return true
		}
	}
	return false
}

// subject reads the trích yếu: "về …" lines under the kind heading, or a
// "V/v …" line in the letterhead (a công văn), as "về việc …".
func subject(head []string, kindLine int) string {
	collect := func(i int, first string) string {
		parts := []string{first}
		for j := i + 1; j < len(head) && j <= i+3; j++ {
			next := head[j]
			r, _ := utf8.DecodeRuneInString(next)
			if !(unicode.IsLower(r) || unicode.IsDigit(r) || goesOn(parts[len(parts)-1], next)) || utf8.RuneCountInString(next) > 150 || startsDate(next) {
				break
			}
			parts = append(parts, next)
		}
		return strings.Join(parts, " ")
	}
	if kindLine >= 0 {
		for i := kindLine + 1; i < len(head) && i <= kindLine+4; i++ {
			l := head[i]
			if strings.HasPrefix(l, "về ") || strings.HasPrefix(l, "Về ") {
				return collect(i, "về "+l[len("về "):])
			}
			if decreeNameRE.MatchString(l) && !(strings.HasPrefix(l, "Thực hiện") && (i > kindLine+1 || strings.HasSuffix(l, "."))) {
				// ("Thực hiện Chương trình của Chính phủ, Ủy ban nhân dân
				// tỉnh ban hành Kế hoạch này." under a subject in capitals
				// is the plan's first sentence)
				// "NGHỊ ĐỊNH" / "Quy định về đào tạo, bồi dưỡng công chức": a
				// decree's name under its heading (round 29)
				r, n := utf8.DecodeRuneInString(l)
				return collect(i, string(unicode.ToLower(r))+l[n:])
			}
			if !allCaps(l) && !strings.HasPrefix(l, "(") {
				break
			}
		}
	}
	for i, l := range head[:min(len(head), 20)] {
		if j := strings.Index(l, "V/v "); j >= 0 {
			return collect(i, "về việc "+strings.TrimSpace(l[j+4:]))
		}
	}
	return ""
}
