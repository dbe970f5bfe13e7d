package draft

import (
	"slices"
	"strings"
	"testing"
)

// statuteText is a party statute in the shape of round 25's Điều lệ
// Đảng: articles with no title, a control commission whose name holds a
// duty's verb, a board named "… của" what it stands over. The wording is
// made up.
const statuteText = "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ V\nHỘI NÔNG DÂN\nHà Nội, ngày 10 tháng 12 năm 2023\nĐIỀU LỆ HỘI\n" +
	"Hội là tổ chức chính trị - xã hội của giai cấp nông dân, do các hội viên tự nguyện lập nên để cùng nhau phát triển sản xuất.\n" +
	"Chương I HỘI VIÊN\n" +
	"Điều 1.\n1. Hội viên là công dân từ mười tám tuổi trở lên, tự nguyện tham gia hoạt động của hội.\n2. Hội viên đóng hội phí theo quy định của ban chấp hành.\n3. Hội viên tham gia sinh hoạt chi hội mỗi tháng một lần.\n" +
	"Điều 2.\n1. Hội viên được thông tin về hoạt động của hội.\n2. Hội viên được ứng cử vào cơ quan lãnh đạo của hội.\n3. Người được kết nạp vào hội phải trải qua thời kỳ dự bị mười hai tháng, tính từ ngày chi hội kết nạp.\n4. Chi hội xét kết nạp khi được ít nhất hai phần ba số hội viên chính thức tán thành.\n" +
	"Điều 3.\n1. Ban chấp hành họp thường lệ sáu tháng một lần.\n2. Ban chấp hành bầu ban thường vụ trong số ủy viên ban chấp hành.\n3. Ban chấp hành bầu ủy ban kiểm tra của hội.\n" +
	"Chương II TỔ CHỨC\n" +
	"Điều 4.\n" +
	"Ban Chấp hành Trung ương lãnh đạo việc thực hiện nghị quyết đại hội giữa hai kỳ đại hội của hội.\n" +
	"Bộ Chính trị lãnh đạo và kiểm tra việc thực hiện nghị quyết của Ban Chấp hành Trung ương giữa hai kỳ họp.\n" +
	"Ban Bí thư lãnh đạo công việc hằng ngày, chỉ đạo công tác tổ chức, cán bộ và công tác hội viên của hội.\n" +
	"Ban Tổ chức Trung ương hướng dẫn thủ tục kết nạp hội viên và chuyển sinh hoạt hội ở các chi hội trong cả nước.\n" +
	"Ủy ban kiểm tra các cấp do ban chấp hành cùng cấp bầu, gồm một số ủy viên trong và ngoài ban chấp hành.\n" +
	"Ủy ban kiểm tra làm việc theo chế độ tập thể, dưới sự lãnh đạo của ban chấp hành cùng cấp.\n" +
	"Ban thường vụ cấp trên trực tiếp của chi hội xét, quyết định kết nạp từng người một vào hội.\n"

// Round 25: an article with no title is not asked by its number; "Ủy ban
// kiểm tra" is one name, never "Ủy ban" that "kiểm tra …"; a name cut
// before "của" is no answer.
func TestStatuteQuestions(t *testing.T) {
	who := 0
	defer func() {
		if who == 0 {
			t.Error("no question on who does what")
		}
	}()
	for _, d := range Drafts(Source{Title: "Điều lệ Hội", Kind: "Điều lệ", Pages: []string{statuteText}}) {
		q := d.Question
		if strings.Contains(q.Stem, "(“Điều ") {
			t.Errorf("an article asked by its number: %q", q.Stem)
		}
		if strings.Contains(q.Stem, "cơ quan nào") {
			who++
		}
		if strings.Contains(q.Stem, "cơ quan nào kiểm tra") {
			t.Errorf("a name split at its verb: %q", q.Stem)
		}
		for _, o := range q.Options {
			if o.Text == "Ủy ban" || strings.HasSuffix(o.Text, " của") {
				t.Errorf("a cut name as an option: %q in %q", o.Text, q.Stem)
			}
		}
	}
}

// A document's date is the one its own number is given with, never that
// of a document it replaces (round 25 dated Chỉ thị 45-CT/TW by Chỉ thị
// 35's date); a page headlined by the number is named by it, and a
// bracketed note before a headline is left out.
func TestSourceNamedByItsOwnDate(t *testing.T) {
	news := "Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp\n" +
		"Chỉ thị này thay thế Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp. Theo Chỉ thị số 45-CT/TW, đại hội được tổ chức vào đầu năm 2026.\n"
	if got := docRef(Source{Title: "Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp", Pages: []string{news}}); got != "Chỉ thị số 45-CT/TW" {
		t.Errorf("the directive named %q", got)
	}
	page := "Nghị quyết 72-NQ/TW: Chi tiết 06 nhiệm vụ, giải pháp đột phá?\n" +
		"Ngày 09/09/2025, Ban Chấp hành Trung ương ban hành Nghị quyết 72-NQ/TW năm 2025 về tăng cường chăm sóc sức khỏe Nhân dân.\n"
	if got := docRef(Source{Title: "Nghị quyết 72-NQ/TW: Chi tiết 06 nhiệm vụ, giải pháp đột phá?", Pages: []string{page}}); got != "Nghị quyết số 72-NQ/TW ngày 9/9/2025" {
		t.Errorf("the headlined resolution named %q", got)
	}
	if got := docRef(Source{Title: "( Ban thanh niên ) Lịch sử Đảng bộ tỉnh qua các thời kỳ", Pages: []string{"x"}}); strings.Contains(got, "Ban thanh niên") {
		t.Errorf("the note before a headline kept: %q", got)
	}
}

