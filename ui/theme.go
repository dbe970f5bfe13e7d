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
	if c, ok := readable[v][n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, v)
}

// readable are the text colours Fyne's defaults draw too faint for older
// eyes on office screens (placeholder, links, status colours, text on the
// red buttons in dark mode): each reaches WCAG AA contrast, 4.5:1, on every
// background it is drawn on (TestThemeContrast); disabled text 3:1.
var readable = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNamePlaceHolder: color.NRGBA{0x5F, 0x63, 0x68, 0xFF},
		theme.ColorNameHyperlink:   color.NRGBA{0x0B, 0x57, 0xD0, 0xFF},
		theme.ColorNameSuccess:     color.NRGBA{0x1B, 0x6B, 0x2A, 0xFF},
		theme.ColorNameWarning:     color.NRGBA{0x8A, 0x4B, 0x00, 0xFF},
		theme.ColorNameError:       color.NRGBA{0xB3, 0x26, 0x1E, 0xFF},
		theme.ColorNameDisabled:    color.NRGBA{0x7A, 0x7A, 0x7A, 0xFF},
		// the row under the keyboard focus (and the mouse) shows plainly
		theme.ColorNameHover: color.NRGBA{0x00, 0x00, 0x00, 0x24},
		// borders of boxes and the empty radio and check circles: 3:1 on
		// white, as WCAG asks of controls (Fyne's were nearly invisible)
		theme.ColorNameInputBorder: color.NRGBA{0x8A, 0x8A, 0x8A, 0xFF},
	},
	theme.VariantDark: {
		theme.ColorNameHyperlink:           color.NRGBA{0x8A, 0xB4, 0xF8, 0xFF},
		theme.ColorNameError:               color.NRGBA{0xF2, 0x8B, 0x82, 0xFF},
		theme.ColorNameDisabled:            color.NRGBA{0x8E, 0x8E, 0x8E, 0xFF},
		theme.ColorNameForegroundOnPrimary: color.NRGBA{0x1A, 0x1A, 0x1A, 0xFF},
		theme.ColorNameHover:               color.NRGBA{0xFF, 0xFF, 0xFF, 0x2E},
		theme.ColorNameInputBorder:         color.NRGBA{0x80, 0x80, 0x80, 0xFF},
	},
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
