// Package formats reads and writes the question files trainers exchange —
// GIFT and Moodle XML as Moodle reads them, Aiken, CSV, XLSX, Word and the
// Vietnamese "Câu 1: … Đáp án: B" text — and prints tests as PDF. It is
// pure: bytes in, quiz.Items out; questions in, bytes out. Problems are
// quiz.Faults (codes with arguments, translated by the caller).
package formats

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"sotay/internal/docx"
	"sotay/internal/textfile"
	"sotay/internal/ziplimit"
	"sotay/library/quiz"
)

// Format is a question file format.
type Format string

// The formats banks are read from and written to.
const (
	GIFT   Format = "gift"
	Aiken  Format = "aiken"
	CSV    Format = "csv"
	XLSX   Format = "xlsx"
	DOCX   Format = "docx"
	VNText Format = "vn-text"
	// MoodleXML is Moodle's own XML format, its default export.
	MoodleXML Format = "xml"
)

// Formats lists every format, in the order menus offer them.
var Formats = []Format{VNText, DOCX, XLSX, CSV, GIFT, MoodleXML, Aiken}

// Extension is a format's usual file extension.
func (f Format) Extension() string {
	switch f {
	case VNText, Aiken:
		return ".txt"
	case GIFT:
		return ".gift"
	}
	return "." + string(f)
}

// ErrNothingToExport means no question of the bank has a form in the
// format asked for: no file is written.
var ErrNothingToExport = errors.New("nothing to export")

// ErrFormat means a file is not in any question format we read.
var ErrFormat = errors.New("not a question file")

// ErrTooLarge means a question file is over MaxFileSize, or a DOCX or XLSX
// would inflate beyond its limits (a zip bomb).
var ErrTooLarge = errors.New("question file too large")

// MaxFileSize bounds a question file (a 50,000-row sheet is ~10 MB).
const MaxFileSize = 64 << 20

// xlsxLimits bound what a workbook may inflate to: a 50,000-row sheet is
// about 60 MB of XML, and excelize reads every part but the sheets into
// memory.
var xlsxLimits = ziplimit.Limits{Entry: 256 << 20, Total: 512 << 20, Ratio: 500}

// Parse reads a question file: the format comes from its content first
// (a zip is XLSX or DOCX; text is GIFT, Aiken or the Vietnamese format by
// its lines) and its name second. Text in old encodings (TCVN3, VNI,
// Windows-1258) is converted. Errors are for a file that cannot be read at
// all; problems with single questions are Items.
func Parse(name string, data []byte) (Format, []quiz.Item, error) {
	return ParseWithKey(name, data, "")
}

// ParseWithKey is Parse with an answer key kept apart from the questions
// ("1 B 2 C …", a key table from another file): its answers are matched
// by question number, and a question whose marked answer disagrees with
// the key is a problem. Only the Vietnamese text format (in text or Word)
// numbers its questions; for the others the key is refused.
func ParseWithKey(name string, data []byte, key string) (Format, []quiz.Item, error) {
	return ParseContext(context.Background(), name, data, key)
}

// ParseContext is ParseWithKey with a context: pictures of a Word bank in
// WMF or EMF are converted by LibreOffice, which ctx can stop.
func ParseContext(ctx context.Context, name string, data []byte, key string) (Format, []quiz.Item, error) {
	f, items, err := parse(ctx, name, data, key)
	if err == nil && key != "" && f != VNText && f != DOCX {
		return f, nil, quiz.Failure(ErrFormat, "f_key_needs_vn", "Format", string(f))
	}
	return f, items, err
}

// withKey appends a separate answer key to a Vietnamese bank as the
// answer table the reader knows at the end of a file.
func withKey(text, key string) string {
	if key == "" {
		return text
	}
	return text + "\nBẢNG ĐÁP ÁN\n" + key
}

