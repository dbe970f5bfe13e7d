package vanban

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// flattened is a resolution of our own, as a news site gives it: one long
// line, the structure inline.
const flattened = `Nghị quyết về chuyển đổi số trong sinh hoạt chi bộ. Ngày 12/3/2025, Ban Thường vụ Quận ủy ban hành Nghị quyết số 15-NQ/QU. Toàn văn Nghị quyết: I - TÌNH HÌNH VÀ NGUYÊN NHÂN 1 - Qua 5 năm thực hiện, các chi bộ đã ứng dụng công nghệ thông tin trong sinh hoạt, tỷ lệ chi bộ có sổ tay điện tử đạt 62,5%. Kết quả cụ thể: - Nhận thức của cấp ủy về chuyển đổi số được nâng lên. - Hạ tầng số của các phường cơ bản đáp ứng yêu cầu. 2 - Tuy nhiên, việc ứng dụng còn chậm, chưa đồng đều giữa các chi bộ trong giai đoạn 2020 - 2025. II - QUAN ĐIỂM VÀ MỤC TIÊU 1- Quan điểm Chuyển đổi số là nhiệm vụ của cả hệ thống chính trị. 2 - Mục tiêu Đến năm 2030, 100% chi bộ sinh hoạt trên nền tảng số. III - NHIỆM VỤ VÀ GIẢI PHÁP 1 - Nâng cao nhận thức, gồm: a) Quán triệt nghị quyết đến từng đảng viên; b) Biểu dương các chi bộ làm tốt. 2 - Hoàn thiện hạ tầng số. IV - TỔ CHỨC THỰC HIỆN 1 - Các chi bộ xây dựng kế hoạch thực hiện. 2 - Ban Tuyên giáo chủ trì, phối hợp với Văn phòng hướng dẫn.`

