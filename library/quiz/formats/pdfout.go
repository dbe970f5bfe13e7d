package formats

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"image/draw"
	_ "image/jpeg" // pictures of questions
	"image/png"
	"io"
	"math/rand/v2"
	"slices"
	"sotay/library/quiz"
	"strings"

	"github.com/go-pdf/fpdf"
)

// Printed tests: a PDF on A4 with one or more variants (mã đề 101, 102, …)
// holding the same questions in another order with options shuffled, and
// an answer key. Vietnamese needs a Unicode TrueType font: the caller
// passes one (the app ships Liberation Serif, SIL OFL), embedded subset.

// PrintOptions says what a printed test looks like.
type PrintOptions struct {
	Unit      string // the body holding the test, printed top left ("BAN TUYÊN GIÁO QUẬN ỦY")
	Title     string // "ĐỀ KIỂM TRA TÌM HIỂU NGHỊ QUYẾT"
	Subtitle  string // e.g. the bank's name
	Minutes   int    // time allowed; 0 prints none
	Variants  int    // how many mã đề, 1–20
	Count     int    // questions drawn at random from those given; 0: all
	FirstCode int    // the first code, 101 if 0
	Seed      uint64 // shuffles; the same seed prints the same variants
	Regular   []byte // TrueType fonts with Vietnamese letters
	Bold      []byte
}

// Printed is what a PDF holds, for the caller to report.
type Printed struct {
	Codes     []int
	Questions int
	Pages     int
}

// ErrPrint is returned when the questions cannot be printed (none, or no
// font), as a Fault saying why.
var ErrPrint = errors.New("cannot print the test")

// variant is one mã đề: the question order and each question's option
// order.
type variant struct {
	code  int
	order []int   // index into qs
	opts  [][]int // per position, option order
}

// MaxVariants bounds the variants of one PDF.
const MaxVariants = 20

// MaxPrinted bounds questions × variants of one PDF: the whole document is
// built in memory (about 3 KB a printed question), so this keeps a print
// under 100 MB (50,000 questions × 20 variants took 2.85 GB).
const MaxPrinted = 20000

// ErrPrintTooLarge means questions × variants is over MaxPrinted.
var ErrPrintTooLarge = errors.New("test to print too large")

const (
	pageW, pageH           = 210.0, 297.0
	marginL, marginR, marT = 20.0, 15.0, 15.0
	marginB                = 18.0
	bodySize, line         = 13.0, 6.2
)

// WritePDF prints qs as a test with opt.Variants variants and the answer
// key after them.
func WritePDF(w io.Writer, qs []*quiz.Question, opt PrintOptions) (p Printed, err error) {
	if len(qs) == 0 {
		return p, quiz.Failure(ErrPrint, "p_no_questions")
	}
	if len(opt.Regular) == 0 || len(opt.Bold) == 0 {
		return p, quiz.Failure(ErrPrint, "p_no_font")
	}
	opt.Variants = min(max(opt.Variants, 1), MaxVariants)
	if opt.FirstCode <= 0 {
		opt.FirstCode = 101
	}
	defer func() { // fpdf panics on some inputs; a print must not bring the app down
		if r := recover(); r != nil {
			err = quiz.Failure(ErrPrint, "p_failed", "Why", fmt.Sprint(r))
		}
	}()
	// A description goes with the question it stands before, wherever
	// that question is printed; it is not numbered or counted.
	qs, leads := withLeads(qs)
	if len(qs) == 0 {
		return p, quiz.Failure(ErrPrint, "p_only_descriptions")
	}
	n := len(qs)
	if opt.Count > 0 {
		n = min(n, opt.Count)
	}
	if n*opt.Variants > MaxPrinted {
		return p, quiz.Failure(ErrPrintTooLarge, "p_too_large", "N", n, "Variants", opt.Variants, "Max", MaxPrinted)
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5074a7))
	if opt.Count > 0 && opt.Count < len(qs) {
		qs = slices.Clone(qs)
		rng.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
		qs = qs[:opt.Count]
	}
	var vs []variant
	for k := range opt.Variants {
		v := variant{code: opt.FirstCode + k, order: rng.Perm(len(qs))}
		for _, i := range v.order {
			o := make([]int, len(qs[i].Options))
			for j := range o {
				o[j] = j
			}
			if qs[i].Shufflable() {
				rng.Shuffle(len(o), func(a, b int) { o[a], o[b] = o[b], o[a] })
			}
			v.opts = append(v.opts, o)
		}
		vs = append(vs, v)
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(marginL, marT, marginR)
	pdf.SetAutoPageBreak(true, marginB)
	pdf.AddUTF8FontFromBytes("serif", "", opt.Regular)
	pdf.AddUTF8FontFromBytes("serif", "B", opt.Bold)
	pdf.SetTitle(opt.Title, true)
	pdf.SetCreator("Sổ tay học tập", true)
	footer, page := "", 0
	pdf.SetFooterFunc(func() {
		page++
		pdf.SetY(-12)
		pdf.SetFont("serif", "", 10)
		pdf.CellFormat(0, 5, fmt.Sprintf("%s · Trang %d", footer, page), "", 0, "C", false, 0, "")
	})
	for _, v := range vs {
		pdf.AddPage() // the last page's footer is drawn here, with its own label
		footer, page = fmt.Sprintf("Mã đề %d", v.code), 0
		header(pdf, opt, v.code)
		for pos, i := range v.order {
			if d := leads[qs[i]]; d != nil {
				printLead(pdf, d)
			}
			printQuestion(pdf, pos+1, qs[i], v.opts[pos])
		}
		pdf.Ln(4)
		pdf.SetFont("serif", "B", bodySize)
		pdf.CellFormat(0, line, "— HẾT —", "", 1, "C", false, 0, "")
	}
	pdf.AddPage()
	footer, page = "Đáp án", 0
	printKey(pdf, opt, qs, vs)
	if err := pdf.Error(); err != nil {
		return p, quiz.Failure(ErrPrint, "p_failed").Because(err)
	}
	p = Printed{Questions: len(qs), Pages: pdf.PageNo()}
	for _, v := range vs {
		p.Codes = append(p.Codes, v.code)
	}
	return p, pdf.Output(w)
}

