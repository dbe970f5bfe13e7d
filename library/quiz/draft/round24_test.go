package draft

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// planText is a monitoring plan in the shape of round 24's Kế hoạch 235:
// "-" sites, some over "+" sampling points, counts of what follows in
// each lead, then tasks set out field by field. The names are made up.
const planText = "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\nSố: 88/KH-UBND\nBắc Sơn, ngày 10 tháng 11 năm 2025\nKẾ HOẠCH\nQuan trắc môi trường nuôi trồng thủy sản năm 2026\n" +
	"I. MỤC TIÊU\n" +
	"Quan trắc, cảnh báo môi trường nuôi trồng thủy sản nhằm cung cấp thông tin kịp thời phục vụ chỉ đạo sản xuất.\n" +
	"II. NỘI DUNG\n" +
	"1. Quan trắc nguồn nước cấp\n" +
	"Điểm quan trắc: Thực hiện quan trắc tại 05 cửa sông cấp nước cho các vùng nuôi tập trung, lấy mẫu tại 09 vị trí như sau:\n" +
	"- Cửa sông Đông: Lấy mẫu 01 vị trí tại khu vực cấp nước chung cho vùng nuôi Tân An và Tân Bình.\n" +
	"- Cửa sông Bắc: Lấy mẫu 03 vị trí gồm:\n" +
	"+ 01 vị trí tại khu vực nước cấp cho vùng nuôi Phú Lộc - xã Phú Lộc;\n" +
	"+ 01 vị trí tại khu vực nước cấp cho vùng nuôi Hòa Lạc - xã Hòa Lạc;\n" +
	"+ 01 vị trí tại khu vực nước cấp cho vùng nuôi Đồng Xuân - xã Đồng Xuân.\n" +
	"- Cửa sông Tây: Lấy mẫu 01 vị trí tại khu vực nước cấp chung cho vùng nuôi ngoại đê Mỹ Hòa.\n" +
	"- Cửa sông Nam: Lấy mẫu 02 vị trí gồm:\n" +
	"+ 01 vị trí tại khu vực cấp chung cho 03 vùng nuôi Quảng Hưng, Quảng Thịnh, Quảng Phát - xã Quảng Hưng;\n" +
	"+ 01 vị trí tại khu vực nước cấp cho vùng nuôi Hải Yến - phường Hải Yến.\n" +
	"- Cửa sông Trung: Lấy mẫu 02 vị trí tại khu vực cấp nước cho vùng nuôi Vĩnh Phúc và vùng nuôi Vĩnh Lợi.\n" +
	"2. Ban hành quy chế phối hợp quan trắc\n" +
	"- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n" +
	"- Thời hạn ban hành: trước ngày 31 tháng 3 năm 2026.\n" +
	"3. Xây dựng cơ sở dữ liệu quan trắc của tỉnh\n" +
	"- Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n" +
	"- Thời hạn ban hành: trước ngày 30 tháng 9 năm 2026.\n" +
	"III. TỔ CHỨC THỰC HIỆN\n" +
	"Sở Nông nghiệp và Môi trường tổ chức đánh giá kết quả thực hiện; báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.\n"

// A "+" list under "- Cửa sông Bắc: … gồm:" ends where the "-" sites go
// on: the next site is not one of its points (round 24 keyed "Cửa sông
// Mã" as a point of "Cửa sông lạch Trường").
func TestNestedPointsKeepTheirList(t *testing.T) {
	g := newDrafter(Source{Title: "Kế hoạch số 88/KH-UBND", Kind: "Kế hoạch", Number: "88/KH-UBND", Pages: []string{planText}})
	for _, l := range g.findLists() {
		for _, lab := range l.labels {
			if strings.HasPrefix(l.name, "Cửa sông") && strings.HasPrefix(lab, "Cửa sông") {
				t.Errorf("list %q holds another site: %q", l.name, lab)
			}
			if strings.HasPrefix(l.labels[0], "Cửa sông") && strings.HasPrefix(lab, "01 vị trí") {
				t.Errorf("the sites' list %q holds a site's point: %q", l.name, lab)
			}
		}
	}
	for _, d := range Drafts(Source{Title: "Kế hoạch số 88/KH-UBND", Kind: "Kế hoạch", Number: "88/KH-UBND", Pages: []string{planText}}) {
		s := d.Question.Stem
		// the site after the "+" points stands in the sites' lead, not
		// in the site before it
		if strings.Contains(s, "Cửa sông Trung") && strings.Contains(s, "mục “Cửa sông") {
			t.Errorf("a site named by the site before it: %q", s)
		}
		for _, bad := range []string{"Lấy mẫu …… vị trí gồm", "tại …… cửa sông", "lấy mẫu tại …… vị trí như sau", "cho …… vùng nuôi Quảng Hưng"} {
			// how many points follow a lead, or how many names follow
			// the count, is no question
			if strings.Contains(s, bad) {
				t.Errorf("a count the text lists next asked: %q", s)
			}
		}
	}
}

