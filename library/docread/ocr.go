package docread

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"sotay/internal/pdftext"
	"sotay/internal/viet"
)

// Scanned pages (an image and no text) are read with Tesseract when it is
// installed with its Vietnamese data (Debian: tesseract-ocr-vie); the page
// image is taken from the PDF as stored (JPEG) or decoded (Flate), and
// pdftoppm rasterises the page when neither works. Without Tesseract the
// document comes in without text and with the warning "no-text-layer".

var ocrLangs sync.Map // tesseract binary → bool (has "vie")

// OCRAvailable reports whether scanned pages can be read: tesseract on the
// PATH with Vietnamese.
func OCRAvailable() bool {
	_, ok := tesseract()
	return ok
}

func tesseract() (string, bool) {
	bin, err := exec.LookPath("tesseract")
	if err != nil {
		return "", false
	}
	if ok, seen := ocrLangs.Load(bin); seen {
		return bin, ok.(bool)
	}
	out, _ := exec.Command(bin, "--list-langs").CombinedOutput()
	ok := bytes.Contains(out, []byte("\nvie"))
	ocrLangs.Store(bin, ok)
	return bin, ok
}

// ocrScans reads the scanned pages into x, or marks x "no-text-layer".
func ocrScans(ctx context.Context, path string, scans []pdftext.Scan, x *Document, opt Options) error {
	bin, ok := tesseract()
	if opt.OCR == "off" || !ok {
		x.Warnings = append(x.Warnings, "no-text-layer")
		return nil
	}
	dir, err := os.MkdirTemp("", "sotay-ocr-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	read := 0
	for _, s := range scans {
		if err := ctx.Err(); err != nil {
			return err
		}
		img := ""
		switch {
		case s.Image != nil:
			img = filepath.Join(dir, fmt.Sprintf("p%d.%s", s.Page, s.Format))
			if err := os.WriteFile(img, s.Image, 0o600); err != nil {
				return err
			}
		default:
			img = rasterize(ctx, path, s.Page, dir)
		}
		if img == "" {
			continue
		}
		// --psm 6 (one block): the reading order is ours (ocrText); Tesseract's own
		// page layout analysis split letterheads worse (9.4 % vs 7.8 % CER).
		out, err := exec.CommandContext(ctx, bin, img, "stdout", "-l", "vie", "--psm", "6", "tsv").Output()
		if err := ctx.Err(); err != nil {
			return err
		}
		if err != nil {
			continue
		}
		if text := ocrText(string(out)); text != "" && s.Page-1 < len(x.Pages) {
			x.Pages[s.Page-1] = text
			read++
		}
	}
	switch {
	case read > 0:
		x.Method = "ocr"
	default:
		x.Warnings = append(x.Warnings, "no-text-layer")
	}
	return nil
}

// rasterize renders one page with pdftoppm, if installed.
func rasterize(ctx context.Context, path string, page int, dir string) string {
	bin, err := exec.LookPath("pdftoppm")
	if err != nil {
		return ""
	}
	prefix := filepath.Join(dir, fmt.Sprintf("r%d", page))
	n := fmt.Sprint(page)
	if exec.CommandContext(ctx, bin, "-r", "300", "-gray", "-png", "-singlefile", "-f", n, "-l", n, path, prefix).Run() != nil {
		return ""
	}
	return prefix + ".png"
}

// ocrText turns Tesseract's TSV output into lines in reading order:
// paragraphs one per line; blocks side by side left first; and where
// Tesseract reads across a two-column letterhead or signature block (a
// wide gap inside a line), the left column first, then the right, as the
// PDF reader and the fixtures' convention order them.
func ocrText(tsv string) string {
	type word struct {
		text             string
		left, top, w, h  int
		block, par, line int
	}
	var words []word
	for row := range strings.Lines(tsv) {
		f := strings.Split(strings.TrimRight(row, "\r\n"), "\t")
		if len(f) < 12 || f[0] != "5" || strings.TrimSpace(f[11]) == "" {
			continue // level 5 rows are words
		}
		var w word
		fmt.Sscan(f[2], &w.block)
		fmt.Sscan(f[3], &w.par)
		fmt.Sscan(f[4], &w.line)
		fmt.Sscan(f[6], &w.left)
		fmt.Sscan(f[7], &w.top)
		fmt.Sscan(f[8], &w.w)
		fmt.Sscan(f[9], &w.h)
		w.text = f[11]
		words = append(words, w)
	}
	// a segment is a run of words on one line without a wide gap
	type segment struct {
		words       []string
		left, right int
		par         int
	}
	type block struct {
		top, bottom, left int
		lines             [][]*segment
	}
	var blocks []*block
	byNum := map[int]*block{}
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && words[j].block == words[i].block && words[j].par == words[i].par && words[j].line == words[i].line {
			j++
		}
		line := words[i:j]
		w0 := line[0]
		b := byNum[w0.block]
		if b == nil {
			b = &block{top: w0.top, bottom: w0.top + w0.h, left: w0.left}
			byNum[w0.block] = b
			blocks = append(blocks, b)
		}
		var segs []*segment
		for k, w := range line {
			b.top, b.bottom, b.left = min(b.top, w.top), max(b.bottom, w.top+w.h), min(b.left, w.left)
			if k == 0 || w.left-line[k-1].left-line[k-1].w > 3*max(w.h, line[k-1].h) {
				segs = append(segs, &segment{left: w.left, par: w.par})
			}
			sg := segs[len(segs)-1]
			sg.words = append(sg.words, w.text)
			sg.right = w.left + w.w
		}
		b.lines = append(b.lines, segs)
		i = j
	}
	sort.SliceStable(blocks, func(i, j int) bool { return blocks[i].top < blocks[j].top })
	var out []string
	emit := func(b *block) {
		split := false
		minL, maxR := 1<<30, 0
		for _, l := range b.lines {
			split = split || len(l) > 1
			for _, sg := range l {
				minL, maxR = min(minL, sg.left), max(maxR, sg.right)
			}
		}
		mid := (minL + maxR) / 2
		// lines wholly in the left or right half, none across: two columns
		left, right, across := 0, 0, 0
		for _, l := range b.lines {
			for _, sg := range l {
				switch {
				case sg.right <= mid:
					left++
				case sg.left >= mid:
					right++
				default:
					across++
				}
			}
		}
		split = split || left > 0 && right > 0 && across == 0
		if !split {
			par, cur := -1, ""
			for _, l := range b.lines {
				if l[0].par != par && cur != "" {
					out = append(out, cur)
					cur = ""
				}
				par = l[0].par
				cur = strings.TrimSpace(cur + " " + strings.Join(l[0].words, " "))
			}
			if cur != "" {
				out = append(out, cur)
			}
			return
		}
		for _, side := range []bool{true, false} {
			for _, l := range b.lines {
				for _, sg := range l {
					if (sg.left < mid) == side {
						out = append(out, strings.Join(sg.words, " "))
					}
				}
			}
		}
	}
	// blocks side by side (overlapping vertically): left block first
	for i := 0; i < len(blocks); {
		j, bottom := i+1, blocks[i].bottom
		for j < len(blocks) && blocks[j].top < bottom {
			bottom = max(bottom, blocks[j].bottom)
			j++
		}
		row := blocks[i:j]
		sort.SliceStable(row, func(a, b int) bool { return row[a].left < row[b].left })
		for _, b := range row {
			emit(b)
		}
		i = j
	}
	return fixOCR(viet.NFC(strings.Join(out, "\n")))
}

// ocrFixes mend what Tesseract's Vietnamese model reliably gets wrong in
// Party texts: "chi bộ" read as the commoner "chỉ bộ".
var ocrFixes = strings.NewReplacer("chỉ bộ", "chi bộ", "Chỉ bộ", "Chi bộ", "CHỈ BỘ", "CHI BỘ", "chỉ ủy", "chi ủy", "chỉ uỷ", "chi uỷ")

func fixOCR(s string) string { return ocrFixes.Replace(s) }
