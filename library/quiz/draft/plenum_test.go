package draft

import (
	"slices"
	"strings"
	"testing"

	"sotay/internal/vanban"
)

// A plenum's resolution given whole under a news agency's lead is asked
// by its plenum, among the plenums before and after it and the same one
// of the term before; its issuer is not asked beside it (the question
// names the Central Committee). A plenum the text only cites is not
// asked. Nghị quyết 11-NQ/TW and 12-NQ/TW of 2017 gave neither this nor
// their date. The text is made up.
func TestPlenumOfACentralResolution(t *testing.T) {
	text := "Nghị quyết Hội nghị TƯ 9 khóa XII về công tác thi đua\n" +
		"Ngày 5/10/2018, Tổng Bí thư đã ký ban hành Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương khóa XII về tiếp tục đổi mới công tác thi đua, khen thưởng (Nghị quyết số 45-NQ/TW). TTXVN trân trọng giới thiệu toàn văn Nghị quyết.\n" +
		"I- TÌNH HÌNH VÀ NGUYÊN NHÂN\n" +
		"Sau 10 năm thực hiện Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa X, công tác thi đua có nhiều chuyển biến. Bộ Chính trị, Ban Bí thư đã chỉ đạo sát sao.\n" +
		"II- NHIỆM VỤ VÀ GIẢI PHÁP\n" +
		"- Đổi mới nội dung, hình thức thi đua gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.\n" +
		"- Khen thưởng kịp thời, chính xác, công khai, minh bạch.\n" +
		"- Phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến.\n"
	m := vanban.ReadMeta(text)
	ds := Drafts(Source{DocumentID: 1, Title: m.Title, Kind: m.Kind, Number: m.Number, Issuer: m.Issuer, IssuedOn: m.IssuedOn, Pages: []string{text}})
	var plenums, issuers, dates int
	for _, d := range ds {
		switch s := d.Question.Stem; {
		case strings.Contains(s, "hội nghị nào"):
			plenums++
			var opts []string
			for _, o := range d.Question.Options {
				opts = append(opts, o.Text)
			}
			want := []string{"Hội nghị Trung ương 8 khóa XII", "Hội nghị Trung ương 9 khóa XII", "Hội nghị Trung ương 10 khóa XII", "Hội nghị Trung ương 9 khóa XI"}
			slices.Sort(opts)
			slices.Sort(want)
			if answerOf(d.Question) != "Hội nghị Trung ương 9 khóa XII" || !slices.Equal(opts, want) || d.Question.Passage == nil {
				t.Errorf("plenum draft: %+v", d.Question)
			}
		case strings.HasPrefix(s, "Cơ quan nào ban hành"):
			issuers++
		case strings.HasSuffix(s, "được ban hành ngày nào?"):
			dates++
		}
	}
	if plenums != 1 || issuers != 0 || dates != 1 {
		t.Errorf("%d plenum, %d issuer, %d date drafts; want 1, 0, 1", plenums, issuers, dates)
	}
	// a provincial resolution citing a plenum's is not asked the plenum
	cites := "TỈNH ỦY BẮC NAM\nSố 20-NQ/TU\nNGHỊ QUYẾT\nvề công tác thi đua\nThực hiện Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương khóa XII về thi đua, Tỉnh ủy quyết nghị:\n- Đổi mới nội dung thi đua.\n"
	for _, d := range Drafts(Source{Title: "Nghị quyết về công tác thi đua", Kind: "Nghị quyết", Number: "20-NQ/TU", Issuer: "Tỉnh ủy Bắc Nam", Pages: []string{cites}}) {
		if strings.Contains(d.Question.Stem, "hội nghị nào") {
			t.Errorf("a cited plenum asked: %s", d.Question.Stem)
		}
	}
}