// A task's field ("- Thời hạn ban hành: trước ngày …") is asked with
// the task it belongs to, never under a field before it (round 17's
// Quyết định 2623/QĐ-TTg: "mục “Thời gian thực hiện”", no task).
func TestFieldNamedByItsTask(t *testing.T) {
	n := 0
	for _, d := range Drafts(Source{Title: "Kế hoạch số 88/KH-UBND", Kind: "Kế hoạch", Number: "88/KH-UBND", Pages: []string{planText}}) {
		s := d.Question.Stem
		if !strings.Contains(s, "Thời hạn ban hành: trước ……") {
			continue
		}
		n++
		switch answerOf(d.Question) {
		case "ngày 31 tháng 3 năm 2026":
			if !strings.Contains(s, "mục “Ban hành quy chế phối hợp quan trắc”") {
				t.Errorf("the deadline without its task: %q", s)
			}
		case "ngày 30 tháng 9 năm 2026":
			if !strings.Contains(s, "mục “Xây dựng cơ sở dữ liệu quan trắc của tỉnh”") {
				t.Errorf("the deadline without its task: %q", s)
			}
		}
	}
	if n == 0 {
		t.Error("no task's deadline asked")
	}
}

// Goals by their years: a long goal for 2030, cut with "…", asked among
// whole goals for 2020 stood apart by its form, so Nghị quyết 12-NQ/TW's
// goals gave no question; the wrong ones are cut alike at a clause's end.
func TestEvenCuts(t *testing.T) {
	right := itemLabel("- Trình độ công nghệ, kỹ thuật sản xuất của hợp tác xã tương đương với các nước trong khu vực; đáp ứng đầy đủ chuẩn mực về quản trị hợp tác xã; hình thành đội ngũ cán bộ quản lý chuyên nghiệp, có trình độ cao, có năng lực điều hành, am hiểu thị trường, có bản lĩnh chính trị, phẩm chất đạo đức tốt, tinh thần trách nhiệm cao và khả năng hội nhập quốc tế sâu rộng.")
	wrong := []string{
		"Tập trung xử lý dứt điểm các khoản nợ đọng kéo dài của hợp tác xã, các dự án đầu tư dàn trải, thua lỗ kéo dài nhiều năm ở các địa phương",
		"Phấn đấu đáp ứng các chuẩn mực quốc gia về quản trị hợp tác xã; nâng cao một bước hiệu quả sản xuất kinh doanh, chất lượng sản phẩm, năng lực cạnh tranh",
		"Hoàn thiện mô hình quản lý, hỗ trợ hợp tác xã ở cấp tỉnh, cấp xã, bảo đảm rõ người, rõ việc, rõ trách nhiệm và rõ kết quả trong việc hỗ trợ",
	}
	if !strings.HasSuffix(right, "…") || !formAlone(right, wrong) {
		t.Fatalf("the fixture no longer sets the cut answer apart: %q", right)
	}
	even := evenCuts(right, wrong)
	if formAlone(right, even) {
		t.Errorf("still apart by its form: %q among %q", right, even)
	}
	for i, w := range even {
		if !strings.HasSuffix(w, " …") || !strings.HasPrefix(wrong[i], strings.TrimSuffix(w, " …")) {
			t.Errorf("not cut from its own words: %q from %q", w, wrong[i])
		}
	}
	// one too short to cut: the options stay as they were
	short := append([]string{"Sắp xếp lại các hợp tác xã yếu kém"}, wrong[1:]...)
	if got := evenCuts(right, short); got[0] != short[0] || got[1] != short[1] {
		t.Errorf("a short option cut or the others cut without it: %q", got)
	}
}

// Nghị quyết 12-NQ/TW from the shared corpus asks its goals by their
// years (skipped without ../shared).
func TestResolutionGoalsByYear(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "corpus", "vinews-baomoi", "docs", "22460771.txt"))
	if err != nil {
		t.Skipf("the shared corpus is not here: %v", err)
	}
	for _, d := range Drafts(Source{Title: strings.SplitN(string(data), "\n", 2)[0], Pages: []string{string(data)}}) {
		if strings.Contains(d.Question.Stem, "“Mục tiêu đến năm 20") {
			return
		}
	}
	t.Error("no question on the goals for 2020 and 2030")
}
