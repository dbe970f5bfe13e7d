package draft

import "regexp"

// Changes of a rate: "điều chỉnh giảm từ 6,6%/năm (0,55%/tháng) xuống
// 6,24%/năm (0,52%/tháng)" is asked by the rate it goes to, without the
// same rate by the month beside the blank (round 23).

// changeFrom and changeTo frame a change of rate: "điều chỉnh giảm từ
// 6,6%/năm (0,55%/tháng) xuống 6,24%/năm" (round 23: the rates of Quyết
// định 2553/QĐ-TTg were not asked).
var (
	changeFrom = regexp.MustCompile(`(giảm|tăng)[^.;]{0,30}? từ (\d+(?:,\d+)?)\s?%[^.;]{0,40}?(?:xuống|lên|còn)\s*$`)
	changeTo   = regexp.MustCompile(`^[^.;]{0,40}?(?:xuống|lên|còn)\s*\d`)
)

// reckonedRE is a page's own reckoning in brackets: "… chậm nhất sau 03
// ngày sau ngày bầu cử (tức ngày 18/03/2026)" — not the law's words, and
// it gives the blank away (round 71).
var reckonedRE = regexp.MustCompile(`\s*\((?:tức|tức là|nghĩa là) [^()]{1,40}\)`)

var equivAfter = regexp.MustCompile(`^((?:\s*(?:đồng|triệu đồng|tỷ đồng|năm|tháng|ngày làm việc|ngày|giờ))?(?:/năm|/tháng)?)\s*\([^()]*\d[^()]*\)`)

// changed reports whether v is a rate a change could go to: below where a
// cut starts, above where a rise does.
func changed(f fact, v float64) bool {
	return f.way == 0 || f.way < 0 && v < f.from || f.way > 0 && v > f.from
}