// The structure comes back: four Roman headings, their numbered items,
// lettered and dash items; a range like "2020 - 2025" and a figure are
// left in their sentences; offsets do not move.
func TestUnflatten(t *testing.T) {
	got := Unflatten(flattened)
	if len(got) != len(flattened) || utf8.RuneCountInString(got) != utf8.RuneCountInString(flattened) {
		t.Fatal("the text's length changed")
	}
	lines := strings.Split(got, "\n")
	starts := map[string]bool{}
	for _, l := range lines {
		w := strings.Fields(l)
		if len(w) > 1 {
			starts[w[0]+" "+w[1]] = true
		}
	}
	for _, want := range []string{"I -", "II -", "III -", "IV -", "1 -", "1- Quan", "2 -", "a) Quán", "b) Biểu", "- Nhận", "- Hạ"} {
		if !starts[want] {
			t.Errorf("no line starts with %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "2020\n") || strings.Contains(got, "\n2025") || strings.Contains(got, "\n5 năm") {
		t.Errorf("a number in a sentence became a line:\n%s", got)
	}
	hs := Outline([]string{got}, nil)
	var labels []string
	for _, h := range hs {
		labels = append(labels, h.Label)
	}
	if strings.Join(labels, " ") != "I. 1. 2. II. 1. 2. III. 1. a) b) 2. IV. 1. 2." {
		t.Errorf("outline %q", labels)
	}
	if Unflatten(got) != got {
		t.Error("unflattening twice changed the text")
	}
	short := "Điều 1. Phạm vi\nĐiều 2. Đối tượng áp dụng: cán bộ, đảng viên."
	if Unflatten(short) != short {
		t.Error("a well-formed text changed")
	}
}

// Real resolutions as news sites give them (../shared/corpus, local use
// only): headings found against the structure marked by hand.
func TestUnflattenRealResolutions(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "vinews-baomoi", "docs")
	// Marked by reading each text: its Roman parts, its numbered points
	// (1 – 3, 1 – 2, 1 – 7, 1 – 7 in the first) and its Điều.
	// Also its sub-headings without a mark, glued to their text ("…
	// doanh nghiệp Hoàn thiện thể chế về sở hữu - Thể chế hóa …", "Mục
	// tiêu cụ thể đến năm 2020 Phấn đấu …"): lines of their own.
	// heads: the headings without a mark the outline shows (over runs of
	// numbered points).
	marked := map[string]struct{ roman, arabic, articles, subs, heads int }{
		"22453204.txt": {4, 19, 0, 10, 0}, // Nghị quyết 11-NQ/TW, 8,100 words
		"22460771.txt": {4, 16, 0, 5, 0},  // Nghị quyết 12-NQ/TW, 6,700 words
		"22589939.txt": {0, 10, 3, 0, 0},  // Nghị quyết of the National Assembly: Điều 1–3 with 2, 2 and 6 points
		// Joint statements, given whole: numbered points 1–46 under seven
		// headings without a mark, glued to the point after them ("… hai
		// nước. Về quan hệ chính trị, quốc phòng và an ninh 6. Hai nhà
		// lãnh đạo …"), one point whose paragraph lost its full stop
		// (14), one with no space after its number ("41.Trong");
		"22471268.txt": {0, 46, 0, 7, 7},
		// and parts "I. Quan hệ Việt Nam-Nga." in sentence case, points
		// 1–18 and 1–17 under the first two.
		"22644156.txt": {3, 35, 0, 0, 0},
	}
	for name, want := range marked {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("the shared corpus is not here (%v): skipped", err)
		}
		text := Unflatten(string(data))
		marker := regexp.MustCompile(`^(-|\d|[IVX]+ ?[-.]|Điều )`)
		subs := 0
		for i, l := range strings.Split(text, "\n") {
			// a short line past the title, no marker, no sentence's end
			if n := len(strings.Fields(l)); i > 2 && n > 1 && n <= 40 && !strings.ContainsAny(l[len(l)-1:], ".:;!?") && !marker.MatchString(l) {
				subs++
			}
		}
		if subs != want.subs {
			t.Errorf("%s: %d sub-headings on their own line; marked by hand %d", name, subs, want.subs)
		}
		hs := Outline([]string{text}, nil)
		roman, arabic, articles, heads, depth := 0, 0, 0, 0, 0
		for _, h := range hs {
			switch {
			case h.Label == "":
				heads++
			case strings.HasPrefix(h.Label, "Điều"):
				articles++
			case strings.Trim(h.Label, "IVX.") == "":
				roman++
			case strings.Trim(h.Label, "0123456789.") == "":
				arabic++
			}
			depth = max(depth, h.Level)
		}
		t.Logf("%s: %d Roman, %d numbered, %d Điều, depth %d", name, roman, arabic, articles, depth)
		if heads != want.heads {
			t.Errorf("%s: %d headings without a mark in the outline; marked by hand %d", name, heads, want.heads)
		}
		if roman != want.roman || arabic != want.arabic || articles != want.articles {
			t.Errorf("%s: %d Roman, %d numbered, %d Điều; marked by hand %d, %d, %d", name, roman, arabic, articles, want.roman, want.arabic, want.articles)
		}
	}
}

// An article right after a section heading in capitals (no full stop
// between) starts its own line: "… XÃ HỘI Điều 18. Thành phần …".
func TestUnflattenArticleAfterCapitals(t *testing.T) {
	line := "Điều 17. Tập hợp ý kiến 1. Ủy ban Mặt trận tập hợp ý kiến của các thành viên và gửi cơ quan có thẩm quyền trong thời hạn quy định. 2. Văn bản phản biện được gửi đến cơ quan chủ trì soạn thảo. " +
		"Mục 2. ĐỐI THOẠI GIỮA MẶT TRẬN VỚI CƠ QUAN CÓ VĂN BẢN ĐƯỢC PHẢN BIỆN Điều 18. Thành phần hội nghị đối thoại 1. Thành phần hội nghị do Ủy ban Mặt trận quyết định. " +
		"Điều 19. Trình tự hội nghị đối thoại 1. Đại diện Ủy ban Mặt trận chủ trì hội nghị và nêu nội dung đối thoại."
	got := Unflatten(line)
	if !strings.Contains(got, "\nĐiều 18. Thành phần") || !strings.Contains(got, "\nĐiều 19.") {
		t.Errorf("the articles did not start their lines:\n%s", got)
	}
}

