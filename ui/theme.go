package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Text sizes offered in Cài đặt, in points; the default is large because
// many readers are older and use office monitors at a distance.
var textSizes = []struct {
	key  string
	size float32
}{
	{"settings.size.normal", 15},
	{"settings.size.large", 18},
	{"settings.size.larger", 21},
	{"settings.size.largest", 25},
}

const defaultTextSize = 18

// Appearance choices stored in preferences.
const (
	appearanceSystem = "system"
	appearanceLight  = "light"
	appearanceDark   = "dark"
)

// appTheme is Fyne's default theme with the user's text size and, unless
// "system", a fixed light or dark variant.
type appTheme struct {
	textSize   float32
	appearance string
}

var _ fyne.Theme = (*appTheme)(nil)

func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.appearance {
	case appearanceLight:
		v = theme.VariantLight
	case appearanceDark:
		v = theme.VariantDark
	}
	if n == theme.ColorNamePrimary {
		// Party red in light mode, a lighter red that keeps contrast in dark mode.
		if v == theme.VariantDark {
			return color.NRGBA{R: 0xEF, G: 0x6C, B: 0x6C, A: 0xFF}
		}
		return color.NRGBA{R: 0xB7, G: 0x1C, B: 0x1C, A: 0xFF}
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *appTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

func (t *appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size scales text and icons with the chosen text size (Fyne's default text
// is 14) and leaves paddings alone, so bigger text does not waste space.
func (t *appTheme) Size(n fyne.ThemeSizeName) float32 {
	base := theme.DefaultTheme().Size(n)
	scale := t.textSize / 14
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return base * scale
	case theme.SizeNameInnerPadding, theme.SizeNameLineSpacing:
		return base * (1 + (scale-1)/2)
	}
	return base
}
