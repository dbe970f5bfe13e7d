package draft

import (
	"strings"
	"testing"
)

// Round 92's faults, on made-up pages in the shape of the pages judged.

// "…… (hai phần trăm)" tells a percentage again in words.
func TestRound92PercentInWords(t *testing.T) {
	stem := "điền vào chỗ trống: “mức đóng bằng …… (hai phần trăm) mức lương”"
	if got := dropAside(stem, "2%"); strings.Contains(got, "phần trăm") {
		t.Errorf("dropAside = %q", got)
	}
}

// A term whose year the sentence says ("trong năm 2025 và nhiệm kỳ ……")
// is not asked; the shares a rule sets stand in the order of their value;
// one row of a table's parallel lines is asked, not each; Markdown's
// stars do not reach a stem.
func TestRound92(t *testing.T) {
	title := "Kết luận mẫu về sắp xếp bộ máy"
	page := title + "\n" +
		"Bộ Chính trị thống nhất tiếp tục thực hiện sắp xếp, hoàn thiện tổ chức bộ máy của hệ thống chính trị trong năm 2025 và nhiệm kỳ 2025 - 2030.\n" +
		"Chi bộ xét và đề nghị kết nạp từng người một, khi được ít nhất hai phần ba số đảng viên chính thức trong chi bộ tán thành.\n" +
		"Chuyên gia cao cấp được xếp lương như sau:\n" +
		"- Xếp lương vào bậc 1, hệ số lương 8,80 của Bảng lương chuyên gia cao cấp.\n" +
		"- Xếp lương vào bậc 2, hệ số lương 9,40 của Bảng lương chuyên gia cao cấp.\n" +
		"- Xếp lương vào bậc 3, hệ số lương 10,0 của Bảng lương chuyên gia cao cấp.\n" +
		"Mức đóng bảo hiểm y tế của học sinh Trường Văn hóa mẫu *(bao gồm cả học sinh là người nước ngoài) bằng 4,5% mức tham chiếu.\n"
	rows := 0
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		q := d.Question
		if strings.Contains(q.Stem, "nhiệm kỳ ……") {
			t.Errorf("a term the sentence gives away: %q", q.Stem)
		}
		if strings.Contains(q.Stem, "Xếp lương vào bậc") {
			rows++
		}
		if strings.Contains(q.Stem, "*") {
			t.Errorf("Markdown's stars in a stem: %q", q.Stem)
		}
		if answerOf(q) == "hai phần ba" {
			var got []string
			for _, o := range q.Options {
				got = append(got, o.Text)
			}
			want := []string{"một nửa", "hai phần ba", "ba phần tư", "bốn phần năm"}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("shares out of order: %v", got)
			}
		}
	}
	if rows > 1 {
		t.Errorf("%d rows of one table asked", rows)
	}
}

// A page that opens with a decree's scope article and cites an older
// decree is named by the one it says takes effect.
func TestRound92ActInForce(t *testing.T) {
	src := Source{Pages: []string{"Nghị định này quy định về chế độ, chính sách đối với chuyên gia cao cấp.\n" +
		"Chuyên gia cao cấp hưởng lương theo Nghị định số 204/2004/NĐ-CP.\n" +
		"Nghị định số 92/2025/NĐ-CP có hiệu lực thi hành từ ngày 15/6/2025.\n"}}
	if got := soleNumber(src, "Nghị định"); got != "92/2025/NĐ-CP" {
		t.Errorf("soleNumber = %q", got)
	}
}

// A page on a notice that quotes a decree's article under its caption
// names that decree for the article's clauses.
func TestRound92DecreeCaption(t *testing.T) {
	title := "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư đã ký Thông báo kết luận về điều chỉnh đối tượng áp dụng"
	page := "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư đã ký Thông báo kết luận số 75-TB/TW ngày 7/3/2025 của Bộ Chính trị về điều chỉnh phạm vi và đối tượng áp dụng Nghị định số 178/2024/NĐ-CP.\n" +
		"Bộ Chính trị cơ bản đồng ý chủ trương điều chỉnh phạm vi áp dụng Nghị định.\n" +
		"Điều 2, Nghị định 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ về chính sách, chế độ đối với cán bộ, công chức, quy định đối tượng áp dụng gồm:\n" +
		"1. Cán bộ, công chức, viên chức, người làm việc theo chế độ hợp đồng lao động trong các cơ quan, tổ chức, đơn vị, bao gồm:\n" +
		"a) Cán bộ, công chức cấp xã;\n" +
		"b) Người làm việc theo chế độ hợp đồng lao động theo quy định của pháp luật lao động trước thời điểm ngày 15 tháng 01 năm 2019 và người làm việc theo chế độ hợp đồng lao động được áp dụng chính sách như công chức;\n" +
		"c) Sĩ quan, quân nhân chuyên nghiệp thuộc Quân đội nhân dân Việt Nam.\n"
	seen := false
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if strings.Contains(answerOf(d.Question), "2019") {
			seen = true
			if !strings.HasPrefix(d.Question.Stem, "Theo Điều 2 Nghị định 178/2024/NĐ-CP") {
				t.Errorf("a decree's clause named as the notice's: %q", d.Question.Stem)
			}
		}
	}
	if !seen {
		t.Error("the clause's date not asked")
	}
}

