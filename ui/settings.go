package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// SettingsScreen is the Cài đặt place: text size, light or dark, language,
// and where the library lives. Choices apply at once and persist.
type SettingsScreen struct {
	shell   *Shell
	size    *widget.Select
	look    *widget.RadioGroup
	lang    *widget.Select
	path    *widget.Label
	preview *widget.Label
	// backupWhere says where the automatic backups go.
	backupWhere *widget.Label
	// watchList holds the watched folders; watchHistory what they brought.
	watchList    *fyne.Container
	watchHistory *widget.Label
	root         fyne.CanvasObject
}

func newSettingsScreen(s *Shell) *SettingsScreen {
	st := &SettingsScreen{shell: s}
	prefs := s.app.Preferences()

	var sizeNames []string
	current := float32(prefs.FloatWithFallback(prefTextSize, defaultTextSize))
	selected := ""
	for _, ts := range textSizes {
		name := lang.X(ts.key, ts.key)
		sizeNames = append(sizeNames, name)
		if ts.size == current {
			selected = name
		}
	}
	st.size = newSelect(sizeNames, func(name string) {
		for i, n := range sizeNames {
			if n == name && float32(prefs.FloatWithFallback(prefTextSize, defaultTextSize)) != textSizes[i].size {
				prefs.SetFloat(prefTextSize, float64(textSizes[i].size))
				s.app.Settings().SetTheme(s.theme())
			}
		}
	})
	st.size.SetSelected(selected)

	looks := []string{appearanceSystem, appearanceLight, appearanceDark}
	lookNames := []string{lang.X("settings.look.system", "Theo hệ thống"), lang.X("settings.look.light", "Sáng"), lang.X("settings.look.dark", "Tối")}
	st.look = widget.NewRadioGroup(lookNames, func(name string) {
		for i, n := range lookNames {
			if n == name && prefs.StringWithFallback(prefAppearance, appearanceSystem) != looks[i] {
				prefs.SetString(prefAppearance, looks[i])
				s.app.Settings().SetTheme(s.theme())
			}
		}
	})
	st.look.Horizontal = false // one under another: side by side, the place was too wide for the navigation's names at the largest text
	for i, l := range looks {
		if l == prefs.StringWithFallback(prefAppearance, appearanceSystem) {
			st.look.SetSelected(lookNames[i])
		}
	}

	langs := []string{langVietnamese, langEnglish}
	langNames := []string{"Tiếng Việt", "English"}
	st.lang = newSelect(langNames, func(name string) {
		for i, n := range langNames {
			if n == name && prefs.StringWithFallback(prefLanguage, langVietnamese) != langs[i] {
				prefs.SetString(prefLanguage, langs[i])
				setupLanguage(langs[i])
				s.rebuild()
			}
		}
	})
	if prefs.StringWithFallback(prefLanguage, langVietnamese) == langEnglish {
		st.lang.SetSelected(langNames[1])
	} else {
		st.lang.SetSelected(langNames[0])
	}

	st.path = widget.NewLabel(s.opts.DBPath)
	st.path.Wrapping = fyne.TextWrapBreak
	st.path.Selectable = true
	st.preview = widget.NewLabel(lang.X("settings.preview", "Xem trước: Nghị quyết Đại hội đại biểu Đảng bộ quận lần thứ III, nhiệm kỳ 2025 – 2030."))
	st.preview.Wrapping = fyne.TextWrapWord

	form := widget.NewForm(
		widget.NewFormItem(lang.X("settings.size", "Cỡ chữ"), st.size),
		widget.NewFormItem("", st.preview),
		widget.NewFormItem(lang.X("settings.look", "Giao diện"), st.look),
		widget.NewFormItem(lang.X("settings.language", "Ngôn ngữ"), st.lang),
		widget.NewFormItem(lang.X("settings.library", "Tệp thư viện"), st.path),
	)
	for _, it := range append(st.backupItems(), st.watchItems()...) {
		form.AppendItem(it)
	}
	// The unit's shared passphrase: a study pack signed with it shows as
	// verified.
	packKey := widget.NewPasswordEntry()
	packKey.SetText(prefs.String(prefPackKey))
	packKey.OnChanged = func(k string) { prefs.SetString(prefPackKey, k) }
	packKey.SetPlaceHolder(lang.X("pack.key_hint", "Khoá chung của đơn vị, để xác minh gói học tập"))
	form.AppendItem(widget.NewFormItem(lang.X("pack.key", "Khoá gói"), packKey))
	head := widget.NewLabelWithStyle(lang.X("nav.settings", "Cài đặt"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	st.root = container.NewVScroll(container.NewVBox(head, form))
	return st
}

// CanvasObject is the screen's content.
func (st *SettingsScreen) CanvasObject() fyne.CanvasObject { return st.root }

func (st *SettingsScreen) setLibraryPath(p string) {
	st.path.SetText(p)
	st.showBackupPlace()
}
