package vanban

import (
	"strings"
	"testing"
)

// siteCardLines is a legal site's notice and card, one field to a line,
// as its pages are saved (some forty lines before the letterhead).
func siteCardLines(number, kind, issuer, day string) string {
	return strings.Join([]string{"Bản dịch này thuộc quyền sở hữu của", "THƯ VIỆN PHÁP LUẬT. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý của",
		"THƯ VIỆN PHÁP LUẬT là vi phạm pháp luật về Sở hữu trí tuệ.", "THƯ VIỆN PHÁP LUẬT has the copyright on this translation. Copying or reposting it without the consent of",
		"THƯ VIỆN PHÁP LUẬT is a violation against the Law on Intellectual Property.", "X", "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN",
		"Các nội dung của VB này được VB khác thay đổi, hướng dẫn sẽ được làm nổi bật bằng", "các màu sắc:", ": Sửa đổi, thay thế,", "hủy bỏ",
		"Click vào phần bôi vàng để xem chi tiết.", "|", "|", "|", "Đang tải văn bản...", "#", "Số hiệu:", "|", number, "|", "|", "Loại văn bản:", "|", kind, "|",
		"Nơi ban hành:", "|", issuer, "|", "|", "Người ký:", "|", "Nguyễn Văn An", "|", "Ngày ban hành:", "|", day, "|", "|", "Ngày hiệu lực:", "|", "Đã biết", "|",
		"Ngày công báo:", "|", "Đang cập nhật", "|", "|", "Số công báo:", "|", "Đang cập nhật", "|", "|", "Tình trạng:", "|", "Đã biết", "|", "|"}, "\n") + "\n"
}

// A page whose site card pushes the heading past the head keeps its
// subject (round 119: "Quyết định số 1805/QĐ-UBND" was listed without
// it); a subject's line that ends "… TRÊN" goes on; one that ends "… MÃ
// SỐ" is whole, and "CỤC TRƯỞNG CỤC" under it enacts it. The text is
// made up.
func TestReadMetaSubjectPastTheSiteCard(t *testing.T) {
	for _, c := range []struct{ text, title string }{
		{siteCardLines("1805/QĐ-UBND", "Quyết định", "Tỉnh Bắc Nam", "18/11/2025") +
			"ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 1805/QĐ-UBND\n|\nBắc Nam, ngày 18 tháng 11 năm 2025\n|\n" +
			"QUYẾT ĐỊNH\nVỀ\nVIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC\nHOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA CẤP TỈNH TRÊN\nĐỊA BÀN TỈNH BẮC NAM\n" +
			"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính mới ban hành lĩnh vực hoạt động khoa học và công nghệ.\n",
			"Quyết định số 1805/QĐ-UBND về việc công bố Danh mục thủ tục hành chính mới ban hành lĩnh vực hoạt động khoa học và công nghệ thuộc thẩm quyền giải quyết của cấp tỉnh trên địa bàn tỉnh Bắc Nam"},
		{siteCardLines("37001/TB-CHQ", "Thông báo", "Cục Hải quan", "21/11/2025") +
			"BỘ\nTÀI CHÍNH\nCỤC HẢI QUAN\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:\n37001/TB-CHQ\n|\nHà\nNội, ngày 21 tháng 11 năm 2025\n|\n" +
			"THÔNG BÁO\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\nCỤC TRƯỞNG CỤC\nHẢI QUAN\nCăn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\nCục Hải quan thông báo kết quả xác định trước mã số như sau:\n",
			"Thông báo số 37001/TB-CHQ về kết quả xác định trước mã số"},
	} {
		if m := ReadMeta(c.text); m.Title != c.title {
			t.Errorf("title %q, want %q", m.Title, c.title)
		}
	}
}

// A subject in capitals keeps the bodies' short names in capitals
// whatever the body writes (round 119: "… của hđnd tỉnh Thừa Thiên Huế").
func TestTrueCaseShortNames(t *testing.T) {
	got := trueCase("sửa đổi một số điều của quy định kèm theo nghị quyết số 11/2022/nq-hđnd của hđnd tỉnh bắc nam", "Hội đồng nhân dân tỉnh Bắc Nam ban hành.")
	if !strings.HasSuffix(got, "của HĐND tỉnh Bắc Nam") {
		t.Errorf("%q", got)
	}
}

