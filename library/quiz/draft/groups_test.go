package draft

import (
	"slices"
	"strings"
	"testing"
)

// readingPlan is a made-up provincial resolution whose tasks stand under
// five points, each point's tasks of its own words.
const readingPlan = "TỈNH ỦY BẮC NAM\nSố 07-NQ/TU\nNGHỊ QUYẾT\nvề phát triển văn hóa đọc giai đoạn 2026 - 2030\n" +
	"I- QUAN ĐIỂM\nPhát triển văn hóa đọc là nhiệm vụ lâu dài của cả hệ thống chính trị và của mỗi gia đình, mỗi người dân trong tỉnh.\n" +
	"II- NHIỆM VỤ VÀ GIẢI PHÁP\n" +
	"1- Nâng cao nhận thức của toàn xã hội về văn hóa đọc\n" +
	"- Đẩy mạnh tuyên truyền trên báo chí, đài phát thanh và mạng xã hội về lợi ích của việc đọc sách hằng ngày.\n" +
	"- Đưa nội dung tuyên truyền về đọc sách vào sinh hoạt chi bộ, họp tổ dân phố và các buổi phát thanh ở thôn, bản.\n" +
	"- Biểu dương trên báo chí, đài phát thanh những gia đình, dòng họ tiêu biểu trong phong trào đọc sách.\n" +
	"2- Phát triển mạng lưới thư viện cơ sở\n" +
	"- Củng cố tủ sách pháp luật ở xã, phường; mỗi thôn, bản có ít nhất một tủ sách cộng đồng.\n" +
	"- Bổ sung sách, báo cho tủ sách cộng đồng và điểm bưu điện văn hóa xã hằng năm.\n" +
	"- Sắp xếp lại phòng đọc, tủ sách của nhà văn hóa thôn, bản cho thuận tiện người đọc.\n" +
	"3- Đào tạo, bồi dưỡng người làm công tác thư viện\n" +
	"- Mở lớp bồi dưỡng nghiệp vụ cho cán bộ văn hóa xã phụ trách tủ sách cộng đồng.\n" +
	"- Cử cán bộ văn hóa xã dự các lớp tập huấn kỹ năng giới thiệu sách do tỉnh tổ chức.\n" +
	"- Có chế độ phụ cấp phù hợp cho cán bộ văn hóa xã kiêm nhiệm công tác thư viện.\n" +
	"4- Huy động các nguồn lực cho phát triển văn hóa đọc\n" +
	"- Khuyến khích doanh nghiệp, nhà hảo tâm tài trợ sách và kinh phí cho tủ sách ở vùng khó khăn.\n" +
	"- Thành lập quỹ khuyến đọc của tỉnh từ nguồn tài trợ của doanh nghiệp, nhà hảo tâm.\n" +
	"- Bố trí ngân sách tỉnh hằng năm đối ứng với nguồn tài trợ của doanh nghiệp cho các dự án sách.\n" +
	"5- Ứng dụng công nghệ trong phục vụ bạn đọc\n" +
	"- Số hóa tài liệu quý về lịch sử địa phương và đưa lên cổng thông tin điện tử của tỉnh.\n" +
	"- Xây dựng ứng dụng đọc sách điện tử dùng chung cho các trường học trên địa bàn.\n" +
	"- Kết nối kho sách điện tử của tỉnh với cổng thông tin điện tử của các huyện.\n" +
	"III- TỔ CHỨC THỰC HIỆN\nBan Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn thực hiện Nghị quyết này.\n"

var readingPoints = []string{"Nâng cao nhận thức của toàn xã hội về văn hóa đọc", "Phát triển mạng lưới thư viện cơ sở",
	"Đào tạo, bồi dưỡng người làm công tác thư viện", "Huy động các nguồn lực cho phát triển văn hóa đọc", "Ứng dụng công nghệ trong phục vụ bạn đọc"}

