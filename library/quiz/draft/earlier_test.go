package draft

import (
	"slices"
	"strings"
	"testing"

	"sotay/internal/vanban"
)

// earlierText is a made-up plenum resolution under a news lead: it
// assesses an earlier plenum's resolution, weighs the causes of its
// shortcomings and gives state enterprises their role.
const earlierText = "Nghị quyết Hội nghị TƯ 9 khóa XII về doanh nghiệp công ích\n" +
	"Ngày 5/10/2018, Tổng Bí thư đã ký ban hành Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương khóa XII về doanh nghiệp công ích (Nghị quyết số 45-NQ/TW). TTXVN trân trọng giới thiệu toàn văn Nghị quyết.\n" +
	"I- TÌNH HÌNH VÀ NGUYÊN NHÂN\n" +
	"1- Trong 12 năm thực hiện Nghị quyết Trung ương 4 khóa X về \"Phát triển doanh nghiệp công ích\" và các chủ trương của Đảng, các cấp đã ban hành nhiều chính sách.\n" +
	"2- Tuy nhiên, vai trò của doanh nghiệp nhà nước là lực lượng nòng cốt của kinh tế nhà nước còn hạn chế.\n" +
	"3- Những hạn chế, yếu kém nêu trên của doanh nghiệp công ích do nhiều nguyên nhân khách quan và chủ quan, nhưng chủ yếu là do nguyên nhân chủ quan:\n" +
	"- Nhận thức về vai trò của doanh nghiệp công ích chưa đầy đủ.\n" +
	"- Thể chế quản lý còn nhiều bất cập.\n" +
	"II- QUAN ĐIỂM CHỈ ĐẠO\n" +
	"- Doanh nghiệp nhà nước là một lực lượng vật chất quan trọng của kinh tế nhà nước, góp phần thực hiện tiến bộ, công bằng xã hội.\n" +
	"- Khoa học, công nghệ là động lực chính của tăng trưởng; thể chế là điều kiện tiên quyết; con người là chủ thể của phát triển.\n" +
	"III- NHIỆM VỤ VÀ GIẢI PHÁP\n" +
	"- Thực hiện có hiệu quả Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế, giữ vững ổn định chính trị - xã hội trong bối cảnh nước ta tham gia các hiệp định thương mại tự do thế hệ mới.\n" +
	"- Đổi mới quản trị doanh nghiệp công ích theo chuẩn mực quốc tế.\n"

func earlierDrafts() []Draft {
	m := vanban.ReadMeta(earlierText)
	return Drafts(Source{DocumentID: 1, Title: m.Title, Kind: m.Kind, Number: m.Number, Issuer: m.Issuer, IssuedOn: m.IssuedOn, Pages: []string{earlierText}})
}

// A central resolution's earlier plenums, cited with their subject, are
// asked by plenum among their neighbours; the document's own plenum, in
// its lead, is not asked so. Nghị quyết 12-NQ/TW assesses 15 years of
// "Nghị quyết Trung ương 3 khóa IX" and Nghị quyết 11-NQ/TW carries out
// the fourth plenum's of its term: neither was asked.
func TestEarlierPlenumsCited(t *testing.T) {
	want := map[string][]string{
		"Hội nghị Trung ương 4 khóa X":   {"Hội nghị Trung ương 3 khóa X", "Hội nghị Trung ương 4 khóa X", "Hội nghị Trung ương 5 khóa X", "Hội nghị Trung ương 4 khóa IX"},
		"Hội nghị Trung ương 4 khóa XII": {"Hội nghị Trung ương 3 khóa XII", "Hội nghị Trung ương 4 khóa XII", "Hội nghị Trung ương 5 khóa XII", "Hội nghị Trung ương 4 khóa XI"},
	}
	got := 0
	for _, d := range earlierDrafts() {
		q := d.Question
		if !strings.Contains(q.Stem, "Nghị quyết …… về") {
			continue
		}
		got++
		opts, ok := want[answerOf(q)]
		if !ok {
			t.Errorf("asked %q: %s", answerOf(q), q.Stem)
			continue
		}
		var have []string
		for _, o := range q.Options {
			have = append(have, o.Text)
		}
		slices.Sort(have)
		slices.Sort(opts)
		if !slices.Equal(have, opts) || q.Passage == nil {
			t.Errorf("options %v, want %v: %s", have, opts, q.Stem)
		}
		if strings.Contains(q.Stem, "thế hệ mới") || strings.Contains(q.Stem, "các chủ trương") {
			t.Errorf("the subject runs past its end: %s", q.Stem)
		}
	}
	if got != 2 {
		t.Errorf("%d earlier plenums asked, want 2", got)
	}
}

// An assessment that weighs its shortcomings' causes ("… nhưng chủ yếu
// là do nguyên nhân chủ quan") is asked which weighs more, once, among
// the other ways to weigh them.
func TestCausesWeighed(t *testing.T) {
	n := 0
	for _, d := range earlierDrafts() {
		q := d.Question
		if !strings.Contains(q.Stem, "có nguyên nhân như thế nào") {
			continue
		}
		n++
		if answerOf(q) != "Có cả nguyên nhân khách quan và chủ quan, nhưng chủ yếu là nguyên nhân chủ quan" || len(q.Options) != 4 ||
			!strings.Contains(q.Stem, "những hạn chế, yếu kém của doanh nghiệp công ích") || strings.Contains(q.Stem, "nêu trên") {
			t.Errorf("cause draft: %+v", q)
		}
	}
	if n != 1 {
		t.Errorf("%d cause drafts, want 1", n)
	}
}

// A force's role is asked among forces, never among tasks ("nhiệm vụ
// chiến lược" of an enterprise gives the answer away), and never with a
// role the text gives the same thing elsewhere as a wrong option: the
// text calls state enterprises "lực lượng nòng cốt" too.
func TestRoleAmongItsKind(t *testing.T) {
	found := false
	for _, d := range earlierDrafts() {
		q := d.Question
		if !strings.Contains(q.Stem, "Doanh nghiệp nhà nước là một ……") {
			continue
		}
		found = true
		if answerOf(q) != "lực lượng vật chất quan trọng" {
			t.Errorf("answer %q", answerOf(q))
		}
		for _, o := range q.Options {
			if roleClass(o.Text) != 2 || o.Text == "lực lượng nòng cốt" {
				t.Errorf("option %q for a force's role", o.Text)
			}
		}
	}
	if !found {
		t.Error("no draft on the enterprises' role")
	}
}