// An article's long title, listing what it rules, is followed by its
// clauses on their own lines: a city council's resolution on a legal
// site's page gave no draft on its allowances (round 47). The text is
// made up.
func TestUnflattenClausesAfterALongArticleTitle(t *testing.T) {
	line := "Điều 2. Đối tượng áp dụng Cán bộ chỉ huy và lực lượng dân quân trên địa bàn tỉnh. " +
		"Điều 3. Quy định mức phụ cấp hằng tháng của thôn đội trưởng và tổ đội trưởng; trợ cấp ngày công lao động đối với lực lượng dân quân trên địa bàn tỉnh Bắc Nam; giao ngân sách cấp xã bảo đảm kinh phí mua báo cho ban chỉ huy quân sự cấp xã và đơn vị dân quân thường trực thuộc quyền quản lý " +
		"1. Mức phụ cấp hằng tháng đối với thôn đội trưởng bằng 2.340.000 đồng. 2. Trợ cấp ngày công lao động của dân quân là 300.000 đồng/người/ngày. 3. Giao ngân sách cấp xã bảo đảm kinh phí mua báo. " +
		"Điều 4. Tổ chức thực hiện 1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện."
	got := Unflatten(line)
	if !strings.Contains(got, "\n1. Mức phụ cấp") || !strings.Contains(got, "\n2. Trợ cấp") {
		t.Errorf("the clauses after a long title did not start their lines:\n%s", got)
	}
}

// An article glued where it cannot be found does not stop the articles
// after it from starting their lines.
func TestUnflattenArticleAfterAMissedOne(t *testing.T) {
	line := "Điều 1. Phạm vi điều chỉnh của quy định này về giám sát và phản biện xã hội. Điều 2. Đối tượng áp dụng là các cơ quan, tổ chức, cá nhân có liên quan " +
		"Điều 3. Nguyên tắc giám sát bảo đảm khách quan, công khai, minh bạch và không chồng chéo giữa các chủ thể. Điều 4. Hình thức giám sát gồm nghiên cứu văn bản và tổ chức đoàn giám sát. " +
		"Điều 5. Trách nhiệm của cơ quan được giám sát là cung cấp thông tin đầy đủ, kịp thời."
	got := Unflatten(line)
	if !strings.Contains(got, "\nĐiều 4. Hình thức") || !strings.Contains(got, "\nĐiều 5. Trách nhiệm") {
		t.Errorf("the articles after a missed one did not start their lines:\n%s", got)
	}
}

// What a numbered heading holds glued to its words comes apart: its first
// dash item, a sub-heading without a mark, the labels of a goal ("Mục
// tiêu cụ thể đến năm 2020"); a name with a dash ("Kim Mã - Yên Nghĩa")
// and a range stay in their sentence.
func TestUnflattenSubHeadings(t *testing.T) {
	line := "II - QUAN ĐIỂM VÀ MỤC TIÊU 1- Quan điểm chỉ đạo - Chuyển đổi số là nhiệm vụ của cả hệ thống chính trị. - Lấy đảng viên làm trung tâm. " +
		"2 - Mục tiêu Mục tiêu tổng quát Xây dựng chi bộ số vững mạnh. Mục tiêu cụ thể đến năm 2027 Phấn đấu 100% chi bộ sinh hoạt trên nền tảng số. " +
		"III - NHIỆM VỤ VÀ GIẢI PHÁP 1 - Hoàn thiện hạ tầng số, phát triển nguồn nhân lực số Hoàn thiện hạ tầng số - Đầu tư mạng nội bộ cho các phường. - Kết nối tuyến Kim Mã - Yên Nghĩa trong giai đoạn 2025 - 2027. " +
		"Phát triển nguồn nhân lực số - Bồi dưỡng kỹ năng số cho bí thư chi bộ. - Tập huấn cho đảng viên trẻ."
	got := Unflatten(line)
	lines := map[string]bool{}
	for _, l := range strings.Split(got, "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	for _, want := range []string{"1- Quan điểm chỉ đạo", "2 - Mục tiêu", "Mục tiêu tổng quát", "Mục tiêu cụ thể đến năm 2027",
		"1 - Hoàn thiện hạ tầng số, phát triển nguồn nhân lực số", "Hoàn thiện hạ tầng số", "Phát triển nguồn nhân lực số"} {
		if !lines[want] {
			t.Errorf("no line %q:\n%s", want, got)
		}
	}
	if !strings.Contains(got, "Kim Mã - Yên Nghĩa") || !strings.Contains(got, "2025 - 2027") {
		t.Errorf("a name or a range was broken:\n%s", got)
	}
	if len(got) != len(line) {
		t.Error("the text's length changed")
	}
	hs := Outline([]string{got}, nil)
	var titles []string
	for _, h := range hs {
		titles = append(titles, h.Label+" "+h.Title)
	}
	if titles[1] != "1. Quan điểm chỉ đạo" {
		t.Errorf("outline %q", titles)
	}
}

