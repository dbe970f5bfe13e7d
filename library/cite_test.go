package library

import "testing"

func TestCitation(t *testing.T) {
	doc := Document{Title: "Nghị quyết về chuyển đổi số", Kind: "Nghị quyết", Number: "15-NQ/QU", IssuedOn: "2025-03-12", Issuer: "Quận ủy Hồng Tiến"}
	outline := []Section{
		{Level: 1, Label: "Điều 1.", Heading: "Mục tiêu", Page: 1, Offset: 10},
		{Level: 1, Label: "Điều 2.", Heading: "Nhiệm vụ", Page: 2, Offset: 5},
		{Level: 2, Label: "1.", Heading: "", Page: 2, Offset: 40},
		{Level: 3, Label: "a)", Heading: "", Page: 2, Offset: 60},
	}
	pageAt := []int{0, 100}
	for _, c := range []struct {
		off  int
		want string
	}{
		{0, "Nghị quyết số 15-NQ/QU ngày 12/3/2025 của Quận ủy Hồng Tiến"},
		{20, "Nghị quyết số 15-NQ/QU ngày 12/3/2025 của Quận ủy Hồng Tiến, Điều 1"},
		{110, "Nghị quyết số 15-NQ/QU ngày 12/3/2025 của Quận ủy Hồng Tiến, Điều 2"},
		{145, "Nghị quyết số 15-NQ/QU ngày 12/3/2025 của Quận ủy Hồng Tiến, Điều 2, khoản 1"},
		{165, "Nghị quyết số 15-NQ/QU ngày 12/3/2025 của Quận ủy Hồng Tiến, Điều 2, khoản 1, điểm a"},
	} {
		if got := Citation(doc, outline, pageAt, c.off); got != c.want {
			t.Errorf("at %d: %q, want %q", c.off, got, c.want)
		}
	}
	if got := Citation(Document{Title: "Bài phát biểu"}, nil, nil, 0); got != "Bài phát biểu" {
		t.Errorf("no facts: %q", got)
	}
	if got := Quote(" đẩy mạnh ", "X"); got != "“đẩy mạnh” (X)" {
		t.Errorf("quote: %q", got)
	}
}