// A task of a part whose points each lead their own tasks is asked under
// which point it stands, the points its options; its answer is the point
// it does stand under.
func TestTaskAskedUnderItsPoint(t *testing.T) {
	src := Source{Title: "Nghị quyết về phát triển văn hóa đọc giai đoạn 2026 - 2030", Kind: "Nghị quyết", Number: "07-NQ/TU", Pages: []string{readingPlan}}
	lines := strings.Split(readingPlan, "\n")
	asked := 0
	for _, d := range Drafts(src) {
		q := d.Question
		if !strings.Contains(q.Stem, "thuộc ý nào sau đây") {
			continue
		}
		asked++
		if !strings.HasPrefix(d.Ask, "“") {
			t.Errorf("the row shows %q, not the task asked", d.Ask)
		}
		if d.Kind != DraftList || len(q.Options) != 4 {
			t.Errorf("%s with %d options: %q", d.Kind, len(q.Options), q.Stem)
		}
		for _, o := range q.Options {
			if !slices.Contains(readingPoints, o.Text) {
				t.Errorf("option %q is no point of the part", o.Text)
			}
		}
		// the point the quoted task stands under
		item := strings.TrimSuffix(q.Stem[strings.Index(q.Stem, "nội dung “")+len("nội dung “"):strings.Index(q.Stem, "” thuộc ý")], " …")
		point := ""
		for _, l := range lines {
			if strings.HasPrefix(l, "- ") && strings.Contains(l, item) {
				break
			}
			if len(l) > 3 && l[0] >= '1' && l[0] <= '9' && l[1] == '-' {
				point = strings.TrimSpace(l[2:])
			}
		}
		if a := answerOf(q); a != point {
			t.Errorf("%q: answer %q, stands under %q", q.Stem, a, point)
		}
	}
	if asked < 3 {
		t.Errorf("%d tasks asked by their point, want 3 at least", asked)
	}
}

// The points are asked only when no one of them stands out by its form
// and none is as near another as to share its tasks: named by their kind
// only ("Nhiệm vụ", "Giải pháp"), or two of nearly one name, they are not
// options; and a task that repeats its point's words is not asked.
func TestPointsAskedOnlyWhenFair(t *testing.T) {
	ask := func(text string) (stems, options, answers []string) {
		for _, d := range Drafts(Source{Title: "Nghị quyết về phát triển văn hóa đọc", Kind: "Nghị quyết", Number: "07-NQ/TU", Pages: []string{text}}) {
			if q := d.Question; strings.Contains(q.Stem, "thuộc ý nào sau đây") {
				stems, answers = append(stems, q.Stem), append(answers, answerOf(q))
				for _, o := range q.Options {
					options = append(options, o.Text)
				}
			}
		}
		return
	}
	generic := strings.NewReplacer("1- Nâng cao nhận thức của toàn xã hội về văn hóa đọc", "1- Nhiệm vụ", "2- Phát triển mạng lưới thư viện cơ sở", "2- Giải pháp").Replace(readingPlan)
	if stems, _, _ := ask(generic); len(stems) > 0 {
		t.Errorf("points named by their kind asked: %q", stems)
	}
	twins := strings.Replace(readingPlan, "4- Huy động các nguồn lực cho phát triển văn hóa đọc", "4- Phát triển mạng lưới thư viện cơ sở vùng khó khăn", 1)
	_, options, _ := ask(twins)
	for _, o := range options {
		if strings.HasPrefix(o, "Phát triển mạng lưới") {
			t.Errorf("a twin point offered: %q", o)
		}
	}
	echo := strings.Replace(readingPlan, "- Xây dựng ứng dụng đọc sách điện tử dùng chung cho các trường học trên địa bàn.", "- Ứng dụng công nghệ trong phục vụ bạn đọc ở các trường học, sách điện tử dùng chung.", 1)
	stems, _, _ := ask(echo)
	for _, s := range stems {
		if strings.Contains(s, "nội dung “Ứng dụng công nghệ") {
			t.Errorf("a task with its point's words asked: %q", s)
		}
	}
	if len(stems) == 0 {
		t.Error("nothing asked")
	}
}