// A joint statement as a news site gives it: points numbered "1." after
// headings without a mark, parts "I." in sentence case, a point whose
// paragraph lost its full stop, a number glued to its words; a "1." in a
// list of names is no heading.
func TestUnflattenJointStatement(t *testing.T) {
	line := "Nhân dịp chuyến thăm hữu nghị của đoàn đại biểu Quận ủy, hai bên đã ra tuyên bố chung gồm các nội dung sau đây. I. Quan hệ hai quận.  " +
		"Sự phát triển của quan hệ hợp tác 1. Hai bên vui mừng trước sự phát triển của quan hệ giữa hai quận trong 10 năm qua. 2. Hai bên đánh giá cao chính sách Đổi mới, cũng như kết quả cải cách hành chính. " +
		"Về hợp tác văn hóa, thể thao, du lịch và giao lưu nhân dân 3. Hai bên nhất trí tổ chức Tuần văn hóa vào năm 2026 tại Nhà văn hóa quận 4. Hai bên nhất trí trao đổi đoàn thanh niên hằng năm. " +
		"5.Trong bối cảnh mới, hai bên tăng cường trao đổi kinh nghiệm chuyển đổi số. II. Các vấn đề chung 1. Hai bên ủng hộ hợp tác giữa các phường. 2. Hai bên nhất trí họp định kỳ mỗi năm một lần."
	got := Unflatten(line)
	lines := map[string]bool{}
	for _, l := range strings.Split(got, "\n") {
		lines[strings.Fields(strings.TrimSpace(l) + " x")[0]] = true
		if strings.HasPrefix(l, "Đổi mới") {
			t.Errorf("the policy's name became a heading:\n%s", got)
		}
	}
	for _, want := range []string{"I.", "Sự", "1.", "2.", "Về", "3.", "4.", "5.Trong", "II."} {
		if !lines[want] {
			t.Errorf("no line starts with %q:\n%s", want, got)
		}
	}
	if !strings.Contains(got, "\nVề hợp tác văn hóa, thể thao, du lịch và giao lưu nhân dân\n3. Hai bên") {
		t.Errorf("the heading without a mark is not a line of its own:\n%s", got)
	}
	hs := Outline([]string{got}, nil)
	var labels []string
	for _, h := range hs {
		labels = append(labels, cmp.Or(h.Label, "·"))
	}
	if strings.Join(labels, " ") != "I. · 1. 2. · 3. 4. 5. II. 1. 2." {
		t.Errorf("outline %q", labels)
	}
	list := "Bảng xếp hạng tháng 1 vừa được công bố như sau. 1. Đại học Quốc gia Hà Nội (vị trí 1580 trên thế giới) 2. Đại học Bách khoa Hà Nội (vị trí 1764 trên thế giới) 3. Đại học Cần Thơ (vị trí 2261 trên thế giới) " +
		strings.Repeat("Các trường được xếp theo số trang web, số trích dẫn và số bài báo công bố trong năm. ", 3)
	got = Unflatten(list)
	if !strings.Contains(got, "\n1. Đại học Quốc gia Hà Nội (vị trí 1580 trên thế giới)\n2. Đại học Bách khoa") {
		t.Errorf("a point's own words were taken for a heading:\n%s", got)
	}
}

