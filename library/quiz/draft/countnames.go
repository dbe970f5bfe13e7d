package draft

import (
	"regexp"
	"strings"
)

// breakthroughsRE names a list of a strategy's breakthroughs (folded).
var breakthroughsRE = regexp.MustCompile(`^(?:cac |nhung )?(?:khau )?dot pha chien luoc(?: cu the| chu yeu)?$`)

// trailingYearRE is a year a web page's heading ends with.
var trailingYearRE = regexp.MustCompile(` (?:năm )?(?:19|20)\d\d$`)

// objectsRE names an article on whom a policy is for (folded): "Đối
// tượng được hưởng chính sách hỗ trợ về nhà ở xã hội" (not "Đối tượng
// áp dụng", an act's scope).
var objectsRE = regexp.MustCompile(`^(?:cac |nhung )?doi tuong (?:duoc (?:huong|ho tro)|thuoc dien|huong)\b`)

// elided says whether a line only marks points left out: "...".
func elided(s string) bool {
	t := strings.TrimSpace(s)
	return t == "..." || t == "…" || t == "[...]" || t == "(...)"
}
