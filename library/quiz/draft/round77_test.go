package draft

import (
	"strings"
	"testing"
)

// Round 76's judges named a law's principles missed on two pages: the
// lead says what keeps them ("Cử tri cần tuân thủ nguyên tắc dưới đây
// khi bỏ phiếu", "Việc thực hiện … phải bảo đảm các nguyên tắc sau
// đây"), not "nguyên tắc X như sau". The eight voting principles have a
// paragraph after the fourth, and the web page's "(5) Khi …" was broken
// into "(5)" and its words; a lettered list counts "đ)" after "d)". The
// pages are made up, in the shape of a legal site's answers.
func TestRound77PrinciplesALeadKeeps(t *testing.T) {
	title := "Cử tri cần tuân thủ những nguyên tắc nào khi bỏ phiếu bầu cử năm 2031?"
	page := title + "\n" +
		"Căn cứ theo Điều 69 Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015 quy định Cử tri cần tuân thủ nguyên tắc dưới đây khi bỏ phiếu:\n" +
		"(1) Mỗi cử tri có quyền bỏ một phiếu bầu đại biểu Quốc hội.\n" +
		"(2) Cử tri phải tự mình đi bầu cử, không được nhờ người khác bầu cử thay.\n" +
		"(3) Cử tri không thể tự viết được phiếu bầu thì nhờ người khác viết hộ.\n" +
		"(4) Trong trường hợp cử tri ốm đau, già yếu thì Tổ bầu cử mang hòm phiếu phụ đến chỗ ở của cử tri.\n" +
		"Đối với cử tri là người đang bị tạm giam thì Tổ bầu cử mang hòm phiếu phụ đến trại tạm giam.\n" +
		"(5) Khi cử tri viết phiếu bầu, không ai được xem, kể cả thành viên Tổ bầu cử.\n" +
		"(6) Nếu viết hỏng, cử tri có quyền đổi phiếu bầu khác.\n" +
		"(7) Khi cử tri bỏ phiếu xong, Tổ bầu cử đóng dấu “Đã bỏ phiếu” vào thẻ cử tri.\n" +
		"(8) Mọi người phải tuân theo nội quy phòng bỏ phiếu.\n" +
		"Chính sách hỗ trợ về nhà ở xã hội phải bảo đảm nguyên tắc nào?\n" +
		"Theo Điều 79 Luật Nhà ở 2023 quy định như sau:\n" +
		"1. Việc thực hiện chính sách hỗ trợ về nhà ở xã hội phải bảo đảm các nguyên tắc sau đây:\n" +
		"a) Nhà nước có chính sách phát triển nhà ở, tạo điều kiện để mọi người có chỗ ở;\n" +
		"b) Có sự kết hợp giữa Nhà nước, doanh nghiệp, cộng đồng dân cư và đối tượng được hỗ trợ;\n" +
		"c) Bảo đảm công khai, minh bạch, có sự kiểm tra, giám sát chặt chẽ;\n" +
		"d) Bảo đảm đúng đối tượng, đủ điều kiện theo quy định của Luật này;\n" +
		"đ) Một đối tượng được hưởng nhiều chính sách hỗ trợ thì được hưởng một chính sách mức cao nhất;\n" +
		"e) Hộ gia đình có nhiều đối tượng được hỗ trợ thì chỉ áp dụng một chính sách cho cả hộ.\n" +
		"2. Ủy ban nhân dân cấp tỉnh chịu trách nhiệm tổ chức thực hiện chính sách hỗ trợ về nhà ở xã hội.\n"
	counts := map[string]string{}
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if s := d.Question.Stem; strings.Contains(s, "có bao nhiêu nguyên tắc") {
			counts[s] = answerOf(d.Question)
		}
	}
	want := map[string]string{
		"Theo Điều 69 Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015, có bao nhiêu nguyên tắc cử tri cần tuân thủ khi bỏ phiếu?": "8",
		"Theo Điều 79 Luật Nhà ở năm 2023, có bao nhiêu nguyên tắc thực hiện chính sách hỗ trợ về nhà ở xã hội?":                                       "6",
	}
	for s, n := range want {
		if counts[s] != n {
			t.Errorf("%q: key %q, want %q (counts asked: %q)", s, counts[s], n, counts)
		}
	}
}

// A lead's principles are named from its clause, or not at all.
func TestPrinciplesName(t *testing.T) {
	for lead, want := range map[string]string{
		"1. Việc thực hiện chính sách hỗ trợ về nhà ở xã hội phải bảo đảm các nguyên tắc sau đây:":                                     "Nguyên tắc thực hiện chính sách hỗ trợ về nhà ở xã hội",
		"Như vậy, theo quy định, việc thực hiện giám định sở hữu trí tuệ phải tuân thủ các nguyên tắc sau đây:":                        "Nguyên tắc thực hiện giám định sở hữu trí tuệ",
		"Căn cứ theo Điều 69 Luật Bầu cử 2015 quy định Cử tri cần tuân thủ nguyên tắc dưới đây khi bỏ phiếu:":                          "Nguyên tắc cử tri cần tuân thủ khi bỏ phiếu",
		"Căn cứ vào khoản 1 Điều 79 Luật Nhà ở 2023 quy định về nguyên tắc thì việc định giá đất phải bảo đảm các nguyên tắc sau đây:": "Nguyên tắc định giá đất",
		"Căn cứ Điều 79 Luật Nhà ở 2023 quy định về nguyên tắc thực hiện chính sách hỗ trợ như sau:":                                   "",
		"Chủ thể dữ liệu cá nhân khi thực hiện quyền và nghĩa vụ của mình phải tuân thủ đầy đủ các nguyên tắc sau đây:":                "",
		"Cơ sở dữ liệu quốc gia đáp ứng các yêu cầu sau đây:":                                                                          "",
		"Căn cứ, theo:": "",
	} {
		if got := principlesName(lead); got != want {
			t.Errorf("principlesName(%q) = %q, want %q", lead, got, want)
		}
	}
}
