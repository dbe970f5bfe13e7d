package draft

import (
	"strings"
	"testing"
)

// A phase of history or of building works is no policy: its points were
// sorted "nội dung nào sau đây thuộc “Giai đoạn tiền Chấn hưng …”?" on
// encyclopedia and project pages (nine such drafts over the dataset, a
// province's output share the odd one out among a chronicle's entries).
// A plan's phase by its years still is. The texts are made up.
func TestPhasesOfHistoryAreNoPolicy(t *testing.T) {
	title := "Chùa Làng Mẫu"
	page := title + "\n" +
		"Chùa Làng Mẫu là ngôi chùa cổ của vùng ven sông.\n" +
		"Giai đoạn khởi dựng\n" +
		"- Nhà sư Minh Tâm dựng am tranh bên bến đò năm 1702.\n" +
		"- Dân làng góp gỗ lim dựng tam quan năm 1715.\n" +
		"- Chuông đồng lớn được đúc năm 1731.\n" +
		"Giai đoạn trùng tu\n" +
		"- Mái chính được lợp lại bằng ngói mũi hài năm 1890.\n" +
		"- Hội làng sửa gác chuông sau trận bão năm 1904.\n" +
		"- Sân gạch được lát lại năm 1936.\n"
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if d.Kind == DraftList && strings.Contains(d.Question.Stem, "Giai đoạn") {
			t.Errorf("a phase of history sorted: %q", d.Question.Stem)
		}
	}
	for name, want := range map[string]bool{
		"Giai đoạn khởi dựng":                       false,
		"Tiến trình luyện tập chia làm 3 giai đoạn": false,
		"Nhiệm vụ giai đoạn 2026 - 2030":            true,
		"Giai đoạn 2026 - 2030":                     true,
		"Giai đoạn từ năm 2021 đến năm 2025":        true,
	} {
		if got := substantive(dlist{name: name}); got != want {
			t.Errorf("substantive(%q) = %v, want %v", name, got, want)
		}
	}
}
