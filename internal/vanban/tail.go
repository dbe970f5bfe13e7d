package vanban

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// adoptedRE is the closing line of an act an assembly passes, which dates
// it when its letterhead was lost: "Nghị quyết này được Quốc hội nước Cộng
// hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp bất thường lần thứ 9,
// thông qua ngày 19 tháng 02 năm 2025." (round 121: three of the National
// Assembly's resolutions, pasted from their heading, were cited with
// neither number nor date).
var adoptedRE = regexp.MustCompile(`(Nghị quyết|Luật|Bộ luật|Pháp lệnh) này (?:đã )?được ([^.;]{3,240}?),? thông qua ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})`)

// adoptedOn dates an act of m's kind by the session that passed it, read
// in the text's last lines; the body that passed it is its issuer when
// none is known.
func adoptedOn(lines []string, m *Meta) {
	if m.IssuedOn != "" || m.Kind == "" {
		return
	}
	for _, l := range lines[max(0, len(lines)-40):] {
		l = strings.Trim(l, "*_ ")
		g := adoptedRE.FindStringSubmatch(l)
		if g == nil || g[1] != m.Kind {
			continue
		}
		d, _ := strconv.Atoi(g[3])
		mo, _ := strconv.Atoi(g[4])
		y, _ := strconv.Atoi(g[5])
		if d < 1 || d > 31 || mo < 1 || mo > 12 || y < 1930 || y > 2100 {
			continue
		}
		m.IssuedOn = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
		if m.Issuer == "" {
			switch body := g[2]; {
			case strings.HasPrefix(body, "Quốc hội"):
				m.Issuer = "Quốc hội"
			case strings.HasPrefix(body, "Ủy ban Thường vụ Quốc hội"), strings.HasPrefix(body, "Uỷ ban Thường vụ Quốc hội"):
				m.Issuer = "Ủy ban Thường vụ Quốc hội"
			}
		}
		return
	}
}

var ownCodes = map[string]string{"Nghị định": "NĐ", "Quyết định": "QĐ", "Thông tư": "TT", "Nghị quyết": "NQ",
	"Chỉ thị": "CT", "Kế hoạch": "KH", "Thông báo": "TB", "Báo cáo": "BC", "Hướng dẫn": "HD", "Kết luận": "KL", "Quy định": "QĐ"}

// tailLetterhead reads the number and date of a text whose letterhead a
// conversion moved to its end: "CHÍNH PHỦ _______ Số: 30/2020/NĐ-CP ⇥
// CỘNG HÒA … Hà Nội, ngày 05 tháng 3 năm 2020" after its last article (a
// Word file saved as Markdown; round 104 named the decree "Nghị định về
// công tác văn thư", which its predecessor of 2004 was called too). Only
// a motto's line, and a number of the text's own kind.
func tailLetterhead(lines []string, m *Meta) {
	code := ownCodes[m.Kind]
	if code == "" {
		return
	}
	for _, l := range lines[max(0, len(lines)-40):] {
		j := strings.Index(l, "Số:")
		if j < 0 || !mottoRe.MatchString(l) {
			continue
		}
		g := numberRe.FindStringSubmatch(l[j:])
		if g == nil {
			continue
		}
		num := strings.Join(strings.Fields(g[1]), "")
		if !strings.Contains(num, "/"+code) && !strings.Contains(num, "-"+code) {
			continue
		}
		m.Number = num
		if loc := dateRe.FindStringSubmatchIndex(l); loc != nil && m.IssuedOn == "" && strings.Contains(l[loc[0]:loc[1]], ",") {
			d, _ := strconv.Atoi(l[loc[2]:loc[3]])
			mo, _ := strconv.Atoi(l[loc[4]:loc[5]])
			y, _ := strconv.Atoi(l[loc[6]:loc[7]])
			if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && y >= 1930 && y <= 2100 {
				m.IssuedOn = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
			}
		}
		return
	}
}