// header prints the top of a variant's first page: the unit and the title
// side by side, the time, the code, and lines for the name and chi bộ.
func header(pdf *fpdf.Fpdf, opt PrintOptions, code int) {
	usable := pageW - marginL - marginR
	top := pdf.GetY()
	left := 0.0
	if opt.Unit != "" {
		left = 70
		pdf.SetFont("serif", "B", 12)
		pdf.MultiCell(left, 5.5, strings.ToUpper(opt.Unit), "", "C", false)
		pdf.SetX(marginL + left/2 - 10)
		pdf.CellFormat(20, 2, "", "B", 1, "C", false, 0, "")
	}
	below := pdf.GetY()
	pdf.SetXY(marginL+left, top)
	pdf.SetFont("serif", "B", 14)
	pdf.MultiCell(usable-left, 6.5, strings.ToUpper(orDefault(opt.Title, "ĐỀ KIỂM TRA")), "", "C", false)
	pdf.SetFont("serif", "", 12)
	if opt.Subtitle != "" {
		pdf.SetX(marginL + left)
		pdf.MultiCell(usable-left, 5.5, opt.Subtitle, "", "C", false)
	}
	if opt.Minutes > 0 {
		pdf.SetX(marginL + left)
		pdf.MultiCell(usable-left, 5.5, fmt.Sprintf("Thời gian làm bài: %d phút", opt.Minutes), "", "C", false)
	}
	pdf.SetY(max(pdf.GetY(), below) + 3)
	pdf.SetFont("serif", "B", 12)
	pdf.SetX(pageW - marginR - 32)
	pdf.CellFormat(32, 8, fmt.Sprintf("Mã đề %d", code), "1", 1, "C", false, 0, "")
	pdf.Ln(2)
	pdf.SetFont("serif", "", 12)
	pdf.CellFormat(usable*0.6, 7, "Họ và tên: ......................................................", "", 0, "L", false, 0, "")
	pdf.CellFormat(usable*0.4, 7, "Chi bộ: ................................", "", 1, "L", false, 0, "")
	pdf.Ln(1)
	pdf.Line(marginL, pdf.GetY(), pageW-marginR, pdf.GetY())
	pdf.Ln(4)
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// printQuestion prints "Câu n." and the stem, then the options or the
// lines to write on, keeping a question on one page when it fits.
func printQuestion(pdf *fpdf.Fpdf, n int, q *quiz.Question, order []int) {
	usable := pageW - marginL - marginR
	const indent = 8.0
	stem := printable(q.ShownStem(func(n int) string { return fmt.Sprintf("(%d) ………………", n) }))
	if q.Type == quiz.Multi {
		stem += " (chọn mọi phương án đúng)"
	}
	head := fmt.Sprintf("Câu %d. ", n)
	pdf.SetFont("serif", "", bodySize)
	lines := len(pdf.SplitText(head+stem, usable))
	var opts []string
	if q.Type == quiz.Single || q.Type == quiz.Multi || q.Type == quiz.TrueFalse {
		// Only choices are printed as options: a short or numerical
		// question's options are its answers, a matching one's its pairs.
		for k, i := range order {
			opts = append(opts, fmt.Sprintf("%c. %s", 'A'+k, printable(q.Options[i].Text)))
			lines += len(pdf.SplitText(opts[k], usable-indent))
		}
	}
	switch q.Type {
	case quiz.Cloze, quiz.Short:
		lines += max(len(q.Blanks), 1)
	case quiz.Numerical:
		lines++
	case quiz.Matching:
		lines += 2 * len(q.Options)
	case quiz.Essay:
		lines += essayLines
	}
	pics := 0.0
	for _, im := range q.Images {
		if _, h, ok := pdfPicture(pdf, im.Data, usable-indent); ok {
			pics += h + 1
		}
	}
	if need := float64(lines)*line + pics + 3; pdf.GetY()+need > pageH-marginB && need < pageH-marT-marginB {
		pdf.AddPage()
	}
	pdf.SetFont("serif", "B", bodySize)
	pdf.Write(line, head)
	pdf.SetFont("serif", "", bodySize)
	pdf.Write(line, stem)
	pdf.Ln(line)
	printPictures(pdf, q.ImagesOf(0), marginL+indent, usable-indent)
	for k, o := range opts {
		pdf.SetX(marginL + indent)
		pdf.MultiCell(usable-indent, line, o, "", "L", false)
		printPictures(pdf, q.ImagesOf(order[k]+1), marginL+indent+6, usable-indent-6)
	}
	switch q.Type {
	case quiz.Cloze:
		for i := range q.Blanks {
			pdf.SetX(marginL + indent)
			pdf.CellFormat(usable-indent, line, fmt.Sprintf("(%d) ...........................................................................", i+1), "", 1, "L", false, 0, "")
		}
	case quiz.Short:
		pdf.SetX(marginL + indent)
		pdf.CellFormat(usable-indent, line, "Trả lời: .....................................................................", "", 1, "L", false, 0, "")
	case quiz.Numerical:
		pdf.SetX(marginL + indent)
		pdf.CellFormat(usable-indent, line, "Đáp số: ......................................", "", 1, "L", false, 0, "")
	case quiz.Matching:
		k := 0
		for _, o := range q.Options {
			if o.Text == "" {
				continue
			}
			k++
			pdf.SetX(marginL + indent)
			pdf.MultiCell(usable-indent, line, fmt.Sprintf("%d. %s  → ......", k, printable(o.Text)), "", "L", false)
		}
		for j, m := range quiz.MatchChoices(q) {
			pdf.SetX(marginL + indent)
			pdf.MultiCell(usable-indent, line, fmt.Sprintf("%c) %s", 'a'+j, printable(m)), "", "L", false)
		}
	case quiz.Essay:
		for range essayLines {
			pdf.SetX(marginL + indent)
			pdf.CellFormat(usable-indent, line, strings.Repeat(".", 110), "", 1, "L", false, 0, "")
		}
	}
	pdf.Ln(2.5)
}

// essayLines is how many dotted lines an essay gets on paper.
const essayLines = 8

// printKey prints, for every variant, each question's right letters; the
// typed answers of cloze and short questions follow the table.
func printKey(pdf *fpdf.Fpdf, opt PrintOptions, qs []*quiz.Question, vs []variant) {
	usable := pageW - marginL - marginR
	pdf.SetFont("serif", "B", 14)
	pdf.CellFormat(0, 8, "ĐÁP ÁN", "", 1, "C", false, 0, "")
	pdf.SetFont("serif", "", 12)
	pdf.MultiCell(0, 5.5, strings.ToUpper(orDefault(opt.Title, "ĐỀ KIỂM TRA"))+orSuffix(opt.Subtitle), "", "C", false)
	pdf.Ln(3)
	colW := min(24.0, (usable-16)/float64(len(vs)))
	cell := func(w float64, s string, bold bool) {
		style := ""
		if bold {
			style = "B"
		}
		pdf.SetFont("serif", style, 11)
		pdf.CellFormat(w, 7, s, "1", 0, "C", false, 0, "")
	}
	row := func(label string, cells []string, bold bool) {
		if pdf.GetY()+7 > pageH-marginB {
			pdf.AddPage()
		}
		cell(16, label, true)
		for _, c := range cells {
			cell(colW, c, bold)
		}
		pdf.Ln(-1)
	}
	var codes []string
	for _, v := range vs {
		codes = append(codes, fmt.Sprint(v.code))
	}
	row("Câu", codes, true)
	typed := make([][]string, len(vs)) // per variant, its typed answers in order
	for pos := range qs {
		var cells []string
		for vi, v := range vs {
			q := qs[v.order[pos]]
			switch q.Type {
			case quiz.Numerical, quiz.Matching, quiz.Essay:
				cells = append(cells, "*")
				typed[vi] = append(typed[vi], fmt.Sprintf("Mã đề %d, câu %d: %s", v.code, pos+1, printable(keyText(q))))
			case quiz.Cloze, quiz.Short:
				cells = append(cells, "*")
				var parts []string
				for i, b := range q.Blanks {
					a := strings.Join(b, " / ")
					if q.Type == quiz.Cloze {
						a = fmt.Sprintf("(%d) %s", i+1, a)
					}
					parts = append(parts, a)
				}
				typed[vi] = append(typed[vi], fmt.Sprintf("Mã đề %d, câu %d: %s", v.code, pos+1, printable(strings.Join(parts, "; "))))
			default:
				var letters []string
				for k, i := range v.opts[pos] {
					if q.Options[i].Correct {
						letters = append(letters, string(rune('A'+k)))
					}
				}
				cells = append(cells, strings.Join(letters, ","))
			}
		}
		row(fmt.Sprint(pos+1), cells, false)
	}
	if len(typed[0]) > 0 {
		pdf.Ln(4)
		pdf.SetFont("serif", "", 12)
		pdf.MultiCell(0, 5.5, "(*) Câu điền khuyết, trả lời ngắn, dạng số, ghép đôi và tự luận — đáp án:", "", "L", false)
		for _, ts := range typed {
			for _, t := range ts {
				pdf.MultiCell(0, 5.5, "– "+t, "", "L", false)
			}
		}
	}
}

func orSuffix(s string) string {
	if s == "" {
		return ""
	}
	return " — " + s
}

// printable keeps what the font can show: text is NFC already; runes
// outside the Basic Multilingual Plane (emoji) and control characters
// become a space.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r > 0xFFFF || r < ' ' && r != '\n' {
			return ' '
		}
		return r
	}, quiz.Tidy(s))
}