func parse(ctx context.Context, name string, data []byte, key string) (Format, []quiz.Item, error) {
	if len(data) > MaxFileSize {
		return "", nil, quiz.Failure(ErrTooLarge, "f_too_large", "MB", MaxFileSize>>20)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", nil, quiz.Failure(ErrFormat, "f_empty")
	}
	ext := strings.ToLower(filepath.Ext(name))
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		if ext == ".docx" || isDOCX(data) {
			items, err := parseDOCX(ctx, data, key)
			return DOCX, items, err
		}
		items, err := parseXLSX(data)
		return XLSX, items, err
	}
	switch ext {
	case ".docx":
		return DOCX, nil, quiz.Failure(ErrFormat, "f_not_docx")
	case ".xlsx", ".xls":
		return XLSX, nil, quiz.Failure(ErrFormat, "f_not_xlsx", "Ext", ext)
	}
	if ext == ".xml" || isMoodleXML(data) {
		items, err := ParseMoodleXML(data)
		return MoodleXML, items, err
	}
	text, err := textfile.Decode(data)
	if err != nil {
		return "", nil, quiz.Failure(ErrFormat, "f_text_unread").Because(err)
	}
	f := SniffText(text)
	switch ext {
	case ".csv":
		f = CSV
	case ".gift":
		f = GIFT
	}
	switch f {
	case GIFT:
		return f, ParseGIFT(text), nil
	case Aiken:
		return f, ParseAiken(text), nil
	case CSV:
		items, err := parseCSV(text)
		return f, items, err
	}
	return VNText, ParseVNText(withKey(text, key)), nil
}

// isMoodleXML: an XML file whose first element is <quiz>.
func isMoodleXML(data []byte) bool {
	head := data[:min(len(data), 4096)]
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	t := bytes.TrimSpace(head)
	if !bytes.HasPrefix(t, []byte("<")) {
		return false
	}
	return bytes.Contains(head, []byte("<quiz>")) || bytes.Contains(head, []byte("<quiz "))
}

// SniffText guesses the format of a text bank from its lines.
func SniffText(text string) Format {
	gift, aiken, vn, csvLike := 0, 0, 0, 0
	seen := 0 // lines with content: comments and blank lines do not count
	i := -1
	for line := range strings.Lines(text) {
		i++
		if seen > 400 {
			break
		}
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "//") && !strings.HasPrefix(t, "// [tag:") {
			continue
		}
		seen++
		switch {
		case strings.HasPrefix(t, "::") || strings.HasPrefix(t, "$CATEGORY:") || strings.HasPrefix(t, "// [tag:"):
			gift += 2
		case strings.HasSuffix(t, "{") || t == "}" || strings.HasPrefix(t, "~") || strings.HasPrefix(t, "=") && !strings.HasPrefix(t, "=="):
			// A question written over several lines: "Câu hỏi {", "~sai",
			// "=đúng", "}".
			gift++
		case strings.Contains(t, "{") && strings.Contains(t, "}") && (strings.Contains(t, "{=") || strings.Contains(t, "~") || strings.Contains(t, "{T") || strings.Contains(t, "{F")):
			gift++
		case aikenAnswerRE.MatchString(t):
			aiken += 2
		case vnQuestionRE.MatchString(t) || vnKeyRE.MatchString(t):
			vn++
		}
		if i == 0 && (strings.Count(t, ",") >= 3 || strings.Count(t, ";") >= 3) {
			if _, ok := headerColumns(splitCSVHeader(t)); ok {
				csvLike = 100
			}
		}
	}
	switch {
	case csvLike > 0:
		return CSV
	case gift > aiken && gift > vn:
		return GIFT
	case aiken > vn:
		return Aiken
	}
	return VNText
}

func splitCSVHeader(line string) []string {
	sep := ","
	if strings.Count(line, ";") > strings.Count(line, ",") {
		sep = ";"
	}
	return strings.Split(line, sep)
}

func isDOCX(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 4096)], []byte("word/"))
}

