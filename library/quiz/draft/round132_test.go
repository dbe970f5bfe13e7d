package draft

import (
	"strings"
	"testing"
	"time"
)

// A time limit counted from the day a decree takes effect is gone by
// once that many months have passed (round 132: "Trong thời hạn tối đa
// 06 tháng kể từ khi Nghị định này có hiệu lực thi hành", asked sixteen
// months on). Asked while it runs. Made up after it.
func TestLimitFromEffectLapses(t *testing.T) {
	page := "CHÍNH PHỦ\nSố: 912/2025/NĐ-CP\nNGHỊ ĐỊNH\nQuy định chi tiết hoạt động đầu tư từ quỹ bảo hiểm\nĐiều 23. Điều khoản chuyển tiếp\n" +
		"6. Trong thời hạn tối đa 06 tháng kể từ khi Nghị định này có hiệu lực thi hành, Bảo hiểm xã hội Việt Nam có trách nhiệm ban hành quy chế nghiệp vụ đầu tư.\n"
	asked := func(today time.Time) bool {
		src := Source{DocumentID: 1, Title: "Nghị định số 912/2025/NĐ-CP", Kind: "Nghị định", Number: "912/2025/NĐ-CP",
			IssuedOn: "2025-07-25", Pages: []string{page}, Today: today}
		for _, d := range Drafts(src) {
			if answerOf(d.Question) == "06" {
				return true
			}
		}
		return false
	}
	if asked(time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)) {
		t.Error("six months from July 2025 asked in December 2026")
	}
	if !asked(time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)) {
		t.Error("the time limit not asked while it runs")
	}
}

// One row of a rate table is enough, its rows told apart by rank and by
// point: "Đô thị loại I: Áp dụng 80% khung giá" (điểm b), "loại II" (điểm
// c), "loại III" (điểm d) are one question; the exception for remote
// areas is another (round 132's judge dropped two of four as clones).
func TestRateRowsByRankOnce(t *testing.T) {
	page := "CHÍNH PHỦ\nSố: 934/2026/NĐ-CP\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 17/2023/NĐ-CP\n" +
		"Điều 33. Sửa đổi ghi chú tại Phụ lục II\n" +
		"1. Đối với các hoạt động kinh doanh, thương mại:\n" +
		"a) Đô thị loại đặc biệt: Áp dụng 100% khung giá.\n" +
		"b) Đô thị loại I: Áp dụng 80% khung giá.\n" +
		"c) Đô thị loại II: Áp dụng 50% khung giá.\n" +
		"d) Đô thị loại III: Áp dụng 20% khung giá. Trường hợp thuộc vùng sâu, vùng xa, vùng đặc biệt khó khăn thì áp dụng 10% khung giá.\n"
	src := Source{DocumentID: 1, Title: "Nghị định số 934/2026/NĐ-CP", Kind: "Nghị định", Number: "934/2026/NĐ-CP",
		IssuedOn: "2026-04-06", Pages: []string{page}, Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
	rows, remote := 0, 0
	for _, d := range Drafts(src) {
		switch {
		case strings.Contains(d.Question.Stem, "Đô thị loại"):
			rows++
		case strings.Contains(d.Question.Stem, "vùng sâu"):
			remote++
		}
	}
	if rows != 1 || remote != 1 {
		t.Errorf("rows by rank asked %d times (want 1), the remote areas' rate %d (want 1)", rows, remote)
	}
}
