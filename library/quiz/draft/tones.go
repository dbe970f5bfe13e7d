package draft

import (
	"strings"
	"unicode"

	"sotay/internal/viet"
)

// oldTones writes the open syllables "oa", "oe", "uy" with their tone where
// most documents now put it — "uỷ" as "ủy", "hoà" as "hòa", "khoẻ" as
// "khỏe" — so that names written the old way are the same names ("Đảng uỷ
// Công an Trung ương", round 22's Thông báo 432-TB/VPTW). One rune for one:
// offsets do not move.
func oldTones(text string) string {
	if !strings.ContainsAny(text, "ỏóòõọỷýỳỹỵẻéèẽẹỎÓÒÕỌỶÝỲỸỴẺÉÈẼẸ") {
		return text
	}
	rs := []rune(text)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && unicode.IsLetter(rs[j]) {
			j++
		}
		if j > i {
			word := string(rs[i:j])
			base, tone := viet.StripTone(word)
			if lower := strings.ToLower(base); tone != viet.Ngang && (strings.HasSuffix(lower, "oa") || strings.HasSuffix(lower, "oe") || strings.HasSuffix(lower, "uy")) {
				if w := []rune(viet.PlaceTone(base, tone)); len(w) == j-i {
					copy(rs[i:j], w)
				}
			}
			i = j
			continue
		}
		i++
	}
	return string(rs)
}
