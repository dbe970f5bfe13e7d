package formats

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/gif"
	"image/png"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/image/bmp"
	"golang.org/x/image/tiff"

	"sotay/internal/docx"
	"sotay/internal/officeconv"
	"sotay/library/quiz"
)

// picturesIn takes the picture marks out of text, leaving a placeholder
// (\x00 and the mark's position) where each stood, and returns the
// pictures' indexes.
func picturesIn(text string) (string, []int) {
	if !strings.ContainsRune(text, docx.ImageMark) {
		return text, nil
	}
	var b strings.Builder
	var idx []int
	for i := 0; i < len(text); {
		if k, n, ok := docx.PictureAt(text, i); ok {
			fmt.Fprintf(&b, "\x00%d\x00", len(idx))
			idx = append(idx, k)
			i += n
			continue
		}
		b.WriteByte(text[i])
		i++
	}
	return b.String(), idx
}

var placeholderRE = regexp.MustCompile("\x00(\\d+)\x00")

// placePictures replaces the placeholders: a picture kept in the middle of
// the text leaves "[hình n]" where it stood ("Cho ma trận [hình 1]. Tính
// A²."), as the pictures are shown under the text; one at either end, or
// left out, leaves nothing.
func placePictures(out string, kept map[int]int) string {
	var b strings.Builder
	locs := placeholderRE.FindAllStringSubmatchIndex(out, -1)
	last := 0
	for _, l := range locs {
		b.WriteString(out[last:l[0]])
		pos, _ := strconv.Atoi(out[l[2]:l[3]])
		before := strings.TrimSpace(placeholderRE.ReplaceAllString(out[:l[0]], ""))
		after := strings.TrimSpace(placeholderRE.ReplaceAllString(out[l[1]:], ""))
		if n, ok := kept[pos]; ok && before != "" && after != "" {
			fmt.Fprintf(&b, " [hình %d] ", n)
		} else {
			b.WriteByte(' ')
		}
		last = l[1]
	}
	b.WriteString(out[last:])
	return markerSpaceRE.ReplaceAllString(b.String(), "]$1")
}

// markerSpaceRE is the space between a picture's marker and punctuation.
var markerSpaceRE = regexp.MustCompile(`\]\s+([.,;:?!)])`)

// attachPictures moves the pictures a Word bank's marks stand for onto
// their questions, converting what Fyne cannot show to PNG (WMF and EMF
// through LibreOffice). A question whose picture cannot be kept becomes a
// problem on its line that says which part and why: it would read wrong.
func attachPictures(ctx context.Context, items []quiz.Item, pics []docx.Picture) []quiz.Item {
	type pending struct {
		item, image int
		where       string // the option's letter, "" for the stem
	}
	var later []pending // WMF and EMF, converted together
	var meta [][]byte
	// A picture behind the text on page after page (five times or more; a
	// sign shared by three questions is not one) is a watermark or a
	// letterhead's background, not part of a question: left out.
	behind := map[string]int{}
	for _, p := range pics {
		if p.Behind && p.Name != "" {
			behind[p.Name]++
		}
	}
	for i := range items {
		q := items[i].Q
		if q == nil || items[i].Err != nil {
			continue
		}
		var problem *quiz.Fault
		take := func(part int, text *string, where string) {
			t, idx := picturesIn(*text)
			if idx == nil {
				return
			}
			kept := map[int]int{} // placeholder → the picture's number in its part
			defer func() { *text = quiz.TidyLines(placePictures(t, kept)) }()
			for pos, k := range idx {
				if problem != nil {
					return
				}
				if k >= 0 && k < len(pics) && pics[k].Behind && behind[pics[k].Name] >= 5 {
					continue
				}
				if k < 0 || k >= len(pics) || pics[k].Data == nil {
					problem = quiz.NewFault("picture_outside", "Letter", where)
					return
				}
				data := pics[k].Data
				if len(data) > quiz.MaxImageSize {
					problem = quiz.NewFault("picture_too_large", "Letter", where, "MB", len(data)>>20, "Max", quiz.MaxImageSize>>20)
					return
				}
				switch kind := quiz.ImageKind(data); kind {
				case "png", "jpeg":
				case "gif", "bmp", "tiff":
					conv, err := toPNG(data, kind)
					if err != nil {
						problem = quiz.NewFault("picture_damaged", "Letter", where, "Kind", strings.ToUpper(kind))
						return
					}
					data = conv
				case "wmf", "emf":
					later = append(later, pending{i, len(q.Images), where})
					meta = append(meta, data)
				default:
					problem = quiz.NewFault("picture_kind_unread", "Letter", where, "Kind", pictureName(pics[k].Name))
					return
				}
				q.Images = append(q.Images, quiz.Image{Part: part, Data: data})
				kept[pos] = len(q.ImagesOf(part))
			}
		}
		take(0, &q.Stem, "")
		for k := range q.Options {
			take(k+1, &q.Options[k].Text, string(rune('A'+k)))
		}
		if e, idx := picturesIn(q.Explanation); idx != nil {
			q.Explanation = strings.TrimSpace(placePictures(e, nil))
		}
		if problem != nil {
			items[i] = quiz.FaultItem(items[i].Line, problem)
		}
	}
	if len(later) == 0 {
		return items
	}
	converted, err := officeconv.Pictures(ctx, meta)
	code := "picture_wmf_failed"
	if errors.Is(err, officeconv.ErrUnavailable) {
		code = "picture_wmf_needs_office"
	}
	for j, p := range later {
		it := &items[p.item]
		if it.Q == nil {
			continue // a problem already
		}
		var data []byte
		if err == nil && converted[j] != nil {
			kind := quiz.ImageKind(converted[j])
			if kind == "gif" {
				data, _ = toPNG(converted[j], kind)
			} else if kind == "png" || kind == "jpeg" {
				data = converted[j]
			}
		}
		if data == nil {
			*it = quiz.FaultAt(it.Line, code, "Letter", p.where)
			continue
		}
		it.Q.Images[p.image].Data = data
	}
	return items
}

func pictureName(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return strings.ToUpper(name[i+1:])
	}
	return "lạ"
}

// toPNG re-encodes a GIF, BMP or TIFF picture as PNG.
func toPNG(data []byte, kind string) ([]byte, error) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	if cfg.Width*cfg.Height > 40_000_000 {
		return nil, fmt.Errorf("picture too large: %d×%d", cfg.Width, cfg.Height)
	}
	var img image.Image
	switch kind {
	case "gif":
		img, err = gif.Decode(bytes.NewReader(data))
	case "bmp":
		img, err = bmp.Decode(bytes.NewReader(data))
	case "tiff":
		img, err = tiff.Decode(bytes.NewReader(data))
	default:
		return nil, fmt.Errorf("not convertible: %s", kind)
	}
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := png.Encode(&out, img); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
