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

// kinds are the document kinds by their heading in capitals.
var kinds = []string{
	"NGHỊ QUYẾT", "CHỈ THỊ", "KẾT LUẬN", "QUY ĐỊNH", "QUYẾT ĐỊNH", "HƯỚNG DẪN",
	"THÔNG BÁO", "THÔNG TRI", "CÔNG VĂN", "BÁO CÁO", "KẾ HOẠCH", "TỜ TRÌNH", "ĐỀ ÁN",
	"CHƯƠNG TRÌNH", "QUY CHẾ", "NGHỊ ĐỊNH", "THÔNG TƯ", "LUẬT", "PHƯƠNG ÁN",
	"BIÊN BẢN", "LỜI KÊU GỌI", "DIỄN VĂN", "TÀI LIỆU", "GIẤY MỜI", "ĐIỀU LỆ",
	"BỘ LUẬT", "PHÁP LỆNH", "LỆNH", "TỜ KHAI", "ĐƠN", "HỢP ĐỒNG", "GIẤY ĐỀ NGHỊ", "BẢN KHAI",
}

// namedKinds are the kinds whose heading is followed by the name of the
// text in capitals ("LUẬT" / "CHUYỂN GIAO CÔNG NGHỆ"): the title is kind
// and name, without the number.
var namedKinds = map[string]bool{"Luật": true, "Bộ luật": true, "Pháp lệnh": true}

// formKinds are forms and letters, whose whole heading is the title
// ("TỜ KHAI ĐĂNG KÝ KHAI SINH", "ĐƠN KHỞI KIỆN").
var formKinds = map[string]bool{"Tờ khai": true, "Đơn": true, "Hợp đồng": true, "Giấy đề nghị": true, "Bản khai": true}

// kindCodes are the abbreviations in document numbers ("15-NQ/QU").
var kindCodes = map[string]string{
	"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quyết định", "QyĐ": "Quy định",
	"HD": "Hướng dẫn", "TB": "Thông báo", "TT": "Thông tri", "CV": "Công văn", "BC": "Báo cáo",
	"KH": "Kế hoạch", "TTr": "Tờ trình", "ĐA": "Đề án", "CTr": "Chương trình", "QC": "Quy chế",
	"NĐ": "Nghị định", "PA": "Phương án", "BB": "Biên bản", "GM": "Giấy mời",
}

