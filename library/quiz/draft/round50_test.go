package draft

import (
	"strings"
	"testing"
)

// Round 50's drops, none asked again: one end of a range of levels
// ("báo động …… đến báo động 3"), "thỏa thuận giữa …… bên", a school year
// in the title of a resolution this one repeals, a task that names its
// ministry's own remit ("hệ thống điện và sản xuất công nghiệp" of the
// Bộ Công Thương). A deadline's wrong options are the corners of a
// square: each shares its day with one other and its month with one
// other. (The decision's own effective date, asked here once, is no
// longer: rounds 107, 114 and 115 dropped every such date.) Made up.
func TestRound50(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 20/2025/QĐ-UBND\nBắc Nam, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\nQuy định mức thu học phí\n" +
		"Điều 1. Phạm vi\n" +
		"1. Trên các sông xuất hiện một đợt lũ ở mức báo động 2 đến báo động 3, có sông trên mức báo động 3.\n" +
		"2. Khi được chấp thuận, Liên hiệp các hội tiến hành tư vấn theo thỏa thuận giữa 2 bên bằng hợp đồng.\n" +
		"3. Bộ Công Thương chỉ đạo bảo đảm an toàn hệ thống điện và sản xuất công nghiệp trong mùa mưa lũ năm 2025.\n" +
		"4. Bộ Xây dựng chỉ đạo triển khai các giải pháp bảo đảm an toàn giao thông trên các tuyến quốc lộ trong mùa mưa lũ.\n" +
		"5. Bộ Công an chỉ đạo lực lượng công an xã hỗ trợ người dân sơ tán khỏi vùng nguy hiểm trong mùa mưa lũ năm 2025.\n" +
		"Điều 2. Hiệu lực thi hành\n" +
		"1. Sở Tài chính hướng dẫn các cơ sở giáo dục thu học phí theo mức mới chậm nhất ngày 15 tháng 12 năm 2025.\n" +
		"2. Quyết định này bãi bỏ các Nghị quyết: Nghị quyết số 15/2024/NQ-HĐND ngày 12 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh quy định mức thu học phí đối với cơ sở giáo dục mầm non, phổ thông công lập năm học 2024 - 2025.\n"
	dated := false
	for _, d := range Drafts(Source{Title: "Quyết định quy định mức thu học phí", Kind: "Quyết định", Number: "20/2025/QĐ-UBND", IssuedOn: "2025-11-18", Pages: []string{text}}) {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch {
		case a == "2" && (strings.Contains(s, "báo động") || strings.Contains(s, "bên")), a == "2024 - 2025", a == "Bộ Công Thương":
			t.Errorf("asked %q: %s", a, s)
		case a == "ngày 15 tháng 12 năm 2025":
			dated = true
			days, months := map[string]int{}, map[string]int{}
			for _, o := range d.Question.Options {
				m := fullDateRE.FindStringSubmatch(o.Text)
				if m == nil {
					t.Fatalf("option %q", o.Text)
				}
				days[m[1]]++
				months[m[2]+"/"+m[3]]++
			}
			for k, n := range days {
				if n != 2 {
					t.Errorf("day %s in %d options: %v", k, n, d.Question.Options)
				}
			}
			for k, n := range months {
				if n != 2 {
					t.Errorf("month %s in %d options: %v", k, n, d.Question.Options)
				}
			}
		}
	}
	if !dated {
		t.Error("the deadline not asked")
	}
}

// A blank's difficulty follows its nearest wrong option: "96,4%" among
// near decimals is hard, not the "Vừa" every blank was marked (rounds
// 47–49). Made up.
func TestFigureDifficulty(t *testing.T) {
	if d := figureDifficulty(fact{kind: DraftPercent, value: 96.4}, []string{"95,8%", "97,1%", "98,0%"}); d != 3 {
		t.Errorf("near decimals: %d", d)
	}
	if d := figureDifficulty(fact{kind: DraftQuantity, value: 5}, []string{"10", "15", "20"}); d != 1 {
		t.Errorf("far counts: %d", d)
	}
	if d := figureDifficulty(fact{kind: DraftPercent, value: 40}, []string{"30%", "50%", "60%"}); d != 2 {
		t.Errorf("a quarter away: %d", d)
	}
	if d := figureDifficulty(fact{kind: DraftTime, shape: "year", value: 2030}, []string{"2025", "2035", "2045"}); d != 2 {
		t.Errorf("a year: %d", d)
	}
}