// An article's title stays with its label, and its first point after the
// title starts a line; two spaces before an article after a heading in
// capitals do not hide it ("… GIÁM SÁT  Điều 6. Kế hoạch …").
func TestUnflattenArticleTitleStays(t *testing.T) {
	line := "Điều 5. Gửi văn bản 1. Ủy ban Mặt trận gửi văn bản được giám sát đến các thành viên trong thời hạn quy định. 2. Các thành viên góp ý bằng văn bản. " +
		"Mục 2  TỔ CHỨC ĐOÀN GIÁM SÁT  Điều 6. Kế hoạch tổ chức đoàn giám sát 1. Ủy ban Mặt trận chủ trì xây dựng kế hoạch tổ chức đoàn giám sát. 2. Kế hoạch nêu rõ mục đích, yêu cầu và thành phần đoàn. " +
		"Điều 7. Thành phần đoàn giám sát 1. Trưởng đoàn là đại diện lãnh đạo Ủy ban Mặt trận. 2. Thành viên đoàn gồm đại diện các tổ chức thành viên."
	got := Unflatten(line)
	for _, want := range []string{"\nĐiều 6. Kế hoạch tổ chức đoàn giám sát\n1. Ủy ban", "\nĐiều 7. Thành phần đoàn giám sát\n1. Trưởng đoàn"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q:\n%s", want, got)
		}
	}
}

// A directive's lettered tasks of several lines are in the outline like
// the short ones (round 17: Chỉ thị 012/CT-UBND showed a), e), g), i) of
// nine).
func TestOutlineLongLetteredItems(t *testing.T) {
	long := strings.Repeat("rà soát, chuẩn hóa các mẫu đơn, tờ khai và thiết lập biểu mẫu điện tử tương tác nhằm tạo thuận lợi cho người dân, ", 5)
	text := "1. Thủ trưởng các sở, ban, ngành tỉnh\na) Thực hiện nghiêm việc cải cách thủ tục hành chính.\nb) Tiếp tục " + long + "doanh nghiệp.\nc) Đẩy mạnh công tác truyền thông.\n"
	var labels []string
	for _, h := range Outline([]string{text}, nil) {
		labels = append(labels, h.Label)
	}
	if strings.Join(labels, " ") != "1. a) b) c)" {
		t.Errorf("outline %q, want 1. a) b) c)", labels)
	}
}

// A decision's plan stands beside its articles, not under "Điều 3"; a
// target opening with its figure is a point (round 17: Quyết định
// 2623/QĐ-TTg, Kế hoạch 141/KH-UBND).
func TestOutlineAttachedPlan(t *testing.T) {
	text := "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\nĐiều 3. Các bộ trưởng chịu trách nhiệm thi hành.\n" +
		"KẾ HOẠCH\nI. MỤC ĐÍCH\n1. 100% cán bộ được tập huấn về nội dung của Luật.\n2. Rà soát văn bản quy phạm pháp luật.\nII. NỘI DUNG\n1. Tuyên truyền, phổ biến Luật.\n"
	var got []string
	for _, h := range Outline([]string{text}, nil) {
		name := h.Label
		if name == "" {
			name = h.Title
		}
		got = append(got, fmt.Sprintf("%d %s", h.Level, name))
	}
	want := []string{"1 Điều 1.", "1 Điều 2.", "1 Điều 3.", "1 KẾ HOẠCH", "2 I.", "3 1.", "3 2.", "2 II.", "3 1."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("outline\n%q\nwant\n%q", got, want)
	}
}