var (
	// "Số: 15-NQ/QU", and in a letterhead "Luật số: 07/2017/QH14" (the
	// colon tells it from a title "Nghị quyết số 15-NQ/QU về …").
	numberRe = regexp.MustCompile(`^[*\s]*(?:Số\s*[:.]?|(?:Luật|Bộ luật|Pháp lệnh|Lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Thông tư liên tịch)\s+số\s*:)\s*(\d+[A-Za-zĐđ0-9.]*(?:\s*[-/]\s*[A-Za-zĐđ0-9.]+)+)`)
	dateRe   = regexp.MustCompile(`,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	mottoRe  = regexp.MustCompile(`(?i)ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H(?:OÀ|ÒA|OA) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc`)
	markerRe = regexp.MustCompile(`(?:^|\s)(T/M|TM\.|TM|KT\.|KT|K/T|TL\.|T/L|TUQ\.|Q\.)\s+\p{Lu}`)
)

// ReadMeta reads a document's metadata from its text (pages joined by \f
// or \n). Only the head and the tail are looked at.
func ReadMeta(text string) Meta {
	text = strings.ReplaceAll(text, "\f", "\n")
	var lines []string
	for l := range strings.Lines(text) {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	head := lines[:min(len(lines), 40)]
	var m Meta
	numLine, kindLine := -1, -1
	for i, l := range head {
		if m.Number == "" && i < 15 && (strings.Contains(l, "Số") || strings.Contains(l, "số")) {
			if g := numberRe.FindStringSubmatch(l); g != nil && i < 15 {
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
		if kindLine < 0 && i < 30 && allCaps(l) {
			if k := kindOf(l); k != "" {
				m.Kind, kindLine = k, i
			}
		}
	}
	m.Issuer = issuer(head, numLine)
	m.Subject = subject(head, kindLine)
	if m.Kind == "" && m.Number != "" {
		m.Kind = kindFromNumber(m.Number)
	}
	m.SignerRole, m.Signer = signature(lines[max(0, len(lines)-30):])
	switch {
	case namedKinds[m.Kind] && kindLine >= 0 && kindLine+1 < len(head) && allCaps(head[kindLine+1]) && kindOf(head[kindLine+1]) == "":
		m.Title = m.Kind + " " + sentenceCase(head[kindLine+1])
	case formKinds[m.Kind] && kindLine >= 0:
		m.Title = sentenceCase(strings.TrimSpace(mottoRe.ReplaceAllString(head[kindLine], "")))
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
		m.Title = firstTitleLine(head)
	}
	if utf8.RuneCountInString(m.Title) > 300 {
		m.Title = string([]rune(m.Title)[:300]) + "…"
	}
	return m
}

// kindOf returns the kind a heading line names ("NGHỊ QUYẾT" → "Nghị
// quyết"), also when the heading runs on ("BÁO CÁO TÓM TẮT").
func kindOf(line string) string {
	s := strings.TrimSpace(mottoRe.ReplaceAllString(line, ""))
	if strings.HasPrefix(s, "ĐƠN VỊ") {
		return "" // a unit, not a letter
	}
	for _, k := range kinds {
		if s == k || strings.HasPrefix(s, k+" ") && allCaps(s) {
			return sentenceCase(k)
		}
	}
	return ""
}

func kindFromNumber(num string) string {
	for _, part := range strings.FieldsFunc(num, func(r rune) bool { return r == '-' || r == '/' }) {
		if k, ok := kindCodes[part]; ok {
			return k
		}
	}
	return ""
}

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

// issuer reads the letterhead's left block: capital lines before the
// number, without the national or Party motto, the date and "*". Under a
// parent body ("ĐẢNG BỘ THÀNH PHỐ …") the issuer is the line below it.
func issuer(head []string, numLine int) string {
	end := numLine
	if end < 0 {
		end = min(len(head), 8)
	}
	var block []string
	for _, l := range head[:end] {
		l = strings.TrimSpace(mottoRe.ReplaceAllString(l, ""))
		if i := dateRe.FindStringIndex(l); i != nil {
			l = strings.TrimSpace(l[:i[0]])
			l = strings.TrimSpace(strings.TrimSuffix(l, placeBefore(l)))
		}
		if l == "" || strings.Trim(l, "*-–_ ") == "" {
			if len(block) > 0 && strings.Contains(l, "*") {
				break
			}
			continue
		}
		if !allCaps(l) || kindOf(l) != "" {
			if len(block) > 0 {
				break
			}
			continue
		}
		block = append(block, l)
	}
	if len(block) == 0 {
		return ""
	}
	// a parent body first (possibly wrapped over two lines), then the issuer
	for j := 1; j < len(block); j++ {
		if unitPrefix(block[j]) != "" && complete(strings.Join(block[:j], " ")) {
			block = block[j:]
			break
		}
	}
	return properCase(strings.Join(block, " "))
}

// subject reads the trích yếu: "về …" lines under the kind heading, or a
// "V/v …" line in the letterhead (a công văn), as "về việc …".
func subject(head []string, kindLine int) string {
	collect := func(i int, first string) string {
		parts := []string{first}
		for j := i + 1; j < len(head) && j <= i+3; j++ {
			next := head[j]
			r, _ := utf8.DecodeRuneInString(next)
			if !(unicode.IsLower(r) || unicode.IsDigit(r)) || utf8.RuneCountInString(next) > 150 || dateRe.MatchString(next) {
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

// signature reads the signature block from the end of a document: the
// marker line (T/M, KT., T/L …), the role below it, and the name.
func signature(tail []string) (role, name string) {
	at := -1
	for i, l := range tail {
		if loc := markerRe.FindStringIndex(l); loc != nil {
			at = i
			tail[i] = strings.TrimSpace(l[loc[0]:])
		}
	}
	if at < 0 {
		return "", ""
	}
	parts := []string{properCase(tail[at])}
	for _, l := range tail[at+1:] {
		if strings.HasPrefix(l, "-") || strings.HasPrefix(l, "Nơi nhận") || strings.HasPrefix(l, "(") {
			continue
		}
		if allCaps(l) {
			if name == "" {
				parts = append(parts, properCase(l))
			}
			continue
		}
		if looksLikeName(l) {
			name = l
		}
	}
	return strings.Join(parts, ", "), name
}

// looksLikeName reports 2–6 capitalised words without digits.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789.,:;()/") {
			return false
		}
	}
	return true
}

func allCaps(s string) bool { return viet.Capitals(s) >= 2 }

func sentenceCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + strings.ToLower(s[n:])
}

// firstTitleLine is the first line that can be a title: not the national
// or Party motto, not a rule, not a number or date line.
func firstTitleLine(head []string) string {
	for _, l := range head {
		t := strings.TrimSpace(mottoRe.ReplaceAllString(l, ""))
		if strings.Trim(t, "*-–—_=. ") == "" || numberRe.MatchString(t) || dateRe.MatchString(t) && len([]rune(t)) < 60 {
			continue
		}
		return l
	}
	if len(head) > 0 {
		return head[0]
	}
	return ""
}
