package library

import (
	"strings"
	"testing"
)

// A citation's words start at its kind word whatever character the
// window before it cuts: "CHỈ THỊ SỐ 49-CT/TW" in a heading of capitals
// was listed as "ỉ thị số 49-CT/TW" (round 129's Công báo resolution),
// a rune's last byte left at the window's start. Made up.
func TestCitationPhraseStartsAtItsKind(t *testing.T) {
	for pad := 0; pad < 6; pad++ {
		text := strings.Repeat("Ệ", 40) + strings.Repeat("a", pad) + " THỰC HIỆN CHỈ THỊ SỐ 49-CT/TW NGÀY 28 THÁNG 6 NĂM 2025 CỦA BAN BÍ THƯ"
		cs := findCitations(text)
		if len(cs) != 1 {
			t.Fatalf("pad %d: %d citations", pad, len(cs))
		}
		if !strings.HasPrefix(cs[0].phrase, "CHỈ THỊ SỐ 49-CT/TW") {
			t.Errorf("pad %d: phrase %q", pad, cs[0].phrase)
		}
	}
}
