package startlocale

import (
	"os"
	"testing"
)

func TestFix(t *testing.T) {
	tests := []struct {
		name, lang, language string
		fixed                bool
	}{
		{"C.UTF-8 is not a language tag", "C.UTF-8", "", true},
		{"plain C is left to Fyne, which handles it", "C", "", false},
		{"Vietnamese locale is fine", "vi_VN.UTF-8", "", false},
		{"English locale is fine", "en_US.UTF-8", "", false},
		{"a broken LANGUAGE list is fixed", "en_US.UTF-8", "en:!!", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("LC_ALL", "")
			t.Setenv("LC_MESSAGES", "")
			t.Setenv("LANG", tt.lang)
			t.Setenv("LANGUAGE", tt.language)
			if got := Fix(); got != tt.fixed {
				t.Fatalf("Fix() = %v, want %v", got, tt.fixed)
			}
			if tt.fixed && os.Getenv("LANGUAGE") != "vi" {
				t.Fatalf("LANGUAGE = %q, want vi", os.Getenv("LANGUAGE"))
			}
		})
	}
}