func parseDOCX(ctx context.Context, data []byte, key string) ([]quiz.Item, error) {
	res, err := docx.ExtractMarked(data)
	if err != nil {
		if errors.Is(err, docx.ErrTooLarge) {
			return nil, quiz.Failure(ErrTooLarge, "f_docx_bomb").Because(err)
		}
		return nil, quiz.Failure(ErrFormat, "f_docx_damaged").Because(err)
	}
	// Aiken and GIFT are written in Word too: guess as for a text file,
	// on the text without the emphasis marks.
	plain := strings.Map(func(r rune) rune {
		if r == docx.MarkStart || r == docx.MarkEnd {
			return -1
		}
		return r
	}, res.Text)
	var items []quiz.Item
	switch f := SniffText(plain); {
	case f == Aiken && key == "":
		items = ParseAiken(plain)
	case f == GIFT && key == "":
		items = ParseGIFT(plain)
	default:
		items = ParseVNText(withKey(res.Text, key))
	}
	return attachPictures(ctx, items, res.Pictures), nil
}

func parseCSV(text string) ([]quiz.Item, error) {
	first, _, _ := strings.Cut(text, "\n")
	r := csv.NewReader(strings.NewReader(text))
	if strings.Count(first, ";") > strings.Count(first, ",") {
		r.Comma = ';'
	}
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := r.FieldPos(0)
			return nil, quiz.Failure(ErrFormat, "f_csv_damaged").Because(err).AtLine(line)
		}
		rows = append(rows, rec)
	}
	return sheetItems(rows, nil), nil
}

