package draft

import "testing"

func TestOldTones(t *testing.T) {
	for in, want := range map[string]string{
		"Đảng uỷ Công an Trung ương, Uỷ ban nhân dân, hoà bình, khoẻ mạnh": "Đảng ủy Công an Trung ương, Ủy ban nhân dân, hòa bình, khỏe mạnh",
		"quý, thủy, hòa, Khoá, toán, thuở":                                 "quý, thủy, hòa, Khóa, toán, thuở",
	} {
		if got := oldTones(in); got != want {
			t.Errorf("oldTones(%q) = %q", in, got)
		}
	}
}