// A footnote's number glued to a closing quotation mark is no part of a
// stem: "… đại thành công”7".
func TestFootnoteAfterQuote(t *testing.T) {
	if got := gluedNoteRE.ReplaceAllString("Bác tổng kết: “Đoàn kết, đoàn kết, đại đoàn kết”7 và", "$1$2"); got != "Bác tổng kết: “Đoàn kết, đoàn kết, đại đoàn kết” và" {
		t.Errorf("%q", got)
	}
}

// A body answers two "cơ quan nào" questions at most: a third in a row
// reads as the same question (round 25's Nghị quyết 74/NQ-CP keyed Bộ
// Nội vụ three times running).
func TestBodyAnswersTwiceAtMost(t *testing.T) {
	text := "CHÍNH PHỦ\nSố: 88/NQ-CP\nNGHỊ QUYẾT\nVề kế hoạch sắp xếp\n" +
		"1. Bộ Nội vụ chủ trì, phối hợp với các bộ, ngành xây dựng dự thảo Luật Tổ chức chính quyền địa phương sửa đổi, trình Chính phủ trong tháng 4 năm 2026.\n" +
		"2. Bộ Nội vụ chủ trì, phối hợp với các địa phương xây dựng đề án sắp xếp đơn vị hành chính cấp xã trên phạm vi cả nước.\n" +
		"3. Bộ Nội vụ chủ trì ban hành hướng dẫn về vị trí việc làm của cán bộ, công chức cấp xã sau khi sắp xếp đơn vị hành chính.\n" +
		"4. Bộ Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật có liên quan đến việc sắp xếp đơn vị hành chính các cấp.\n" +
		"5. Bộ Tài chính chủ trì hướng dẫn việc xử lý tài sản công, trụ sở làm việc dôi dư sau khi sắp xếp đơn vị hành chính.\n" +
		"6. Bộ Xây dựng chủ trì hướng dẫn việc điều chỉnh quy hoạch đô thị và nông thôn sau khi sắp xếp đơn vị hành chính các cấp.\n"
	n := 0
	for _, d := range Drafts(Source{Title: "Nghị quyết số 88/NQ-CP", Kind: "Nghị quyết", Number: "88/NQ-CP", Pages: []string{text}}) {
		if strings.Contains(d.Question.Stem, "cơ quan nào") && answerOf(d.Question) == "Bộ Nội vụ" {
			n++
		}
	}
	if n > 2 {
		t.Errorf("Bộ Nội vụ the answer of %d questions", n)
	}
}

// A statute's rules in words ("từ mười tám tuổi", "dự bị mười hai
// tháng", "ít nhất hai phần ba") are asked among values a rule could set:
// ages near the age, the periods rules set, the shares (round 25: the
// Điều lệ Đảng's figures were never asked).
func TestRulesInWords(t *testing.T) {
	want := map[string][]string{
		"mười tám":    {"mười sáu", "mười bảy", "mười chín", "hai mươi", "mười lăm"},
		"mười hai":    {"ba", "sáu", "chín", "mười tám"},
		"hai phần ba": {"một nửa", "ba phần tư", "bốn phần năm"},
	}
	found := map[string]bool{}
	for _, d := range Drafts(Source{Title: "Điều lệ Hội", Kind: "Điều lệ", Pages: []string{statuteText}}) {
		q := d.Question
		ok, asked := want[answerOf(q)]
		if !asked || !strings.Contains(q.Stem, "điền vào chỗ trống") {
			continue
		}
		found[answerOf(q)] = true
		for _, o := range q.Options {
			if !o.Correct && !slices.Contains(ok, o.Text) {
				t.Errorf("%q: option %q", q.Stem, o.Text)
			}
		}
	}
	for a := range want {
		if !found[a] {
			t.Errorf("%q not asked", a)
		}
	}
}

// A deadline that opens its sentence ("Trước ngày 30/6/2025, Bộ Nội vụ
// chủ trì …") is asked, with enough of the task to know it by (round
// 25's Nghị quyết 74/NQ-CP: none of its deadlines was asked).
func TestDeadlineOpeningItsSentence(t *testing.T) {
	text := "CHÍNH PHỦ\nSố: 88/NQ-CP\nNGHỊ QUYẾT\nVề kế hoạch sắp xếp\n" +
		"1. Trước ngày 30/6/2026, Bộ Nội vụ chủ trì, phối hợp với các bộ, ngành, địa phương trình Chính phủ ban hành Nghị định thay thế Nghị định về thực hiện chế độ, chính sách đối với cán bộ, công chức, viên chức và người lao động trong quá trình sắp xếp tổ chức bộ máy.\n" +
		"2. Trước ngày 15/5/2026, Bộ Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật có liên quan đến việc sắp xếp đơn vị hành chính các cấp.\n"
	found := false
	for _, d := range Drafts(Source{Title: "Nghị quyết số 88/NQ-CP", Kind: "Nghị quyết", Number: "88/NQ-CP", Pages: []string{text}}) {
		if answerOf(d.Question) == "30/6/2026" {
			found = true
			if !strings.Contains(d.Question.Stem, "ban hành Nghị định thay thế") {
				t.Errorf("the deadline without its task: %q", d.Question.Stem)
			}
		}
	}
	if !found {
		t.Error("the deadline opening its sentence not asked")
	}
}
