package pdftext

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scanned documents that websites spread carry a text layer that is only
// their stamp ("thuvienphapluat.vn" three times across the page): such a
// page is a scan. Its stamp is not its text, and the page goes to OCR.

// coversPage reports an image drawn over half the page or more.
func coversPage(images []image, box rect) bool {
	area := (box.x1 - box.x0) * (box.y1 - box.y0)
	for _, im := range images {
		if area > 0 && im.area >= 0.5*area {
			return true
		}
	}
	return false
}

// stampOf returns what a page's text would be as a stamp — its distinct
// words, folded, in order — and whether it repeats itself. A page with
// more than a few distinct words, or long ones, has text: "".
func stampOf(text string) (key string, repeated bool) {
	words := strings.Fields(strings.ToLower(text))
	var distinct []string
	for _, w := range words {
		if !slices.Contains(distinct, w) {
			distinct = append(distinct, w)
		}
	}
	n := 0
	for _, w := range distinct {
		n += utf8.RuneCountInString(w)
	}
	letters := 0
	for _, w := range distinct {
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	if len(distinct) == 0 || len(distinct) > 8 || n > 120 || letters < 3 {
		return "", false // a stamp says something: a name, an address
	}
	sort.Strings(distinct)
	return strings.Join(distinct, " "), len(words) >= 2*len(distinct)
}

// webAddress reports a stamp that names a website.
func webAddress(key string) bool {
	for _, s := range []string{"www.", "http", ".vn", ".com", ".net", ".org", ".gov"} {
		if strings.Contains(key, s) {
			return true
		}
	}
	return false
}

// watermarkedScans turns the pages whose only text is a stamp over a
// page-sized image into scans: no text, the image for OCR. A stamp counts
// when it repeats on the page, names a website, or recurs on another such
// page. The title goes too when it is the stamp.
func (d *doc) watermarkedScans(res *Result, covered map[int][]image) {
	keys := map[int]string{}
	count := map[string]int{}
	for i := range covered {
		key, repeated := stampOf(res.Pages[i])
		if key == "" {
			continue
		}
		keys[i] = key
		count[key]++
		if repeated || webAddress(key) {
			count[key]++ // enough on its own
		}
	}
	for i, key := range keys {
		if count[key] < 2 {
			continue
		}
		res.Watermark, _, _ = strings.Cut(res.Pages[i], "\n")
		res.Pages[i] = ""
		if t := strings.ToLower(res.Title); t != "" && strings.Contains(key, strings.Join(strings.Fields(t), " ")) {
			res.Title = ""
		}
		if s := d.scanImage(covered[i]); s != nil {
			s.Page = i + 1
			res.Scans = append(res.Scans, *s)
		}
	}
	sort.Slice(res.Scans, func(a, b int) bool { return res.Scans[a].Page < res.Scans[b].Page })
}
