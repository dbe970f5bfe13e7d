package draft

import (
	"strings"
	"testing"
)

// A directive's tasks given body by body (round 17's Chỉ thị 012/CT-UBND
// of Đắk Lắk gave no draft at all): "which body is given this task", the
// right body the one the task stands under, no body the task names, no
// collective of all bodies among the options.
func TestOwnersOfTasks(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 013/CT-UBND\nCHỈ THỊ\nVề tăng cường cải cách thủ tục hành chính\n" +
		"Để nâng cao chất lượng phục vụ người dân, Chủ tịch UBND tỉnh yêu cầu các cơ quan thực hiện các nhiệm vụ sau:\n" +
		"1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường\n" +
		"a) Thực hiện nghiêm việc công khai, minh bạch thủ tục hành chính tại Trung tâm Phục vụ hành chính công các cấp.\n" +
		"b) Rà soát, cắt giảm tối thiểu 30% thời gian giải quyết thủ tục hành chính liên quan đến sản xuất, kinh doanh.\n" +
		"c) Đẩy mạnh truyền thông để người dân, doanh nghiệp biết và sử dụng dịch vụ công trực tuyến toàn trình.\n" +
		"2. Sở Khoa học và Công nghệ\n" +
		"a) Tối ưu hóa Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm hoạt động ổn định, thông suốt 24/7.\n" +
		"b) Nâng cấp chức năng Kho dữ liệu điện tử của tổ chức, cá nhân phục vụ việc tái sử dụng giấy tờ đã số hóa.\n" +
		"c) Chủ trì, phối hợp với Văn phòng UBND tỉnh tích hợp các thông tin phục vụ đánh giá chất lượng phục vụ.\n" +
		"3. Sở Nội vụ\n" +
		"a) Tham mưu UBND tỉnh xử lý nghiêm người đứng đầu cơ quan để xảy ra chậm trễ, nhũng nhiễu trong giải quyết hồ sơ.\n" +
		"b) Kịp thời động viên, khen thưởng cán bộ, công chức làm việc tại bộ phận một cửa có thành tích xuất sắc.\n" +
		"c) Đưa kết quả đánh giá chất lượng phục vụ vào tiêu chí đánh giá, xếp loại cán bộ, công chức cuối năm.\n" +
		"4. Sở Tài chính\n" +
		"a) Bố trí kinh phí bảo đảm cho việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của các cơ quan.\n" +
		"b) Hướng dẫn các đơn vị sử dụng kinh phí chi cho cải cách hành chính đúng mục đích, hiệu quả, tiết kiệm.\n" +
		"c) Thực hiện thanh toán trực tuyến phí, lệ phí thủ tục hành chính trên Cổng Dịch vụ công quốc gia.\n" +
		"5. Văn phòng UBND tỉnh\n" +
		"a) Theo dõi, đôn đốc, báo cáo Chủ tịch UBND tỉnh kết quả thực hiện Chỉ thị này hằng tháng, hằng quý.\n" +
		"b) Công khai kết quả đánh giá chất lượng phục vụ người dân của các cơ quan trên Cổng thông tin điện tử tỉnh.\n" +
		"c) Tổng hợp khó khăn, vướng mắc của các cơ quan trong quá trình thực hiện, đề xuất biện pháp tháo gỡ kịp thời.\n"
	owner := map[string]string{}
	body := ""
	for _, ln := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(ln, "2. ") || strings.HasPrefix(ln, "3. ") || strings.HasPrefix(ln, "4. ") || strings.HasPrefix(ln, "5. "):
			body = ln[3:]
		case strings.HasPrefix(ln, "1. "):
			body = ""
		case len(ln) > 3 && ln[1] == ')' && body != "":
			owner[strings.TrimSuffix(ln[3:], ".")] = body
		}
	}
	asked := 0
	for _, d := range Drafts(Source{Title: "Chỉ thị số 013/CT-UBND", Kind: "Chỉ thị", Number: "013/CT-UBND", Issuer: "Ủy ban nhân dân tỉnh Đắk Lắk", Pages: []string{text}}) {
		q := d.Question
		if !strings.Contains(q.Stem, "được giao nhiệm vụ") {
			continue
		}
		asked++
		task := q.Stem[strings.Index(q.Stem, "“")+len("“") : strings.LastIndex(q.Stem, "”")]
		want, ok := owner[task]
		if !ok {
			t.Errorf("the task %q is none of the bodies'", task)
			continue
		}
		if got := answerOf(q); got != want {
			t.Errorf("%q: answer %q, want %q", task, got, want)
		}
		for _, o := range q.Options {
			if strings.Contains(task, o.Text) || strings.HasPrefix(o.Text, "Thủ trưởng") {
				t.Errorf("%q: option %q", task, o.Text)
			}
		}
	}
	if asked < 4 {
		t.Errorf("%d questions on who is given a task, want 4 at least", asked)
	}
}

