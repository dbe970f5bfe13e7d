package vanban

import (
	"strings"
	"testing"
)

// A news page's sub-headings and captions come back as lines of their
// own; names and a point's own words stay whole (made-up text in the
// shape of the shared news corpus: rounds 53–55 asked a sub-heading glued
// to the sentence under it).
func TestUnflattenGluedSubheadings(t *testing.T) {
	text := "Bộ Tài chính ban hành thông tư mới về thu tiền sử dụng đất\n" +
		"Thông tư có hiệu lực từ ngày 10/2/2017.\n" +
		"Hai thông tư này đều có hiệu lực thi hành từ ngày 10/2/2017. Ảnh minh họa. Nguồn: internet. Giảm 50% cho dự án ở nơi đặc biệt khó khăn Một điểm mới đáng quan tâm của Thông tư là bổ sung quy định về việc giảm tiền sử dụng đất. Lực lượng chức năng tháo dỡ các hạng mục lấn chiếm vỉa hè. Ảnh: Xuân Hoa Theo ông Hải, thành phố sẽ thành lập 5 đoàn kiểm tra.\n" +
		"Bộ trưởng cho rằng có thể đạt mục tiêu tăng trưởng 6,7% nếu đồng lòng Tuy nhiên, nhiều chuyên gia nhận định khác.\n" +
		"Lựa chọn cơ sở đủ điều kiện để thí điểm Khẳng định chất lượng đội ngũ nhà giáo đóng vai trò quyết định, Bộ trưởng nhấn mạnh việc chọn cơ sở; các tiêu chí Quản trị rủi ro, Dịch vụ khách hàng và Kết quả kinh doanh được chấm.\n" +
		"Ông Lưu Bình Nhưỡng, Ủy viên Thường trực Ủy ban Các vấn đề xã hội, cho rằng cần tổ chức Bộ phận Một cửa ở mọi xã; sân vận động Tự Do và anh Nguyễn Thanh Trong có mặt; Công ty trách nhiệm hữu hạn Một thành viên Cấp nước và Trung tâm Dịch vụ Việc làm cùng dự.\n" +
		"a) Theo dõi, kiểm tra, đôn đốc báo cáo định kỳ.\n" +
		"Ông nói: “Cuốn sách Những điều cần biết Theo dòng lịch sử là tài liệu quý”.\n"
	got := Unflatten(text)
	if len(got) != len(text) {
		t.Fatalf("length changed: %d → %d", len(text), len(got))
	}
	lines := strings.Split(got, "\n")
	for _, want := range []string{
		"Giảm 50% cho dự án ở nơi đặc biệt khó khăn",
		"Một điểm mới đáng quan tâm của Thông tư là bổ sung quy định về việc giảm tiền sử dụng đất. Lực lượng chức năng tháo dỡ các hạng mục lấn chiếm vỉa hè.",
		"Ảnh: Xuân Hoa",
		"Theo ông Hải, thành phố sẽ thành lập 5 đoàn kiểm tra.",
		"Tuy nhiên, nhiều chuyên gia nhận định khác.",
		"Lựa chọn cơ sở đủ điều kiện để thí điểm",
		"a) Theo dõi, kiểm tra, đôn đốc báo cáo định kỳ.",
	} {
		found := false
		for _, l := range lines {
			found = found || l == want
		}
		if !found {
			t.Errorf("no line %q in\n%s", want, got)
		}
	}
	for _, whole := range []string{"Ủy ban Các vấn đề xã hội", "Bộ phận Một cửa", "Tự Do", "Nguyễn Thanh Trong", "hữu hạn Một thành viên", "Dịch vụ Việc làm", "biết Theo dòng", "khách hàng và Kết quả kinh doanh"} {
		if !strings.Contains(got, whole) {
			t.Errorf("%q was broken:\n%s", whole, got)
		}
	}
	// a short first line is a title: never broken
	if title := "Kỳ họp thứ 3 Theo dòng sự kiện"; Unflatten(title+"\nNội dung.") != title+"\nNội dung." {
		t.Errorf("the title was broken")
	}
}

// A point numbered in brackets keeps its words: "(5) Khi cử tri …" is
// the fifth of a law's voting principles, not a caption "(5)" glued to a
// sentence (round 76: the eight principles were counted as three).
func TestUnflattenBracketedPointWhole(t *testing.T) {
	text := "Nguyên tắc bỏ phiếu\n" +
		"(4) Trong trường hợp cử tri ốm đau, già yếu thì Tổ bầu cử mang hòm phiếu phụ đến chỗ ở của cử tri.\n" +
		"(5) Khi cử tri viết phiếu bầu, không ai được xem, kể cả thành viên Tổ bầu cử.\n" +
		"(b) Trước khi bỏ phiếu, Tổ bầu cử kiểm tra hòm phiếu.\n"
	if got := Unflatten(text); got != text {
		t.Errorf("bracketed points broken:\n%s", got)
	}
}
