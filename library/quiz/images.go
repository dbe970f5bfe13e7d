package quiz

import "bytes"

// Pictures of questions: what they are and how they are told apart.

// Image is a picture in a question — a formula, a diagram, an option that
// is a picture — in its stem (Part 0) or in option Part-1. Data is PNG or
// JPEG.
type Image struct {
	Part int    `json:"part"`
	Data []byte `json:"data"`
}

// MaxImageSize bounds one picture of a question.
const MaxImageSize = 8 << 20

// ImageKind names a picture's format from its first bytes: "png", "jpeg",
// "gif", "bmp", "tiff", "wmf", "emf", or "" when unknown.
func ImageKind(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "png"
	case bytes.HasPrefix(b, []byte{0xff, 0xd8, 0xff}):
		return "jpeg"
	case bytes.HasPrefix(b, []byte("GIF8")):
		return "gif"
	case bytes.HasPrefix(b, []byte("BM")) && len(b) > 26:
		return "bmp"
	case bytes.HasPrefix(b, []byte("II*\x00")), bytes.HasPrefix(b, []byte("MM\x00*")):
		return "tiff"
	case bytes.HasPrefix(b, []byte{0xd7, 0xcd, 0xc6, 0x9a}),
		len(b) > 18 && (b[0] == 1 || b[0] == 2) && b[1] == 0 && b[2] == 9 && b[3] == 0:
		return "wmf"
	case len(b) > 44 && b[0] == 1 && b[1] == 0 && b[2] == 0 && b[3] == 0 && string(b[40:44]) == " EMF":
		return "emf"
	}
	return ""
}

// ImagesOf returns the pictures of one part of q (0 the stem, k+1 option k).
func (q *Question) ImagesOf(part int) [][]byte {
	var out [][]byte
	for _, im := range q.Images {
		if im.Part == part {
			out = append(out, im.Data)
		}
	}
	return out
}
