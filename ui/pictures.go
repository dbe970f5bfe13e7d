package ui

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image"
	_ "image/jpeg" // pictures of questions are PNG or JPEG
	_ "image/png"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"sotay/library/quiz"
)

// pictures shows a question's pictures of one part (0 the stem, k+1
// option k) in a row, each at its own size up to maxW×maxH (scaled down,
// never up past twice its size), or nil when the part has none.
func pictures(q *quiz.Question, part int, maxW, maxH float32) fyne.CanvasObject {
	pics := q.ImagesOf(part)
	if len(pics) == 0 {
		return nil
	}
	row := container.NewHBox()
	for _, data := range pics {
		row.Add(picture(data, maxW, maxH))
	}
	return row
}

// picture is one picture, sized to fit maxW×maxH. A picture that cannot be
// decoded says so instead of leaving a hole.
func picture(data []byte, maxW, maxH float32) fyne.CanvasObject {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return canvas.NewText(lang.X("quiz.picture_broken", "(hình hỏng, không hiện được)"), theme.Color(theme.ColorNameError))
	}
	sum := sha256.Sum256(data)
	img := canvas.NewImageFromResource(fyne.NewStaticResource("hinh-"+hex.EncodeToString(sum[:8])+".png", data))
	img.FillMode = canvas.ImageFillContain
	// Pictures grow with the text size (older eyes choose the largest);
	// small ones (a formula) grow to a readable size; large ones shrink.
	w, h := float32(cfg.Width), float32(cfg.Height)
	if scale := theme.TextSize() / 14; scale > 1 {
		w, h = w*scale, h*scale
	}
	if h < 40 {
		w, h = w*40/h, 40
	}
	if w > maxW {
		w, h = maxW, h*maxW/w
	}
	if h > maxH {
		w, h = w*maxH/h, maxH
	}
	img.SetMinSize(fyne.NewSize(w, h))
	return img
}

// optionText is an option's text, or a word saying it is a picture.
func optionText(q *quiz.Question, k int) string {
	if t := q.Options[k].Text; t != "" || len(q.ImagesOf(k+1)) == 0 {
		return t
	}
	return lang.X("quiz.picture_option", "(hình)")
}
