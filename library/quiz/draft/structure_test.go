package draft

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// A broadcaster's structure and the sentence that sorts it: which unit
// is of the smaller kind is asked, units of the other kind with names of
// the key's kind ("Ban …") as the wrong options; nothing when the sorting
// names points the list does not have, or two kinds share a unit, or the
// key would be the only one of its kind by its name (a newspaper among
// departments, round 101). The words are ours.
func TestStructureSortedByKind(t *testing.T) {
	units := []string{"Ban Tổ chức - Hành chính", "Ban Kế hoạch - Tài chính", "Ban Kỹ thuật", "Ban Thư ký biên tập", "Ban Thời sự", "Ban Văn nghệ", "Trung tâm Quảng cáo"}
	page := func(list []string, sorting string) string {
		p := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 21/2025/QĐ-UBND\nQUYẾT ĐỊNH\nQuy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Đài Phát thanh và Truyền hình tỉnh\n" +
			"Điều 1. Vị trí và chức năng\nĐài Phát thanh và Truyền hình tỉnh là đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh.\n" +
			"Điều 2. Cơ cấu tổ chức\nCơ cấu tổ chức của Đài Phát thanh và Truyền hình tỉnh gồm:\n"
		for k, u := range list {
			p += fmt.Sprintf("%d. %s;\n", k+1, u)
		}
		return p + sorting + "\nĐiều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.\n"
	}
	src := func(list []string, sorting string) Source {
		return Source{Title: "Quyết định số 21/2025/QĐ-UBND", Kind: "Quyết định", Number: "21/2025/QĐ-UBND", Pages: []string{page(list, sorting)}}
	}
	sorting := "Các đơn vị quy định từ khoản 1 đến khoản 4 Điều này là tổ chức giúp việc Giám đốc; các đơn vị quy định từ khoản 5 đến khoản 6 là tổ chức sản xuất chương trình."
	asked := 0
	for _, d := range Drafts(src(units, sorting)) {
		q := d.Question
		if !strings.Contains(q.Stem, "nào sau đây là tổ chức sản xuất chương trình") {
			continue
		}
		asked++
		if d.Kind != DraftList || !strings.Contains(q.Stem, "trong cơ cấu tổ chức của Đài Phát thanh và Truyền hình tỉnh") {
			t.Errorf("%s: %q", d.Kind, q.Stem)
		}
		for _, o := range q.Options {
			k := slices.Index(units, o.Text)
			if k < 0 || k > 5 || o.Correct != (k >= 4) || !strings.HasPrefix(o.Text, "Ban ") {
				t.Errorf("%q: option %q (correct %v)", q.Stem, o.Text, o.Correct)
			}
		}
	}
	if asked != 1 {
		t.Errorf("the programme makers asked %d times, want 1", asked)
	}
	bad := []struct {
		list    []string
		sorting string
	}{
		{units, "Các đơn vị quy định từ khoản 1 đến khoản 4 là tổ chức giúp việc Giám đốc; các đơn vị quy định từ khoản 5 đến khoản 9 là tổ chức sản xuất chương trình."},
		{units, "Các đơn vị quy định từ khoản 1 đến khoản 4 là tổ chức giúp việc Giám đốc; các đơn vị quy định từ khoản 4 đến khoản 6 là đơn vị có tư cách pháp nhân."},
		// a newspaper and a magazine among departments: public service
		// units by their names
		{[]string{"Văn phòng", "Thanh tra", "Vụ Pháp chế", "Cục Quản lý văn hóa", "Cục Du lịch", "Báo Văn hóa", "Tạp chí Văn hóa"}, "Các tổ chức quy định từ 1 đến 5 là tổ chức hành chính giúp Giám đốc; các tổ chức quy định từ 6 đến 7 là đơn vị sự nghiệp công lập."},
	}
	for _, b := range bad {
		for _, d := range Drafts(src(b.list, b.sorting)) {
			if strings.Contains(d.Question.Stem, "nào sau đây là") && strings.Contains(d.Question.Stem, "cơ cấu tổ chức") {
				t.Errorf("a sorting that makes no fair question asked: %q", d.Question.Stem)
			}
		}
	}
}

// The same on a news page that reports the decision: points marked "1-",
// a body whose name holds a comma, and the decision named by the number
// the page gives, not by the headline; a page that gives no number is
// not asked.
func TestStructureOnANewsPage(t *testing.T) {
	units := []string{"Văn phòng", "Thanh tra", "Phòng Quản lý văn hóa", "Phòng Quản lý thể thao", "Phòng Quản lý du lịch", "Phòng Thư viện số", "Bảo tàng tỉnh"}
	page := func(lead string) string {
		p := lead + "\nVề cơ cấu tổ chức, Sở Văn hóa, Thể thao và Du lịch có 7 tổ chức, gồm:\n"
		for k, u := range units {
			p += fmt.Sprintf("%d- %s;\n", k+1, u)
		}
		return p + "Các tổ chức quy định từ 1 đến 5 là tổ chức hành chính giúp Giám đốc Sở thực hiện chức năng quản lý nhà nước; các tổ chức quy định từ 6 đến 7 là đơn vị sự nghiệp công lập thuộc Sở.\n"
	}
	title := "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Nam còn 7 đầu mối"
	n := 0
	for _, d := range Drafts(Source{Title: title, Pages: []string{page("Ủy ban nhân dân tỉnh Bắc Nam vừa ban hành Quyết định 21/2025/QĐ-UBND quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch.")}}) {
		s := d.Question.Stem
		if !strings.Contains(s, "là đơn vị sự nghiệp công lập thuộc Sở") {
			continue
		}
		n++
		if want := "Theo Quyết định 21/2025/QĐ-UBND, trong cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch, tổ chức nào sau đây"; !strings.HasPrefix(s, want) {
			t.Errorf("stem %q, want it to open %q", s, want)
		}
		if a := answerOf(d.Question); a != "Phòng Thư viện số" {
			t.Errorf("%q = %q", s, a)
		}
	}
	if n != 1 {
		t.Errorf("asked %d times, want 1", n)
	}
	for _, d := range Drafts(Source{Title: title, Pages: []string{page("Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Nam vừa được sắp xếp lại.")}}) {
		if strings.Contains(d.Question.Stem, "là đơn vị sự nghiệp công lập thuộc Sở") {
			t.Errorf("asked with no decision named: %q", d.Question.Stem)
		}
	}
}