// A line of a hard-wrapped text that starts inside a word ("định này có
// hiệu lực kể từ …" after "Quyết") is no sentence to blank.
func TestRound92LineInsideSentence(t *testing.T) {
	title := "Quyết định mẫu về thi đua"
	page := title + "\n" +
		"Điều 2. Hiệu lực thi hành\n" +
		"Quyết\n" +
		"định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025 và thay thế Quyết định số 12 năm 2020.\n"
	for stem := range roundDrafts(title, page) {
		if strings.Contains(stem, "“định này") {
			t.Errorf("a piece of a word asked: %q", stem)
		}
	}
}

// A headline that gives a deadline's day and month gives its date away
// (round 93: "… cấp xã trước 15/7, cấp tỉnh trước 15/8" over "15/7/2025").
func TestRound93DeadlineInHeadline(t *testing.T) {
	title := "Bộ Chính trị yêu cầu hoàn tất sắp xếp cấp xã trước 15/7, cấp tỉnh trước 15/8"
	page := title + "\n" +
		"Bộ Chính trị yêu cầu các cấp ủy khẩn trương triển khai việc sắp xếp đơn vị hành chính theo kế hoạch.\n" +
		"Cấp tỉnh phấn đấu hoàn thành trước ngày 15/8/2025.\n" +
		"Đưa vào hoạt động cấp xã mới từ ngày 1/7/2025, hoàn thành trước ngày 15/7/2025.\n"
	for stem, answer := range roundDrafts(title, page) {
		if answer == "15/8/2025" || answer == "15/7/2025" {
			t.Errorf("a deadline the headline gives asked: %q", stem)
		}
	}
}

// A hard-wrapped text's lines that go on with a small letter are one
// sentence: its figures are asked whole ("Quyết định này có hiệu lực kể
// từ ……"), offsets unmoved.
func TestJoinWrapped(t *testing.T) {
	in := "Điều 2. Hiệu lực thi hành\nQuyết\nđịnh này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.\n\nthay thế\na) Điểm a\n- Điểm gạch"
	out := joinWrapped(in)
	if want := "Điều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.\n\nthay thế\na) Điểm a\n- Điểm gạch"; out != want {
		t.Errorf("joinWrapped = %q", out)
	}
	if len([]rune(out)) != len([]rune(in)) {
		t.Error("offsets moved")
	}
	title := "Quyết định mẫu về thi đua"
	page := title + "\nĐiều 2. Tổ chức thực hiện\nSở Nội vụ chủ trì hướng dẫn các cơ quan, đơn vị hoàn thành việc rà soát hồ sơ khen thưởng của\ncác tập thể, cá nhân trước ngày 01 tháng 12 năm 2025 và báo cáo Ủy ban nhân dân tỉnh.\n"
	seen := false
	for stem := range roundDrafts(title, page) {
		seen = seen || strings.Contains(stem, "hồ sơ khen thưởng của các tập thể, cá nhân trước ……")
	}
	if !seen {
		t.Errorf("the wrapped sentence not asked whole: %v", roundDrafts(title, page))
	}
}

// A cited act's issuer asked from a lead ends at its subject, not at the
// lead's "gồm".
func TestRound92CitedEndsAtSubject(t *testing.T) {
	title := "Nghị định mẫu về chuyên gia cao cấp"
	page := title + "\n" +
		"Chuyên gia cao cấp là người có đủ tiêu chuẩn, điều kiện được cơ quan có thẩm quyền bổ nhiệm theo Quy định số 180-QĐ/TW ngày 11 tháng 7 năm 2024 của Ban Bí thư về chuyên gia cao cấp, gồm:\n" +
		"a) Chuyên gia cao cấp trong các cơ quan của Đảng;\n" +
		"b) Chuyên gia cao cấp trong các cơ quan nhà nước;\n" +
		"c) Chuyên gia cao cấp trong Mặt trận Tổ quốc Việt Nam.\n"
	seen := false
	for stem, answer := range roundDrafts(title, page) {
		if answer == "Ban Bí thư" {
			seen = true
			if strings.HasSuffix(stem, "gồm”") {
				t.Errorf("the lead's 'gồm' left in: %q", stem)
			}
		}
	}
	if !seen {
		t.Error("the cited act's issuer not asked")
	}
}

// A field asked among a run of parallel figures is the field, not the
// field and the word that ties it ("Tổng nhu cầu huy động của").
func TestRound93FieldWithoutTie(t *testing.T) {
	title := "Nghị quyết mẫu về dự toán ngân sách"
	page := title + "\n" +
		"Quốc hội quyết nghị dự toán ngân sách nhà nước năm 2026 với các chỉ tiêu chủ yếu như sau, giao Chính phủ tổ chức thực hiện.\n" +
		"Tổng số chi NSNN là 3.159.106 tỷ đồng.\n" +
		"Mức bội chi NSNN là 605.800 tỷ đồng.\n" +
		"Tổng nhu cầu huy động của NSNN là 985.784 tỷ đồng.\n"
	seen := false
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		seen = seen || answerOf(d.Question) == "Tổng nhu cầu huy động"
		for _, o := range d.Question.Options {
			if strings.HasSuffix(o.Text, " của") {
				t.Errorf("an option ends with its tie: %q in %q", o.Text, d.Question.Stem)
			}
		}
	}
	if !seen {
		t.Error("the field not asked")
	}
}