// Points numbered within a point and points marked (i), (ii) come apart
// in a text on one line (round 22's Thông báo 432-TB/VPTW: "… liên quan:
// 4.1. Giao Đảng uỷ Chính phủ: (i) Chỉ đạo …. (ii) Chỉ đạo …. 4.2. Giao …").
func TestUnflattenSubPoints(t *testing.T) {
	line := "3. Đổi mới mô hình chăm sóc trẻ em có hoàn cảnh đặc biệt, nâng cao năng lực hệ thống cơ sở bảo trợ xã hội hiện có trên cả nước. " +
		"4. Về phân công nhiệm vụ của các cơ quan liên quan: 4.1. Giao Đảng uỷ Chính phủ: (i) Chỉ đạo Đảng uỷ Bộ Y tế chủ trì xây dựng quy trình liên thông tiếp nhận trẻ em bị bỏ rơi. " +
		"(ii) Chỉ đạo Đảng uỷ Bộ Giáo dục và Đào tạo chủ trì xây dựng các chương trình hỗ trợ hoà nhập cho trẻ. 4.2. Giao Đảng uỷ Công an Trung ương chủ trì thực hiện các thủ tục pháp lý cho trẻ. " +
		"4.3. Văn phòng Trung ương Đảng theo dõi, đôn đốc, báo cáo kết quả thực hiện với mức tăng 4.5 lần so với năm trước."
	got := Unflatten(line)
	for _, want := range []string{"\n4.1. Giao", "\n(i) Chỉ đạo", "\n(ii) Chỉ đạo", "\n4.2. Giao", "\n4.3. Văn phòng"} {
		if !strings.Contains(got, want) {
			t.Errorf("no break before %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\n4.5 lần") || len(got) != len(line) {
		t.Errorf("a figure broken, or offsets moved:\n%s", got)
	}
}

// Points counted in words come back on their own lines: "Một là, ….
// Hai là, …" in one paragraph, the heading without a mark glued before
// the first (quotes and all), and "Thứ nhất, …" ending a paragraph whose
// next one opens with "Thứ hai, …". A lone "Thứ nhất, …" and the "năm
// là" of a sentence are left alone. An article in the shared corpus gave
// its five solutions on one line (round 51). The text is made up.
func TestUnflattenCountedPoints(t *testing.T) {
	pad := strings.Repeat("Công tác giáo dục chính trị được quan tâm, đổi mới về nội dung và hình thức. ", 4)
	text := pad + `Một số giải pháp phòng, chống "tự diễn biến", "tự chuyển hóa" trong cán bộ, đảng viên Một là, tăng cường giáo dục lý luận chính trị cho đảng viên. Hai là, nâng cao chất lượng sinh hoạt chi bộ. Ba là, xử lý nghiêm các vi phạm, kể cả khi việc đó diễn ra năm là hai lần.` + "\n" +
		pad + "Nghị quyết thể hiện tinh thần đó ở các mặt sau: Thứ nhất, Chính phủ lấy doanh nghiệp làm đối tượng phục vụ.\n" +
		"Thứ hai, Chính phủ hoàn thiện thể chế.\n" +
		pad + "Việc này có ý nghĩa lớn. Thứ nhất, nó giúp người dân.\n" +
		"Ngoài ra, còn nhiều việc phải làm.\n"
	got := Unflatten(text)
	if len(got) != len(text) {
		t.Fatal("the text's length changed")
	}
	lines := strings.Split(got, "\n")
	want := []string{
		`Một số giải pháp phòng, chống "tự diễn biến", "tự chuyển hóa" trong cán bộ, đảng viên`,
		"Một là, tăng cường giáo dục lý luận chính trị cho đảng viên.",
		"Hai là, nâng cao chất lượng sinh hoạt chi bộ.",
		"Ba là, xử lý nghiêm các vi phạm, kể cả khi việc đó diễn ra năm là hai lần.",
		"Thứ nhất, Chính phủ lấy doanh nghiệp làm đối tượng phục vụ.",
	}
	for _, w := range want {
		if !slices.Contains(lines, w) {
			t.Errorf("no line %q in\n%s", w, got)
		}
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "Thứ nhất, nó") {
			t.Errorf("a lone first point broken: %q", l)
		}
	}
}
