// Package assets embeds what ships inside the binaries: the icon, the
// translations (vi.json first, en.json) and the sample library. It holds no
// logic and imports nothing, so both the GUI and the CLI can use it.
package assets

import (
	"embed"
	"io/fs"
)

// Icon is the application icon (PNG, 256×256).
//
//go:embed icon.png
var Icon []byte

// Translations holds translations/vi.json and translations/en.json, each a
// flat JSON object from message key to text (Go template syntax for data).
//
//go:embed translations/*.json
var Translations embed.FS

//go:embed samples
var samples embed.FS

// Samples returns the sample library: manifest.json and one text file per
// document.
func Samples() fs.FS {
	sub, err := fs.Sub(samples, "samples")
	if err != nil {
		panic(err) // cannot happen: the directory is embedded
	}
	return sub
}

// SerifRegular and SerifBold are Liberation Serif (SIL Open Font License,
// fonts/LICENSE-OFL.txt), metric-compatible with Times New Roman as
// Vietnamese documents are set, with every Vietnamese letter: printed
// tests embed them.
//
//go:embed fonts/LiberationSerif-Regular.ttf
var SerifRegular []byte

//go:embed fonts/LiberationSerif-Bold.ttf
var SerifBold []byte

//go:embed meeting
var meeting embed.FS

// Meeting returns the phone page of a branch meeting: index.html, app.js
// and style.css, plain HTML, CSS and ES5 with nothing loaded from elsewhere.
func Meeting() fs.FS {
	sub, err := fs.Sub(meeting, "meeting")
	if err != nil {
		panic(err) // cannot happen: the directory is embedded
	}
	return sub
}
