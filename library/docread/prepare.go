package docread

import (
	"bytes"
	"image"
	_ "image/jpeg" // scans are mostly JPEG
	"image/png"
	"math"

	"golang.org/x/image/draw"
)

// A scan is straightened before Tesseract reads it: the skew angle is
// estimated from the text lines (the angle at which the rows of dark pixels
// are sharpest) and the page turned back by it. Binarising (each pixel set
// black or white against the mean of its neighbourhood, Sauvola's
// threshold) helps on a noisy photocopy but erases the small hooks of ể and
// ổ on an ordinary office scan ("Chuyến đối số"), so import does not use it
// (measured in docs/PERFORMANCE.md); scripts/ocrbench still can.

// prepareSteps choose what prepareScan does (measured one by one in
// docs/PERFORMANCE.md).
type prepareSteps struct {
	deskew, binarise bool
}

// maxSkew bounds the angle looked for, in degrees; a page turned further
// was scanned sideways, which is not this.
const maxSkew = 5.0

// prepareScan decodes a scanned page image and returns it as a PNG,
// straightened and binarised; ok=false if it cannot be decoded (the image
// then goes to Tesseract as it is).
func prepareScan(data []byte, steps prepareSteps) (out []byte, angle float64, ok bool) {
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, 0, false
	}
	b := src.Bounds()
	if b.Dx() < 16 || b.Dy() < 16 || b.Dx()*b.Dy() > 200<<20 {
		return nil, 0, false
	}
	gray := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(gray, gray.Bounds(), src, b.Min, draw.Src)
	if steps.deskew {
		angle = skewAngle(gray)
		if math.Abs(angle) >= 0.1 {
			gray = rotate(gray, -angle)
		}
	}
	if steps.binarise {
		gray = sauvola(gray)
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if enc.Encode(&buf, gray) != nil {
		return nil, 0, false
	}
	return buf.Bytes(), angle, true
}

// skewAngle estimates, in degrees, how far the text lines rise to the
// right: the angle whose horizontal projection of dark pixels has the
// greatest variance, searched in tenths of a degree on a reduced copy.
func skewAngle(g *image.Gray) float64 {
	// Reduce to about 1,000 pixels across.
	step := max(1, g.Bounds().Dx()/1000)
	type pt struct{ x, y float64 }
	var dark []pt
	var sum, n int
	for y := 0; y < g.Bounds().Dy(); y += step {
		for x := 0; x < g.Bounds().Dx(); x += step {
			sum += int(g.Pix[y*g.Stride+x])
			n++
		}
	}
	if n == 0 {
		return 0
	}
	limit := uint8(max(0, sum/n-60)) // clearly darker than the page
	for y := 0; y < g.Bounds().Dy(); y += step {
		for x := 0; x < g.Bounds().Dx(); x += step {
			if g.Pix[y*g.Stride+x] < limit {
				dark = append(dark, pt{float64(x / step), float64(y / step)})
			}
		}
	}
	if len(dark) < 100 {
		return 0
	}
	rows := g.Bounds().Dy()/step + g.Bounds().Dx()/step + 2
	bins := make([]int, 2*rows)
	best, bestScore := 0.0, -1.0
	for tenth := -int(maxSkew * 10); tenth <= int(maxSkew*10); tenth++ {
		a := float64(tenth) / 10 * math.Pi / 180
		sin, cos := math.Sin(a), math.Cos(a)
		clear(bins)
		for _, p := range dark {
			r := int(p.y*cos-p.x*sin) + rows
			if r >= 0 && r < len(bins) {
				bins[r]++
			}
		}
		score := 0.0
		for _, c := range bins {
			score += float64(c) * float64(c)
		}
		if score > bestScore {
			best, bestScore = float64(tenth)/10, score
		}
	}
	return best
}

// rotate turns g by angle degrees about its centre, bilinear, filling
// what comes in from outside with white; rotate(g, -skewAngle(g)) levels
// its lines.
func rotate(g *image.Gray, angle float64) *image.Gray {
	a := angle * math.Pi / 180
	sin, cos := math.Sin(a), math.Cos(a)
	w, h := g.Bounds().Dx(), g.Bounds().Dy()
	cx, cy := float64(w)/2, float64(h)/2
	out := image.NewGray(image.Rect(0, 0, w, h))
	for y := range h {
		dy := float64(y) - cy
		// source = R(a)·(destination − c) + c
		sx := -sin*dy + cx - cos*cx
		sy := cos*dy + cy + sin*cx
		row := out.Pix[y*out.Stride : y*out.Stride+w]
		for x := range w {
			fx := cos*float64(x) + sx
			fy := -sin*float64(x) + sy
			x0, y0 := int(math.Floor(fx)), int(math.Floor(fy))
			if x0 < 0 || y0 < 0 || x0+1 >= w || y0+1 >= h {
				row[x] = 255
				continue
			}
			tx, ty := fx-float64(x0), fy-float64(y0)
			i := y0*g.Stride + x0
			p00, p01 := float64(g.Pix[i]), float64(g.Pix[i+1])
			p10, p11 := float64(g.Pix[i+g.Stride]), float64(g.Pix[i+g.Stride+1])
			top := p00 + (p01-p00)*tx
			bot := p10 + (p11-p10)*tx
			row[x] = uint8(top + (bot-top)*ty + 0.5)
		}
	}
	return out
}

// sauvola binarises g: a pixel is black when darker than
// mean·(1 + k·(sd/128 − 1)) over a square window about a third of a text
// line high. Sums over the window's columns are kept for the rows in it
// and slid down the page, so memory stays a few rows' worth.
func sauvola(g *image.Gray) *image.Gray {
	w, h := g.Bounds().Dx(), g.Bounds().Dy()
	r := max(15, w/60) / 2
	const k = 0.2
	colSum := make([]int64, w)
	colSq := make([]int64, w)
	addRow := func(y int, sign int64) {
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		for x, p := range row {
			v := int64(p)
			colSum[x] += sign * v
			colSq[x] += sign * v * v
		}
	}
	for y := 0; y < min(r, h); y++ {
		addRow(y, 1)
	}
	out := image.NewGray(g.Bounds())
	for y := range h {
		if y+r < h {
			addRow(y+r, 1)
		}
		if y-r-1 >= 0 {
			addRow(y-r-1, -1)
		}
		rows := int64(min(h, y+r+1) - max(0, y-r))
		var s, q int64
		for x := 0; x < min(r, w); x++ {
			s += colSum[x]
			q += colSq[x]
		}
		src := g.Pix[y*g.Stride : y*g.Stride+w]
		dst := out.Pix[y*out.Stride : y*out.Stride+w]
		for x := range w {
			if x+r < w {
				s += colSum[x+r]
				q += colSq[x+r]
			}
			if x-r-1 >= 0 {
				s -= colSum[x-r-1]
				q -= colSq[x-r-1]
			}
			n := float64(rows * int64(min(w, x+r+1)-max(0, x-r)))
			mean := float64(s) / n
			sd := math.Sqrt(max(0, float64(q)/n-mean*mean))
			if float64(src[x]) <= mean*(1+k*(sd/128-1)) {
				dst[x] = 0
			} else {
				dst[x] = 255
			}
		}
	}
	return out
}