// A subject in capitals over five lines is read whole: a line that ends
// "… VỚI ỦY" goes on, a page's italic stars and an aside its last line
// leaves open are dropped, and the post that enacts it is not taken in
// (round 119); one that opens with the act it does, "QUY ĐỊNH PHÂN
// CÔNG …", is no heading of its kind. Made up.
func TestReadMetaLongSubjectInCapitals(t *testing.T) {
	for _, c := range []struct{ text, title string }{
		{"ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\nSố: 88/2026/QĐ-UBND\nBắc Nam, ngày 21 tháng 11 năm 2026\nQUYẾT ĐỊNH\n" +
			"BAN HÀNH QUY CHẾ PHỐI HỢP THỰC HIỆN CHỨC NĂNG, NHIỆM VỤ, QUYỀN\nHẠN GIỮA VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI VỚI ỦY\nBAN NHÂN DÂN CẤP XÃ, CƠ QUAN TÀI CHÍNH, CƠ QUAN XÂY DỰNG\nVÀ CƠ QUAN THUẾ\nTRÊN ĐỊA BÀN TỈNH BẮC NAM\n" +
			"ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nCăn cứ Luật Đất đai;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Văn phòng đăng ký đất đai với Ủy ban nhân dân cấp xã.\n",
			"Quyết định số 88/2026/QĐ-UBND ban hành Quy chế phối hợp thực hiện chức năng, nhiệm vụ, quyền hạn giữa Văn phòng đăng ký đất đai với Ủy ban nhân dân cấp xã, cơ quan tài chính, cơ quan xây dựng và cơ quan thuế trên địa bàn tỉnh Bắc Nam"},
		{"HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 70/2026/NQ-HĐND\nHà Nội, ngày 27 tháng 11 năm 2026\nNGHỊ QUYẾT\n" +
			"QUY\nĐỊNH MỘT SỐ NỘI DUNG VỀ SỬ DỤNG NGÂN SÁCH ĐỂ ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH HẠ TẦNG\nTRONG DỰ ÁN NHÀ Ở XÃ HỘI\nĐỘC LẬP TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI* (THỰC HIỆN ĐIỂM B KHOẢN 2 ĐIỀU 29\nLUẬT THỦ ĐÔ SỐ 39/2024/QH15)*\n" +
			"HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nCăn cứ Luật Thủ đô;\nĐiều 1. Nghị quyết này áp dụng trên địa bàn thành phố Hà Nội.\n",
			"Nghị quyết số 70/2026/NQ-HĐND quy định một số nội dung về sử dụng ngân sách để đầu tư xây dựng công trình hạ tầng trong dự án nhà ở xã hội độc lập trên địa bàn thành phố Hà Nội"},
		{"UBND THÀNH PHỐ HÀ NỘI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nSố: 1597/QĐ-TTPVHCC\nHà Nội, ngày 21 tháng 11 năm 2026\nQUYẾT ĐỊNH\n" +
			"VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC DU LỊCH THUỘC\nPHẠM VI CHỨC NĂNG QUẢN LÝ CỦA\nSỞ XÂY DỰNG\nGIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ HÀ NỘI\nCăn cứ Luật Du lịch;\n" +
			"Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính trong lĩnh vực Du lịch thuộc phạm vi chức năng quản lý của Sở Xây dựng.\n",
			"Quyết định số 1597/QĐ-TTPVHCC về việc công bố Danh mục thủ tục hành chính sửa đổi, bổ sung trong lĩnh vực Du lịch thuộc phạm vi chức năng quản lý của Sở Xây dựng"},
		{"ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\nSố: 84/2026/QĐ-UBND\nBắc Nam, ngày 21 tháng 11 năm 2026\nQUYẾT ĐỊNH\n" +
			"QUY ĐỊNH PHÂN CÔNG NHIỆM VỤ ĐỂ THỰC HIỆN QUẢN LÝ NHÀ\nNƯỚC VỀ GIÁ TRÊN ĐỊA BÀN TỈNH BẮC NAM\nCăn cứ Luật Giá;\n",
			"Quyết định số 84/2026/QĐ-UBND quy định phân công nhiệm vụ để thực hiện quản lý nhà nước về giá trên địa bàn tỉnh Bắc Nam"},
	} {
		if m := ReadMeta(c.text); m.Title != c.title {
			t.Errorf("title %q,\nwant  %q", m.Title, c.title)
		}
	}
}
