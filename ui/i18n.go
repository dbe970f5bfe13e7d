package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"sotay/assets"
	_ "sotay/internal/startlocale" // quiet Fyne about locales such as C.UTF-8
)

// Preference keys.
const (
	prefLanguage   = "language"
	prefTextSize   = "text_size"
	prefAppearance = "appearance"
	prefWinWidth   = "window_width"
	prefWinHeight  = "window_height"
	prefProfile    = "quiz_profile"
)

// Languages the user can choose.
const (
	langVietnamese = "vi"
	langEnglish    = "en"
)

// setupLanguage makes lang.L and lang.X answer in the chosen language
// (Vietnamese unless the user picked English). Fyne picks the translation
// closest to the system locale and ships no Vietnamese, so the chosen file
// is registered under the system's locale, its language and English as
// well as its own code: whatever Fyne matches, our strings win. The file
// also carries Fyne's own keys ("Cancel", "Open", …) so dialogs follow.
func setupLanguage(code string) {
	if code != langEnglish {
		code = langVietnamese
	}
	data, err := assets.Translations.ReadFile("translations/" + code + ".json")
	if err != nil {
		fyne.LogError("read translations", err)
		return
	}
	sys := lang.SystemLocale()
	seen := map[string]bool{}
	for _, l := range []fyne.Locale{fyne.Locale(code), "en", sys, fyne.Locale(sys.LanguageString())} {
		if l == "" || seen[string(l)] {
			continue
		}
		seen[string(l)] = true
		if err := lang.AddTranslationsForLocale(data, l); err != nil {
			fyne.LogError("add translations for "+string(l), err)
		}
	}
}
