package draft

import (
	"strings"
	"testing"
)

// Round 122's faults. Made-up text and drafts shaped like its pages.

// criteria gives one sentence twice with different figures, for two
// kinds of hamlet.
const criteria = "Thôn đặc biệt khó khăn là thôn có ít nhất 02 trong 03 tiêu chí sau đây:\n" +
	"Tỷ lệ hộ gia đình có hợp đồng mua bán điện dưới 90%.\n" +
	"Đối với các tỉnh vùng đồng bằng, thôn đặc biệt khó khăn là thôn có ít nhất 02 trong 03 tiêu chí sau đây:\n" +
	"Tỷ lệ hộ gia đình có hợp đồng mua bán điện dưới 95%.\n" +
	"Tỷ lệ lao động qua đào tạo dưới 40%.\n"

// A blank a wrong option fills as the text itself does elsewhere has two
// right answers and is dropped (round 122: 90% and 95%); one whose stem
// names its part, or whose wrong options the text never puts there, is
// kept.
func TestSecondKeyInTheText(t *testing.T) {
	g := newDrafter(Source{Title: "Quyết định số 2665/QĐ-UBND", Pages: []string{criteria}})
	blank := func(where, quote, right string, wrong ...string) Draft {
		return Draft{Kind: DraftPercent, Question: choice("Theo Quyết định số 2665/QĐ-UBND"+where+", điền vào chỗ trống: “"+quote+"”", right, wrong)}
	}
	got := g.secondKeys([]Draft{
		blank("", "Tỷ lệ hộ gia đình có hợp đồng mua bán điện dưới ……", "90%", "70%", "80%", "95%"),
		blank(" (mục “Đối với các tỉnh vùng đồng bằng”)", "Tỷ lệ hộ gia đình có hợp đồng mua bán điện dưới ……", "95%", "70%", "80%", "90%"),
		blank("", "Tỷ lệ lao động qua đào tạo dưới ……", "40%", "30%", "50%", "60%"),
	})
	var kept []string
	for _, d := range got {
		kept = append(kept, answerOf(d.Question))
	}
	if strings.Join(kept, " ") != "95% 40%" {
		t.Errorf("kept %v, want the part's 95%% and the 40%%", kept)
	}
}

// The end of the period a plan is for answers itself among other years
// (round 122: "Phấn đấu đến năm ……, cả nước có 1.200 công trình xây dựng
// xanh" in a plan for 2026–2030); a farther horizon is asked.
func TestHorizonYear(t *testing.T) {
	g := newDrafter(Source{Title: "Kế hoạch hành động quốc gia về quản lý chất lượng không khí giai đoạn 2026 - 2030, tầm nhìn đến năm 2045", Pages: []string{"Kế hoạch"}})
	for _, c := range []struct {
		clause, answer string
		want           bool
	}{
		{"Phấn đấu đến năm 2030, cả nước có 1.200 công trình xây dựng xanh", "2030", true},
		{"Tầm nhìn đến năm 2045, chất lượng không khí đạt chuẩn", "2045", false},
		{"Năm 2030 là năm tổng kết", "2030", false},
	} {
		f := fact{kind: DraftTime, shape: "year", clause: c.clause, answer: c.answer, at: strings.Index(c.clause, c.answer)}
		if got := g.horizonYear(f); got != c.want {
			t.Errorf("horizonYear(%q) = %v", c.clause, got)
		}
	}
}

// A part named by one word is a heading's broken piece ("Điều 3. Chánh"
// / "Văn phòng …" over a procedure's table, round 122): it names no
// procedure, and a time limit under it is not asked when none is named.
func TestOneWordPartNamesNoProcedure(t *testing.T) {
	g := newDrafter(Source{Pages: []string{"Điều 3. Chánh\nVăn phòng Ủy ban nhân dân thành phố chịu trách nhiệm thi hành.\nThời hạn giải quyết: Trong thời hạn 15 ngày làm việc.\n"}})
	if ctx, named := g.procedureOf(len(g.lines)-1, "Chánh"); named {
		t.Errorf("named by %q", ctx)
	}
	if ctx, named := g.procedureOf(len(g.lines)-1, "Chánh Văn phòng"); !named || ctx != "Chánh Văn phòng" {
		t.Errorf("a part of two words: %q, %v", ctx, named)
	}
}
