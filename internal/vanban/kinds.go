package vanban

// The kinds of document: by their heading in capitals and by the codes in
// their numbers.

import (
	"regexp"
	"strings"
)

// kinds are the document kinds by their heading in capitals.
var kinds = []string{
	"NGHỊ QUYẾT LIÊN TỊCH", "THÔNG TƯ LIÊN TỊCH", // (before "NGHỊ QUYẾT": round 32)
	"NGHỊ QUYẾT", "CHỈ THỊ", "KẾT LUẬN", "QUY ĐỊNH", "QUYẾT ĐỊNH", "HƯỚNG DẪN",
	"THÔNG BÁO", "THÔNG TRI", "CÔNG VĂN", "CÔNG ĐIỆN", "BÁO CÁO", "KẾ HOẠCH", "TỜ TRÌNH", "ĐỀ ÁN",
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
	"NĐ": "Nghị định", "PA": "Phương án", "BB": "Biên bản", "GM": "Giấy mời", "CĐ": "Công điện",
}

// stateNumberRE is a number with its year: "21/2025/TT-BGDĐT".
var stateNumberRE = regexp.MustCompile(`^\d{1,4}/\d{4}/`)

// noteMarkRE is a note's mark glued to a heading in capitals: "THÔNG TƯ1".
var noteMarkRE = regexp.MustCompile(`(\p{Lu})\d{1,2}$`)

// kindOf returns the kind a heading line names ("NGHỊ QUYẾT" → "Nghị
// quyết"), also when the heading runs on ("BÁO CÁO TÓM TẮT").
func kindOf(line string) string {
	s := strings.TrimSpace(mottoRe.ReplaceAllString(line, ""))
	s = noteMarkRE.ReplaceAllString(s, "$1") // "THÔNG TƯ1": a consolidated text's note mark (round 134)
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
	if stateNumberRE.MatchString(num) && strings.Contains(num, "/TT-") {
		return "Thông tư" // "21/2025/TT-BGDĐT"; the Party's "05-TT/TW" is a thông tri (round 29)
	}
	for _, part := range strings.FieldsFunc(num, func(r rune) bool { return r == '-' || r == '/' }) {
		if k, ok := kindCodes[part]; ok {
			return k
		}
	}
	return ""
}
