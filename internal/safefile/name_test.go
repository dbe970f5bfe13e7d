package safefile

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Suggested names are valid on Windows and Linux: a bank named after a
// resolution ("Câu hỏi: Nghị quyết số 15-NQ/QU …") once closed the save
// dialog and wrote nothing.
func TestName(t *testing.T) {
	for in, want := range map[string]string{
		"Câu hỏi: Nghị quyết số 15-NQ/QU về chuyển đổi số": "Câu hỏi - Nghị quyết số 15-NQ - QU về chuyển đổi số.docx",
		`a\b*c?d"e<f>g|h`:   "a - b - c - d - e - f - g - h.docx",
		"  ...  ":           "sotay.docx",
		"CON":               "_CON.docx",
		"Báo cáo.":          "Báo cáo.docx",
		"dòng\nhai\tba":     "dòng hai ba.docx",
		"Kết luận số 01/KL": "Kết luận số 01 - KL.docx",
	} {
		if got := Name(in, ".docx"); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
	long := Name(strings.Repeat("Nghị quyết về chuyển đổi số ", 10), ".pdf")
	if n := utf8.RuneCountInString(strings.TrimSuffix(long, ".pdf")); n > MaxNameRunes || strings.HasSuffix(strings.TrimSuffix(long, ".pdf"), " ") {
		t.Errorf("long name %q (%d runes)", long, n)
	}
	for _, bad := range `/\:*?"<>|` {
		if strings.ContainsRune(Name("x"+string(bad)+"y", ""), bad) {
			t.Errorf("%q kept", bad)
		}
	}
}