// pdfPicture registers a question's picture with the PDF (once: by its
// hash) and returns its name and its size in mm at 96 dpi, no wider than
// width and no taller than 70 mm. Every picture goes in as an 8-bit PNG,
// which fpdf reads whatever the original was (16-bit, interlaced, CMYK).
func pdfPicture(pdf *fpdf.Fpdf, data []byte, width float64) (name string, h float64, ok bool) {
	sum := sha256.Sum256(data)
	name = "q" + hex.EncodeToString(sum[:8])
	info := pdf.GetImageInfo(name)
	if info == nil {
		img, _, err := image.Decode(bytes.NewReader(data))
		if err != nil {
			return "", 0, false
		}
		// On white, as on paper: an opaque picture needs no soft mask.
		rgba := image.NewNRGBA(img.Bounds())
		draw.Draw(rgba, rgba.Bounds(), image.White, image.Point{}, draw.Src)
		draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Over)
		var b bytes.Buffer
		if png.Encode(&b, rgba) != nil {
			return "", 0, false
		}
		info = pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, &b)
		if info == nil || pdf.Err() {
			return "", 0, false
		}
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return "", 0, false
	}
	w, h := float64(cfg.Width)*25.4/96, float64(cfg.Height)*25.4/96
	if w > width {
		w, h = width, h*width/w
	}
	if h > 70 {
		h = 70
	}
	return name, h, true
}

// printPictures prints pictures one under another at x.
func printPictures(pdf *fpdf.Fpdf, pics [][]byte, x, width float64) {
	for _, p := range pics {
		name, h, ok := pdfPicture(pdf, p, width)
		if !ok {
			continue
		}
		y := pdf.GetY() + 0.5
		pdf.ImageOptions(name, x, y, 0, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
		pdf.SetY(y + h + 1)
	}
}
