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