// A body whose name holds a comma is one body: "Sở Văn hóa, Thể thao và
// Du lịch" among a plan's four (the plan's tasks were asked of no one
// while it counted as a list of bodies). The words are ours.
func TestOwnerWithACommaInItsName(t *testing.T) {
	if got := ownerOf("3. Sở Văn hóa, Thể thao và Du lịch"); got != "Sở Văn hóa, Thể thao và Du lịch" {
		t.Errorf("owner = %q", got)
	}
	if got := ownerOf("Sở Tài chính, Sở Xây dựng"); got != "" {
		t.Errorf("two bodies read as one: %q", got)
	}
	text := "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 161/KH-UBND\nKẾ HOẠCH\nTruyền thông về giảm nghèo năm 2025\n" +
		"Ủy ban nhân dân thành phố ban hành Kế hoạch truyền thông về giảm nghèo đa chiều năm 2025 như sau:\n" +
		"I. MỤC ĐÍCH, YÊU CẦU\n" +
		"Nâng cao nhận thức của người dân về chính sách giảm nghèo đa chiều, bao trùm và bền vững trên địa bàn thành phố.\n" +
		"II. TỔ CHỨC THỰC HIỆN\n" +
		"1. Sở Nông nghiệp và Môi trường\n" +
		"- Chủ trì tham mưu, tổ chức triển khai thực hiện Kế hoạch truyền thông về giảm nghèo đa chiều năm 2025.\n" +
		"- Tổng hợp, báo cáo Ủy ban nhân dân thành phố về tiến độ và kết quả thực hiện Kế hoạch trước ngày 15 tháng 12.\n" +
		"- Bảo đảm cung cấp các thông tin cơ bản về Chương trình cho các cơ quan, đơn vị liên quan theo quy định.\n" +
		"2. Sở Tài chính\n" +
		"- Bố trí kinh phí thực hiện các hoạt động truyền thông từ nguồn vốn sự nghiệp của Chương trình theo quy định.\n" +
		"- Hướng dẫn các đơn vị thanh toán, quyết toán kinh phí truyền thông đúng mục đích, tiết kiệm, hiệu quả.\n" +
		"- Thẩm định dự toán kinh phí các hoạt động truyền thông do các sở, ngành đề xuất hằng năm.\n" +
		"3. Sở Văn hóa, Thể thao và Du lịch\n" +
		"- Định hướng các cơ quan báo chí, hệ thống thông tin cơ sở đẩy mạnh tuyên truyền về mô hình giảm nghèo hiệu quả.\n" +
		"- Lồng ghép hoạt động truyền thông về Chương trình với các chương trình mục tiêu quốc gia khác trên địa bàn.\n" +
		"- Ứng dụng công nghệ thông tin, chuyển đổi số nhằm triển khai hiệu quả công tác truyền thông giảm nghèo.\n" +
		"4. Ủy ban nhân dân cấp xã\n" +
		"- Phổ biến chính sách giảm nghèo đến từng hộ nghèo, hộ cận nghèo qua các buổi sinh hoạt khu dân cư, tổ dân phố.\n" +
		"- Phát hiện, nhân rộng các gương điển hình thoát nghèo bền vững tại các ấp, khu vực trên địa bàn.\n" +
		"- Vận động doanh nghiệp, nhà hảo tâm hỗ trợ sinh kế cho hộ nghèo, hộ cận nghèo tại địa phương.\n"
	bodies := map[string]bool{}
	for _, d := range Drafts(Source{Title: "Kế hoạch số 161/KH-UBND", Kind: "Kế hoạch", Number: "161/KH-UBND", Issuer: "Ủy ban nhân dân thành phố Cần Thơ", Pages: []string{text}}) {
		if strings.Contains(d.Question.Stem, "được giao nhiệm vụ") {
			for _, o := range d.Question.Options {
				bodies[o.Text] = true
			}
		}
	}
	if !bodies["Sở Văn hóa, Thể thao và Du lịch"] {
		t.Errorf("no question on who is given a task names the culture department: %v", bodies)
	}
}
