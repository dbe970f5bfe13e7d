package vanban

import "testing"

// An assembly's act pasted from its heading, its letterhead lost, is
// dated by the session that passed it, in its closing line; an act it
// quotes is not (round 121: three of the National Assembly's
// resolutions were cited with neither number nor date). Made up.
func TestReadMetaAdoptedOn(t *testing.T) {
	body := "NGHỊ QUYẾT\nVỀ CHỦ TRƯƠNG ĐẦU TƯ DỰ ÁN ĐƯỜNG SẮT BẮC NAM\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\nĐiều 1. Quyết định chủ trương đầu tư Dự án.\n"
	for _, c := range []struct{ tail, on, issuer string }{
		{"Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp bất thường lần thứ 9, thông qua ngày 19 tháng 02 năm 2025.\n", "2025-02-19", "Quốc hội"},
		{"*Nghị quyết này đã được Ủy ban Thường vụ Quốc hội thông qua ngày 6 tháng 2 năm 2025.*\n", "2025-02-06", "Ủy ban Thường vụ Quốc hội"},
		// another kind's closing line, quoted: no date of this one
		{"Luật này được Quốc hội khóa XIV, kỳ họp thứ 5 thông qua ngày 20 tháng 6 năm 2018, được dẫn lại.\n", "", ""},
	} {
		m := ReadMeta(body + c.tail)
		if m.IssuedOn != c.on || m.Issuer != c.issuer {
			t.Errorf("issued %q by %q, want %q by %q", m.IssuedOn, m.Issuer, c.on, c.issuer)
		}
	}
	// a dated letterhead keeps its date
	m := ReadMeta("QUỐC HỘI\nSố: 97/2025/QH15\nHà Nội, ngày 20 tháng 2 năm 2025\n" + body + "Nghị quyết này được Quốc hội khóa XV thông qua ngày 19 tháng 02 năm 2025.\n")
	if m.IssuedOn != "2025-02-20" {
		t.Errorf("issued %q, want the letterhead's date", m.IssuedOn)
	}
}
