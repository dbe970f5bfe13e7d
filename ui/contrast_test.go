package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Text is readable at a glance in both themes: every colour text is drawn
// in has at least WCAG AA contrast (4.5:1) against the backgrounds it is
// drawn on (the grey secondary lines once did not).
func TestThemeContrast(t *testing.T) {
	texts := []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNamePlaceHolder,
		theme.ColorNamePrimary, theme.ColorNameHyperlink, theme.ColorNameSuccess, theme.ColorNameWarning, theme.ColorNameError}
	grounds := []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameMenuBackground,
		theme.ColorNameOverlayBackground}
	for _, appearance := range []string{appearanceLight, appearanceDark} {
		th := &appTheme{textSize: 18, appearance: appearance}
		bg := th.Color(theme.ColorNameBackground, theme.VariantLight)
		for _, g := range grounds {
			ground := over(th.Color(g, theme.VariantLight), bg)
			for _, c := range texts {
				if r := contrast(over(th.Color(c, theme.VariantLight), ground), ground); r < 4.5 {
					t.Errorf("%s: %s on %s has contrast %.2f (< 4.5)", appearance, c, g, r)
				}
			}
			// disabled controls: WCAG asks nothing; 3:1 keeps them legible
			if r := contrast(over(th.Color(theme.ColorNameDisabled, theme.VariantLight), ground), ground); r < 3 {
				t.Errorf("%s: disabled on %s has contrast %.2f (< 3)", appearance, g, r)
			}
			// borders of boxes, empty radio and check circles: 3:1, as
			// WCAG asks of the parts of a control (they were nearly
			// invisible in the light theme)
			if r := contrast(over(th.Color(theme.ColorNameInputBorder, theme.VariantLight), ground), ground); r < 3 {
				t.Errorf("%s: control borders on %s have contrast %.2f (< 3)", appearance, g, r)
			}
		}
		// the text of a progress meter over its filled part
		fill := color.NRGBAModel.Convert(th.Color(theme.ColorNamePrimary, theme.VariantLight)).(color.NRGBA)
		fill.A = 0x30
		under := over(fill, over(th.Color(theme.ColorNameInputBackground, theme.VariantLight), bg))
		if r := contrast(over(th.Color(theme.ColorNameForeground, theme.VariantLight), under), under); r < 4.5 {
			t.Errorf("%s: a meter's text over its fill has contrast %.2f", appearance, r)
		}
		// text on a primary (high-importance) button
		p := over(th.Color(theme.ColorNamePrimary, theme.VariantLight), bg)
		if r := contrast(over(th.Color(theme.ColorNameForegroundOnPrimary, theme.VariantLight), p), p); r < 4.5 {
			t.Errorf("%s: text on primary buttons has contrast %.2f", appearance, r)
		}
	}
}

// over blends c (with alpha) over an opaque ground.
func over(c, ground color.Color) color.Color {
	r, g, b, a := c.RGBA()
	R, G, B, _ := ground.RGBA()
	mix := func(x, y uint32) uint8 { return uint8((x*a + y*(0xffff-a)) / 0xffff >> 8) }
	return color.NRGBA{mix(r*0xffff/max(a, 1), R), mix(g*0xffff/max(a, 1), G), mix(b*0xffff/max(a, 1), B), 0xff}
}

func contrast(a, b color.Color) float64 {
	l1, l2 := luminance(a), luminance(b)
	if l1 < l2 {
		l1, l2 = l2, l1
	}
	return (l1 + 0.05) / (l2 + 0.05)
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
