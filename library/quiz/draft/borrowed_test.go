package draft

import (
	"strings"
	"testing"
)

// A page that lists one body's tasks and nothing else of their kind was
// asked nothing about them (the list survey of 3 December: 91 of 168
// pages with a list had no list question, most of them such pages). With
// another document of the library on another body of its rank, the
// drafter asks which task is NOT the body's, the odd one out that body's.
// (The texts are written for this test.)

const danVanTitle = "Ban Dân vận Trung ương Đảng Cộng sản Việt Nam"

const danVanPage = "Ban Dân vận Trung ương Đảng Cộng sản Việt Nam\n\n" +
	"Ban Dân vận Trung ương là cơ quan tham mưu của Ban Chấp hành Trung ương về công tác dân vận.\n\n" +
	"Nhiệm vụ\n\n" +
	"- Nghiên cứu, đề xuất chủ trương của Đảng về công tác dân vận trong tình hình mới\n" +
	"- Hướng dẫn, kiểm tra các cấp ủy thực hiện nghị quyết của Đảng về công tác dân vận\n" +
	"- Theo dõi, tổng hợp tình hình tư tưởng của các tầng lớp nhân dân và kiến nghị giải pháp\n" +
	"- Phối hợp bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận ở các cấp\n" +
	"- Thực hiện những công việc khác do Bộ Chính trị, Ban Bí thư giao\n\n" +
	"Lãnh đạo\n\nTrưởng ban qua các thời kỳ được ghi trong bảng dưới.\n"

const toChucTitle = "Ban Tổ chức Trung ương Đảng Cộng sản Việt Nam"

const toChucPage = "Ban Tổ chức Trung ương Đảng Cộng sản Việt Nam\n\n" +
	"Ban Tổ chức Trung ương là cơ quan tham mưu của Ban Chấp hành Trung ương về công tác tổ chức, cán bộ.\n\n" +
	"Nhiệm vụ\n\n" +
	"- Nghiên cứu, tham mưu về công tác tổ chức xây dựng Đảng và hệ thống chính trị\n" +
	"- Thẩm định các đề án về sắp xếp bộ máy của các cơ quan ở Trung ương\n" +
	"- Hướng dẫn thực hiện công tác tổ chức, cán bộ và đảng viên ở các cấp\n" +
	"- Quản lý hồ sơ cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý\n" +
	"- Thực hiện những công việc khác do Bộ Chính trị, Ban Bí thư giao\n"

// A hospital's tasks: a body of no rank the others are compared with.
const benhVienTitle = "Bệnh viện Quân y mẫu"

const benhVienPage = "Bệnh viện Quân y mẫu\n\nChức năng, nhiệm vụ\n\n" +
	"- Khám bệnh, chữa bệnh cho cán bộ, chiến sĩ và nhân dân trên địa bàn\n" +
	"- Đào tạo, bồi dưỡng nhân lực y tế cho các đơn vị trong toàn quân\n" +
	"- Nghiên cứu khoa học, ứng dụng kỹ thuật mới trong chẩn đoán, điều trị\n" +
	"- Chỉ đạo tuyến về chuyên môn kỹ thuật đối với các bệnh viện tuyến dưới\n"

func borrowedDrafts(t *testing.T, title, page string, others ...Source) []Draft {
	t.Helper()
	src := Source{Title: title, Pages: []string{page}}
	for _, o := range others {
		src.Others = append(src.Others, BodyTasks(o)...)
	}
	var out []Draft
	for _, d := range Drafts(src) {
		if strings.Contains(d.Question.Stem, "KHÔNG thuộc") {
			out = append(out, d)
		}
	}
	return out
}

func TestBodyTasksOfAnEncyclopediaPage(t *testing.T) {
	got := BodyTasks(Source{Title: toChucTitle, Pages: []string{toChucPage}})
	if len(got) != 1 {
		t.Fatalf("got %d lists, want the page's one: %+v", len(got), got)
	}
	if got[0].Whose != "Ban Tổ chức Trung ương Đảng" || len(got[0].Items) != 5 || got[0].From != toChucTitle {
		t.Errorf("got %+v", got[0])
	}
	// a headline names no body; a page with no lead over tasks has none
	if got := BodyTasks(Source{Title: "Hội nghị tổng kết công tác năm 2025 ra sao?", Pages: []string{"Hội nghị đã diễn ra.\n"}}); len(got) != 0 {
		t.Errorf("headline: got %+v", got)
	}
}

func TestBorrowedOddOneOut(t *testing.T) {
	// alone in the library: nothing to ask by
	if got := borrowedDrafts(t, danVanTitle, danVanPage); len(got) != 0 {
		t.Fatalf("no other document: got %q", got[0].Question.Stem)
	}
	got := borrowedDrafts(t, danVanTitle, danVanPage, Source{Title: toChucTitle, Pages: []string{toChucPage}})
	if len(got) != 1 {
		t.Fatalf("got %d drafts, want one", len(got))
	}
	d := got[0]
	if d.Kind != DraftList {
		t.Errorf("kind %q, want list", d.Kind)
	}
	want := "Theo bài “Ban Dân vận Trung ương Đảng Cộng sản Việt Nam”, nội dung nào sau đây KHÔNG thuộc nhiệm vụ của Ban Dân vận Trung ương Đảng?"
	if d.Question.Stem != want {
		t.Errorf("stem %q\nwant %q", d.Question.Stem, want)
	}
	answer := answerOf(d.Question)
	if !strings.Contains(toChucPage, answer) || strings.Contains(danVanPage, answer) {
		t.Errorf("answer %q is not the other body's task", answer)
	}
	if !strings.Contains(answer, "tổ chức") {
		t.Errorf("answer %q does not name the other body's field", answer)
	}
	for _, o := range d.Question.Options {
		if !o.Correct && !strings.Contains(danVanPage, strings.TrimSuffix(o.Text, " …")) {
			t.Errorf("wrong option %q is not the body's own task", o.Text)
		}
		if strings.Contains(o.Text, "công việc khác") {
			t.Errorf("option %q is every body's task", o.Text)
		}
	}
	if !strings.Contains(d.Question.Explanation, "Ban Tổ chức Trung ương Đảng (theo văn bản “"+toChucTitle+"”)") {
		t.Errorf("explanation does not name where the odd one out stands: %q", d.Question.Explanation)
	}
}

