package draft

import (
	"testing"
	"time"
)

// An example's working, line by line after its label, is no rule: round
// 133 asked ten figures of a circular's worked examples ("51.000.000 x
// …… = 40.800.000 đồng", "Quỹ bảo hiểm y tế thanh toán …… đồng") as its
// own. The clause after the example is asked. Made up after it.
func TestWorkedExampleLinesNotAsked(t *testing.T) {
	page := "BỘ Y TẾ\nSố: 904/2017/TT-BYT\nTHÔNG TƯ\nHướng dẫn thanh toán vật tư y tế\n" +
		"Điều 3. Hướng dẫn thanh toán chung\n" +
		"1. Quỹ bảo hiểm y tế thanh toán chi phí vật tư y tế theo số lượng thực tế sử dụng cho người bệnh.\n" +
		"Ví dụ 1 (Minh họa Điểm b Khoản 1 Điều 3): Người bệnh có mức hưởng bảo hiểm y tế được thanh toán chi phí như sau:\n" +
		"- Trường hợp người bệnh là đối tượng tham gia bảo hiểm y tế có mức hưởng 80% chi phí khám bệnh, chữa bệnh đi khám bệnh đúng tuyến, mức thanh toán như sau:\n" +
		"+ Stent thứ nhất và chi phí vật tư y tế khác là: 51.000.000 x 80% = 40.800.000 đồng.\n" +
		"- Quỹ bảo hiểm y tế thanh toán tổng chi phí vật tư y tế của người bệnh là 47.000.000 đồng.\n" +
		"+ Người bệnh tự chi trả 9.000.000 đồng.\n" +
		"2. Người bệnh có thẻ bảo hiểm y tế được thanh toán tối đa 02 stent cho một lần can thiệp.\n"
	src := Source{DocumentID: 1, Title: "Thông tư số 904/2017/TT-BYT", Kind: "Thông tư", Number: "904/2017/TT-BYT",
		IssuedOn: "2017-04-14", Pages: []string{page}, Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
	rule := false
	for _, d := range Drafts(src) {
		switch answerOf(d.Question) {
		case "80%", "40.800.000", "47.000.000", "9.000.000", "51.000.000":
			t.Errorf("an example's figure asked: %q", d.Question.Stem)
		case "02":
			rule = true
		}
	}
	if !rule {
		t.Error("the clause after the example is no longer asked")
	}
}

// When another act takes effect is a consolidated text's machinery, not
// its rule: round 133 asked the dates of the amending circulars its
// preamble and notes give ("Thông tư số 50/2017/TT-BYT … của Bộ trưởng
// Bộ" / "Y tế …, có hiệu lực kể từ ……"). Made up after it.
func TestAmendingActsEffectNotAsked(t *testing.T) {
	page := "VĂN BẢN HỢP NHẤT - BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG TƯ\nBan hành Danh mục vật tư y tế\n" +
		"Thông tư số 924/2017/TT-BYT ngày 14 tháng 4 năm 2017 của Bộ trưởng Bộ Y\n" +
		"tế ban hành Danh mục vật tư y tế, có hiệu lực kể từ ngày 01 tháng 6 năm 2017 được sửa đổi, bổ sung bởi:\n" +
		"Thông tư số 950/2017/TT-BYT ngày 29 tháng 12 năm 2017 của Bộ trưởng Bộ\n" +
		"Y tế sửa đổi, bổ sung các quy định liên quan đến thanh toán chi phí khám bệnh, chữa bệnh, có hiệu lực kể từ ngày 01 tháng 3 năm 2018.\n" +
		"Căn cứ Luật bảo hiểm y tế;\n" +
		"Điều 1. Phạm vi điều chỉnh\n" +
		"Người bệnh có thẻ bảo hiểm y tế được thanh toán tối đa 02 stent cho một lần can thiệp.\n"
	src := Source{DocumentID: 1, Title: "Thông tư số 924/2017/TT-BYT", Kind: "Thông tư", Number: "924/2017/TT-BYT",
		IssuedOn: "2017-04-14", Pages: []string{page}, Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
	rule := false
	for _, d := range Drafts(src) {
		switch a := answerOf(d.Question); a {
		case "ngày 01 tháng 3 năm 2018", "01/3/2018", "ngày 01 tháng 6 năm 2017", "01/6/2017":
			t.Errorf("an amending act's effect asked (%s): %q", a, d.Question.Stem)
		case "02":
			rule = true
		}
	}
	if !rule {
		t.Error("the rule is no longer asked")
	}
}
