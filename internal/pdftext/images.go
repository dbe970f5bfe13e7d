package pdftext

import (
	"bytes"
	goimage "image"
	"image/color"
	"image/png"
)

// scanImage returns the largest image of a page without text, as a file
// an OCR engine reads: JPEG data as stored, or Flate-decoded pixels
// (gray, RGB, 1-bit) re-encoded as PNG.
func (d *doc) scanImage(images []image) *Scan {
	best := images[0]
	for _, im := range images[1:] {
		if im.area > best.area {
			best = im
		}
	}
	v := best.v
	// Outside the text budget: one image per page, each within maxStream.
	data, filter, err := d.decodeStream(v)
	if err != nil && len(data) == 0 {
		return &Scan{Format: "damaged"}
	}
	switch filter {
	case "DCTDecode", "DCT":
		return &Scan{Image: data, Format: "jpeg"}
	case "":
	default:
		return &Scan{Format: filter}
	}
	img := pixels(v, data)
	if img == nil {
		return &Scan{Format: "raw"}
	}
	var buf bytes.Buffer
	if png.Encode(&buf, img) != nil {
		return &Scan{Format: "raw"}
	}
	return &Scan{Image: buf.Bytes(), Format: "png"}
}

// pixels builds an image from decoded samples; nil for colour spaces and
// depths it does not handle.
func pixels(v Value, data []byte) goimage.Image {
	w, h := int(v.Key("Width").Int64()), int(v.Key("Height").Int64())
	bpc := int(v.Key("BitsPerComponent").Int64())
	if w <= 0 || h <= 0 || w > 20000 || h > 20000 {
		return nil
	}
	cs := v.Key("ColorSpace")
	comps := 1
	switch cs.Name() {
	case "DeviceRGB", "CalRGB":
		comps = 3
	case "DeviceGray", "CalGray":
	default:
		if cs.Kind() == vArray && cs.Index(0).Name() == "ICCBased" {
			comps = int(cs.Index(1).Key("N").Int64())
		} else if v.Key("ImageMask").Bool() {
			bpc = 1
		} else {
			return nil
		}
	}
	switch {
	case bpc == 8 && comps == 1 && len(data) >= w*h:
		img := goimage.NewGray(goimage.Rect(0, 0, w, h))
		copy(img.Pix, data[:w*h])
		return img
	case bpc == 8 && comps == 3 && len(data) >= 3*w*h:
		img := goimage.NewRGBA(goimage.Rect(0, 0, w, h))
		for i := range w * h {
			img.Pix[4*i], img.Pix[4*i+1], img.Pix[4*i+2], img.Pix[4*i+3] = data[3*i], data[3*i+1], data[3*i+2], 255
		}
		return img
	case bpc == 1 && comps == 1:
		row := (w + 7) / 8
		if len(data) < row*h {
			return nil
		}
		img := goimage.NewGray(goimage.Rect(0, 0, w, h))
		for y := range h {
			for x := range w {
				bit := data[y*row+x/8] >> (7 - uint(x%8)) & 1
				img.SetGray(x, y, color.Gray{Y: 255 * bit})
			}
		}
		return img
	}
	return nil
}