func TestBorrowedNotAcrossRanks(t *testing.T) {
	// a hospital's tasks are no odd ones out for a Party board's, nor
	// the board's for the hospital's
	if got := borrowedDrafts(t, danVanTitle, danVanPage, Source{Title: benhVienTitle, Pages: []string{benhVienPage}}); len(got) != 0 {
		t.Errorf("got %q", got[0].Question.Stem)
	}
	if got := borrowedDrafts(t, benhVienTitle, benhVienPage, Source{Title: danVanTitle, Pages: []string{danVanPage}}); len(got) != 0 {
		t.Errorf("got %q", got[0].Question.Stem)
	}
}

func TestFieldPairs(t *testing.T) {
	for whose, want := range map[string]string{
		"Ban Dân vận Trung ương Đảng":                                   "dan van",
		"Ủy ban về các vấn đề xã hội của Quốc hội":                      "xa hoi",
		"Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam":        "phu nu",
		"Ủy ban khoa học, công nghệ và môi trường của Quốc hội":         "cong nghe",
		"Ban Chỉ đạo Cải cách Tư pháp Trung ương Đảng":                  "tu phap",
		"Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": "",
	} {
		got := strings.Join(fieldPairs(whose), "|")
		if want == "" && got != "" || want != "" && !strings.Contains("|"+got+"|", "|"+want+"|") {
			t.Errorf("fieldPairs(%q) = %q, want %q among them", whose, got, want)
		}
	}
}

func TestBodyTasksNeverPanics(t *testing.T) {
	for _, p := range []string{"", ":", "\n\n- \n- \n- ", "Ban X có nhiệm vụ sau:\n- a\n- b\n- c", strings.Repeat("Ủy ban có nhiệm vụ:\n- Làm\n", 50)} {
		BodyTasks(Source{Title: "Ban Tổ chức Trung ương", Pages: []string{p}})
		Drafts(Source{Title: "Ban Dân vận Trung ương", Pages: []string{p}, Others: []OtherList{{Whose: "Ban Tổ chức Trung ương", Items: []string{"", "a"}}}})
	}
}

// A body's tasks in groups ("1. Nghiên cứu, tham mưu" over a), b), c))
// are one list of the groups' points; a footnote mark before the lead
// ("[4] - Ban … có nhiệm vụ") does not hide whose they are.
func TestBodyTasksInGroups(t *testing.T) {
	page := "Ban Kinh tế Trung ương Đảng Cộng sản Việt Nam\n\n" +
		"[4] - Ban Kinh tế Trung ương có nhiệm vụ:\n\n" +
		"1. Nghiên cứu, tham mưu\n" +
		"a) Nghiên cứu, đề xuất chủ trương của Đảng về phát triển kinh tế - xã hội trong từng giai đoạn\n" +
		"b) Tham gia chuẩn bị các báo cáo kinh tế trình Ban Chấp hành Trung ương\n" +
		"c) Theo dõi, tổng hợp tình hình kinh tế trong nước và thế giới\n" +
		"2. Thẩm định\n" +
		"a) Thẩm định các đề án về kinh tế trước khi trình Bộ Chính trị, Ban Bí thư\n" +
		"b) Tham gia ý kiến về chiến lược phát triển kinh tế của các ngành\n" +
		"c) Thẩm tra các báo cáo tổng kết kinh tế của các ban cán sự đảng\n" +
		"3. Hướng dẫn, kiểm tra\n" +
		"a) Hướng dẫn các cấp ủy thực hiện nghị quyết của Đảng về kinh tế\n" +
		"b) Kiểm tra việc thực hiện các chủ trương kinh tế ở các địa phương\n" +
		"c) Sơ kết, tổng kết việc thực hiện nghị quyết về kinh tế tập thể\n"
	got := BodyTasks(Source{Title: "Ban Kinh tế Trung ương Đảng Cộng sản Việt Nam", Pages: []string{page}})
	if len(got) != 1 || got[0].Whose != "Ban Kinh tế Trung ương" || len(got[0].Items) != 9 {
		t.Fatalf("got %+v, want the nine points of Ban Kinh tế Trung ương", got)
	}
	for _, it := range got[0].Items {
		if it == "Nghiên cứu, tham mưu" || it == "Thẩm định" {
			t.Errorf("a group's heading %q among the tasks", it)
		}
	}
	if r := rankOf("Viện kiểm sát nhân dân tối cao"); r != rankOf("Tòa án nhân dân tối cao") || r == "" {
		t.Errorf("a procuracy and a court are not of one rank: %q", r)
	}
}
