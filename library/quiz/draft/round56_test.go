package draft

import (
	"strings"
	"testing"

	"sotay/internal/vanban"
)

// A news report's sub-heading, glued on the page to the sentence under
// it ("… đặc biệt khó khăn Một điểm mới …"), is the reporter's sum of
// that paragraph: it is not asked, the provision under it is (round 55's
// judge dropped the sub-heading's blank as broken text and a duplicate).
// The text is made up.
func TestNewsSubheadingNotAsked(t *testing.T) {
	text := "Thông tư mới về thu tiền sử dụng đất\n" +
		"Bộ Tài chính vừa ban hành Thông tư số 333/2026/TT-BTC sửa đổi, bổ sung một số điều về thu tiền sử dụng đất.\n" +
		"Thông tư có hiệu lực thi hành từ ngày 10/2/2027. Ảnh minh họa. Nguồn: internet. Giảm 40% cho dự án ở nơi đặc biệt khó khăn Một điểm mới đáng quan tâm của Thông tư là bổ sung quy định về việc giảm tiền sử dụng đất. Cụ thể: Giảm 40% tiền sử dụng đất đối với dự án thuộc địa bàn có điều kiện kinh tế - xã hội đặc biệt khó khăn; giảm 20% tiền sử dụng đất đối với dự án thuộc địa bàn có điều kiện kinh tế - xã hội khó khăn.\n"
	m := vanban.ReadMeta(text)
	src := Source{Title: m.Title, Kind: m.Kind, Number: m.Number, Issuer: m.Issuer, Pages: []string{vanban.Unflatten(text)}}
	provision := false
	for _, d := range Drafts(src) {
		s := d.Question.Stem
		if strings.Contains(s, "cho dự án ở nơi") || strings.Contains(s, "Một điểm mới") {
			t.Errorf("the sub-heading asked: %s", s)
		}
		if strings.Contains(s, "tiền sử dụng đất đối với dự án") {
			provision = true
		}
	}
	if !provision {
		t.Errorf("the provision under the sub-heading was not asked")
	}
}
