package docread

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

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
// Pages are read two at a time (one Tesseract thread each, which uses two
// cores better than one Tesseract with two threads).
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
	texts := make([]string, len(scans))
	errs := make([]error, len(scans))
	var wg sync.WaitGroup
	var finished atomic.Int64
	work := make(chan int)
	for range min(ocrWorkers(), len(scans)) {
		wg.Go(func() {
			for i := range work {
				texts[i], errs[i] = ocrScan(ctx, bin, path, scans[i], dir, ImportOCR)
				if opt.OCRPage != nil {
					opt.OCRPage(int(finished.Add(1)), len(scans))
				}
			}
		})
	}
	if opt.OCRPage != nil {
		opt.OCRPage(0, len(scans))
	}
	for i := range scans {
		if ctx.Err() != nil {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	read := 0
	for i, s := range scans {
		if errs[i] != nil {
			return errs[i]
		}
		if texts[i] != "" && s.Page-1 < len(x.Pages) {
			x.Pages[s.Page-1] = texts[i]
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

func ocrWorkers() int { return max(1, min(runtime.NumCPU(), 4)) }

// ImportOCR is how import prepares scans: deskewed, not binarised.
var ImportOCR = OCRSettings{Deskew: true}

// OCRSettings choose how a page image is prepared for Tesseract.
type OCRSettings struct {
	Deskew, Binarise bool
	// UserWords is a file of words, one per line, Tesseract should expect.
	UserWords string
}

// ocrScan reads one scanned page: its image as stored, or the page
// rasterised; "" when there is nothing to read. Only a write error in the
// temporary folder is an error.
func ocrScan(ctx context.Context, bin, path string, s pdftext.Scan, dir string, set OCRSettings) (string, error) {
	img := ""
	switch {
	case s.Image != nil:
		img = filepath.Join(dir, fmt.Sprintf("p%d.%s", s.Page, s.Format))
		if err := os.WriteFile(img, s.Image, 0o600); err != nil {
			return "", err
		}
	default:
		img = rasterize(ctx, path, s.Page, dir)
	}
	if img == "" {
		return "", nil
	}
	return ocrImage(ctx, bin, img, set)
}

// ocrImage prepares an image file (prepare.go) and reads it with Tesseract.
func ocrImage(ctx context.Context, bin, img string, set OCRSettings) (string, error) {
	if set.Deskew || set.Binarise {
		if data, err := os.ReadFile(img); err == nil {
			if out, _, ok := prepareScan(data, prepareSteps{deskew: set.Deskew, binarise: set.Binarise}); ok {
				prepared := strings.TrimSuffix(img, filepath.Ext(img)) + "-prepared.png"
				if err := os.WriteFile(prepared, out, 0o600); err != nil {
					return "", err
				}
				img = prepared
			}
		}
	}
	// --psm 6 (one block): the reading order is ours (ocrText); Tesseract's own
	// page layout analysis split letterheads worse (9.4 % vs 7.8 % CER).
	args := []string{img, "stdout", "-l", "vie", "--psm", "6"}
	if set.UserWords != "" {
		args = append(args, "--user-words", set.UserWords)
	}
	cmd := exec.CommandContext(ctx, bin, append(args, "tsv")...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	out, err := cmd.Output()
	if err != nil {
		return "", nil // a page Tesseract cannot read stays without text
	}
	if ocrConfidence(string(out)) < minOCRConfidence {
		return "", nil // a photograph or a drawing: what Tesseract "read" is noise
	}
	return ocrText(string(out)), nil
}

// minOCRConfidence is the mean word confidence below which a page's OCR is
// noise: printed text scores 90–96 (our scans, the shared noisy one), the
// photographs of pdf.js's issue5481.pdf 35.
const minOCRConfidence = 60

// ocrConfidence is the mean confidence of the words in Tesseract's TSV.
func ocrConfidence(tsv string) float64 {
	sum, n := 0.0, 0
	for row := range strings.Lines(tsv) {
		f := strings.Split(strings.TrimRight(row, "\r\n"), "\t")
		if len(f) < 12 || f[0] != "5" || strings.TrimSpace(f[11]) == "" {
			continue
		}
		var c float64
		if _, err := fmt.Sscan(f[10], &c); err == nil && c >= 0 {
			sum += c
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// OCRFile reads one image file with Tesseract as import does, for
// measuring (scripts/ocrbench); "" without Tesseract.
func OCRFile(ctx context.Context, img string, set OCRSettings) (string, error) {
	bin, ok := tesseract()
	if !ok {
		return "", nil
	}
	dir, err := os.MkdirTemp("", "sotay-ocr-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	data, err := os.ReadFile(img)
	if err != nil {
		return "", err
	}
	cp := filepath.Join(dir, "page"+filepath.Ext(img))
	if err := os.WriteFile(cp, data, 0o600); err != nil {
		return "", err
	}
	return ocrImage(ctx, bin, cp, set)
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
		height      int
		par         int
	}
	type block struct {
		top, bottom, left, right int
		lines                    [][]*segment
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
			if k == 0 || w.left-line[k-1].left-line[k-1].w > 2*max(w.h, line[k-1].h) {
				segs = append(segs, &segment{left: w.left, par: w.par})
			}
			sg := segs[len(segs)-1]
			sg.words = append(sg.words, w.text)
			sg.right = w.left + w.w
			sg.height = max(sg.height, w.h)
			b.right = max(b.right, sg.right)
		}
		b.lines = append(b.lines, segs)
		i = j
	}
	sort.SliceStable(blocks, func(i, j int) bool { return blocks[i].top < blocks[j].top })
	var out []string
	// A line Tesseract read across a wide gap is two columns: a
	// letterhead, "Nơi nhận" beside the signature. The lines after it that
	// keep to one side of that gap belong to the same two columns; the
	// zone is read left column first, then right. Other lines are body
	// text, a paragraph's lines joined into one.
	emit := func(b *block) {
		var zone [][]*segment
		split := 0 // x of the zone's gap
		flush := func() {
			for _, left := range []bool{true, false} {
				for _, l := range zone {
					for _, sg := range l {
						if (sg.right <= split) == left {
							out = append(out, strings.Join(sg.words, " "))
						}
					}
				}
			}
			zone = nil
		}
		par, cur := -1, ""
		prevRight, prevHeight := 0, 0
		for _, l := range b.lines {
			switch {
			case len(l) > 1:
				if len(zone) == 0 || l[0].right > split || l[1].left < split {
					if len(zone) > 0 {
						flush()
					}
					split = (l[0].right + l[1].left) / 2
				}
			case len(zone) > 0 && (l[0].right <= split || l[0].left >= split):
			default:
				if len(zone) > 0 {
					flush()
				}
				// A new paragraph where Tesseract says so, where a line
				// opens a heading or list item ("IV.", "2.", "a)", "-",
				// "Điều 5."), or after a line that stops well short of the
				// block's right edge (one paragraph per block with --psm 6).
				if cur != "" && (l[0].par != par || opensItem(l[0].words) || prevRight < b.right-3*prevHeight) {
					out = append(out, cur)
					cur = ""
				}
				par = l[0].par
				prevRight, prevHeight = l[0].right, l[0].height
				cur = strings.TrimSpace(cur + " " + strings.Join(l[0].words, " "))
				continue
			}
			if cur != "" {
				out = append(out, cur)
				cur, par = "", -1
			}
			zone = append(zone, l)
		}
		if cur != "" {
			out = append(out, cur)
		}
		if len(zone) > 0 {
			flush()
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

// itemOpening matches a line that opens a heading or a list item.
var itemOpening = regexp.MustCompile(`^(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-–•+*]|(?:Điều|Chương|Mục|Phần|Bước)\s)`)

func opensItem(words []string) bool {
	return len(words) > 0 && itemOpening.MatchString(strings.Join(words[:min(2, len(words))], " "))
}