func parseXLSX(data []byte) (items []quiz.Item, err error) {
	defer func() {
		if p := recover(); p != nil {
			items, err = nil, quiz.Failure(ErrFormat, "f_xlsx_damaged")
		}
	}()
	// The archive is checked before excelize sees it: excelize trusts the
	// sizes it declares and would inflate a 2 GB cell into memory.
	zr, err := ziplimit.NewReader(data, xlsxLimits)
	switch {
	case errors.Is(err, ziplimit.ErrTooLarge):
		return nil, quiz.Failure(ErrTooLarge, "f_xlsx_bomb").Because(err)
	case err != nil:
		return nil, quiz.Failure(ErrFormat, "f_xlsx_unopened").Because(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: xlsxLimits.Total, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		return nil, quiz.Failure(ErrFormat, "f_xlsx_unopened").Because(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, quiz.Failure(ErrFormat, "f_xlsx_no_sheet")
	}
	sheet := sheets[f.GetActiveSheetIndex()]
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, quiz.Failure(ErrFormat, "f_sheet_unread", "Sheet", sheet).Because(err)
	}
	var rows [][]string
	for it.Next() {
		row, err := it.Columns()
		if err != nil {
			return nil, quiz.Failure(ErrFormat, "f_sheet_row").Because(err).AtLine(len(rows) + 1)
		}
		rows = append(rows, row)
	}
	it.Close()
	extras, err := scanSheet(zr, sheet)
	if errors.Is(err, ziplimit.ErrTooLarge) {
		return nil, quiz.Failure(ErrTooLarge, "f_sheet_bomb", "Sheet", sheet).Because(err)
	}
	if err != nil {
		return nil, quiz.Failure(ErrFormat, "f_sheet_unread", "Sheet", sheet).Because(err)
	}
	var mergeItems []quiz.Item
	skip := map[int]bool{}
	for _, ref := range extras.merges {
		start, end, _ := strings.Cut(ref, ":")
		c1, r1, err1 := excelize.CellNameToCoordinates(start)
		c2, r2, err2 := excelize.CellNameToCoordinates(end)
		if err1 != nil || err2 != nil || r1 > len(rows) {
			continue
		}
		value := ""
		if c1 <= len(rows[r1-1]) {
			value = rows[r1-1][c1-1] // a merged range shows its first cell
		}
		for r := r1; r <= r2 && r <= len(rows); r++ {
			for c := c1; c <= c2; c++ {
				for len(rows[r-1]) < c {
					rows[r-1] = append(rows[r-1], "")
				}
				rows[r-1][c-1] = value
			}
		}
		if r2 > r1 {
			for r := r1 + 1; r <= r2; r++ {
				skip[r] = true
			}
			mergeItems = append(mergeItems, quiz.FaultAt(r1, "sheet_merged_rows", "From", start, "To", end, "First", r1+1, "Last", r2))
		}
	}
	for r := range skip {
		if r-1 < len(rows) {
			rows[r-1] = nil
		}
	}
	formula := func(row, col int) bool { return extras.formulas[[2]int{row + 1, col + 1}] }
	items = append(sheetItems(rows, formula), mergeItems...)
	sort.SliceStable(items, func(i, j int) bool { return items[i].Line < items[j].Line })
	return items, nil
}

// Export writes questions of the bank named bank in format f. Questions
// the format cannot hold so that they read back the same are skipped, each
// with its reason (see Holds); what the format has no place for is counted
// in the report's Lost.
func Export(w io.Writer, f Format, bank string, qs []*quiz.Question) (ExportReport, error) {
	return ExportSections(w, f, []quiz.Section{{Path: []string{bank}, Questions: qs}})
}

// ExportSections is Export of a bank and its sub-banks: GIFT and Moodle XML
// write each section under its category; the other formats have no
// categories and write the sections one after another.
func ExportSections(w io.Writer, f Format, sections []quiz.Section) (ExportReport, error) {
	rep := ExportReport{Lost: map[string]int{}}
	var kept []quiz.Section
	var flat []*quiz.Question
	for _, sec := range sections {
		ks := quiz.Section{Path: sec.Path}
		for _, q := range sec.Questions {
			if why := Holds(f, q); why != nil {
				rep.Skipped = append(rep.Skipped, Skipped{ID: q.ID, Why: why})
				continue
			}
			for _, l := range losses(f, q) {
				rep.Lost[l]++
			}
			ks.Questions = append(ks.Questions, q)
			flat = append(flat, q)
		}
		kept = append(kept, ks)
	}
	rep.Written = len(flat)
	if rep.Written == 0 && len(rep.Skipped) > 0 {
		// An empty file would read back as nothing, with no word why.
		// The report names every reason; the error the first.
		return rep, quiz.Failure(ErrNothingToExport, "x_nothing", "N", len(rep.Skipped), "Why", rep.Skipped[0].Why)
	}
	bank := ""
	if len(sections) > 0 && len(sections[0].Path) > 0 {
		bank = sections[0].Path[0]
	}
	var err error
	switch f {
	case GIFT:
		_, err = writeGIFTSections(w, kept)
	case MoodleXML:
		err = writeMoodleXML(w, kept)
	case Aiken:
		err = WriteAiken(w, flat)
	case VNText:
		err = WriteVNText(w, flat)
	case CSV:
		err = writeCSV(w, flat)
	case XLSX:
		err = writeXLSX(w, bank, flat)
	case DOCX:
		err = WriteDOCX(w, bank, flat)
	default:
		return ExportReport{}, quiz.Failure(ErrFormat, "x_unknown_format", "Format", string(f))
	}
	return rep, err
}

func writeCSV(w io.Writer, qs []*quiz.Question) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil { // Excel reads UTF-8 only with a BOM
		return err
	}
	n := sheetOptions(qs)
	cw := csv.NewWriter(w)
	cw.Write(sheetHeader(n))
	for _, q := range qs {
		cw.Write(sheetRow(q, n))
	}
	cw.Flush()
	return cw.Error()
}

func writeXLSX(w io.Writer, bank string, qs []*quiz.Question) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := "Câu hỏi"
	f.SetSheetName("Sheet1", sheet)
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	n := sheetOptions(qs)
	bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	header := sheetHeader(n)
	cells := make([]any, len(header))
	for i, h := range header {
		cells[i] = excelize.Cell{StyleID: bold, Value: h}
	}
	if err := sw.SetRow("A1", cells); err != nil {
		return err
	}
	line := 2
	for _, q := range qs {
		row := sheetRow(q, n)
		vals := make([]any, len(row))
		for i, v := range row {
			vals[i] = v
		}
		axis, _ := excelize.CoordinatesToCellName(1, line)
		if err := sw.SetRow(axis, vals); err != nil {
			return err
		}
		line++
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	if bank != "" {
		f.SetDocProps(&excelize.DocProperties{Title: bank, Creator: "Sổ tay học tập"})
	}
	_, err = f.WriteTo(w)
	return err
}
