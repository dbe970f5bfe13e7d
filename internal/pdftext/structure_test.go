package pdftext

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"sotay/internal/pdftext/minipdf"

	gtfont "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
)

// A cross-reference chain whose /Prev leads back to a section already read
// is cut there: the file opens at once instead of running into the time
// limit (the parser module this code used before looped until then).
func TestPrevChainThatLoops(t *testing.T) {
	base := threePages(true).Bytes()
	startxref := regexp.MustCompile(`startxref\s+(\d+)`).FindSubmatch(base)
	first, _ := strconv.Atoi(string(startxref[1]))
	for name, prevOf := range map[string]func(self int) int{
		"itself":       func(self int) int { return self },
		"two sections": func(int) int { return first },
	} {
		t.Run(name, func(t *testing.T) {
			data := append([]byte(nil), base...)
			// An update section whose /Prev is given by prevOf…
			self := len(data)
			data = fmt.Appendf(data, "xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 9/Root 1 0 R/Prev %d>>\nstartxref\n%d\n%%%%EOF\n", prevOf(self), self)
			// …and, for two sections, the first one's trailer pointing back at it.
			data = bytes.Replace(data, []byte("<</Size 9/Root 1 0 R>>"), fmt.Appendf(nil, "<</Size 9/Root 1 0 R/Prev %d>>", self), 1)
			start := time.Now()
			res, err := Extract(context.Background(), data, Options{Timeout: 20 * time.Second})
			if err != nil {
				t.Fatalf("%v after %v", err, time.Since(start))
			}
			// Where the chain loops at once, the objects are found by repair.
			if len(res.Pages) != 3 || res.Pages[1] != "Trang hai: noi dung" || res.Repaired != (name == "itself") {
				t.Errorf("pages %q", res.Pages)
			}
		})
	}
}

// A cross-reference stream and a content stream compressed with
// /DecodeParms<</Predictor 1>> (no prediction, which is valid) read as if
// the parameter were absent.
func TestPredictorOne(t *testing.T) {
	// The content streams say Predictor 1 (before the offsets are taken).
	plain := bytes.ReplaceAll(threePages(true).Bytes(), []byte("/Length"), []byte("/DecodeParms<</Predictor 1>>/Length"))
	data := rebuildXref(plain)
	// Compress the cross-reference stream rebuildXref appended, with Predictor 1.
	at := bytes.LastIndex(data, []byte("/Type/XRef"))
	st := bytes.Index(data[at:], []byte("stream\n")) + at + 7
	end := bytes.LastIndex(data, []byte("\nendstream"))
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(data[st:end])
	zw.Close()
	head := regexp.MustCompile(`/Length \d+>>`).ReplaceAll(data[at:st], fmt.Appendf(nil, "/Length %d/Filter/FlateDecode/DecodeParms<</Predictor 1/Columns 7>>>>", z.Len()))
	out := append(append(append([]byte(nil), data[:at]...), head...), z.Bytes()...)
	out = append(out, data[end:]...)
	res, err := Extract(context.Background(), out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 3 || res.Pages[2] != "Trang ba: ket luan" || res.Repaired {
		t.Errorf("pages %q", res.Pages)
	}
}

// The cross-reference reader locates every stream's bytes itself: for each
// stream of real producers' files, the bytes end where "endstream" begins
// and their count is the stream's /Length. (Before, the offsets were read
// out of another module's printed form of its objects.)
func TestStreamsLocatedByOwnReader(t *testing.T) {
	for _, name := range []string{"lo-docx-nghiquyet.pdf", "chromium-thongbao.pdf", "gs-nghiquyet.pdf", "qpdf-merged.pdf"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		f, err := openFile(context.Background(), data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		streams := 0
		for id := range f.xref {
			s, ok := f.resolve(ref{id: id}).(*stream)
			if !ok {
				continue
			}
			streams++
			raw := f.rawBytes(s)
			after := bytes.TrimLeft(data[s.start+len(raw):], "\r\n")
			if !bytes.HasPrefix(after, []byte("endstream")) || int64(len(raw)) != (Value{f, s}).Key("Length").Int64() {
				t.Errorf("%s: object %d: %d bytes, /Length %d", name, id, len(raw), (Value{f, s}).Key("Length").Int64())
			}
		}
		if streams < 3 {
			t.Errorf("%s: %d streams found", name, streams)
		}
	}
}

// Short French and German text in Latin-1 (WinAnsi) is not TCVN3 or VNI,
// whatever the page-level detection would make of "à" (õ in TCVN3) or
// "ç" (ỗ); nor is it under a font whose name looks like .VnTime.
func TestLatin1TextIsNotLegacy(t *testing.T) {
	lines := []string{
		"Voil\xe0 \xe0 c\xf4t\xe9 de l'\xe9glise: \xe0 \xc0 \xe2 \xc2 \xe4 \xc4 \xe7 \xc7 \xe9",
		"Gr\xfc\xdfe aus M\xfcnchen, f\xfcr Sie; \xe7a va tr\xe8s bien, gar\xe7on.",
		"Sil\xadben\xadtren\xadnung: Stra\xdfe, B\xfccher, \xe0 la fa\xe7on.",
	}
	want := []string{
		"Voilà à côté de l'église: à À â Â ä Ä ç Ç é",
		"Grüße aus München, für Sie; ça va très bien, garçon.",
		"Sil-ben-tren-nung: Straße, Bücher, à la façon.", // 0xAD is WinAnsi's hyphen
	}
	for _, base := range []string{"Helvetica", "VnHelvetica"} {
		f := minipdf.New()
		font := f.Font(base, "/Encoding/WinAnsiEncoding")
		f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), minipdf.Text(lines, 12), true)
		res, err := Extract(context.Background(), f.Bytes(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(strings.Fields(res.Pages[0]), " ")
		if w := strings.Join(want, " "); len(res.Legacy) > 0 || got != w {
			t.Errorf("%s: legacy %v,\n%q, want\n%q", base, res.Legacy, got, w)
		}
	}
}

// An Identity-H TrueType font without a ToUnicode map (Chromium's file
// with the map's key renamed by hand, offsets kept, then re-packed by
// qpdf): the text comes from the embedded font's own cmap table.
func TestIdentityHWithoutToUnicode(t *testing.T) {
	res, err := extractFile(t, filepath.Join("testdata", "chromium-no-tounicode.pdf"), "")
	if err != nil {
		t.Fatal(err)
	}
	truth, _ := os.ReadFile(filepath.Join("testdata", "chromium-no-tounicode.truth.txt"))
	if c := CER(string(truth), strings.Join(res.Pages, "\n")); c > 0.02 || len(res.Unreadable) > 0 {
		t.Errorf("CER %.3f, unreadable %v:\n%.300s", c, res.Unreadable, res.Pages[0])
	}
}

// Predefined CJK CMaps: a UCS-2 one is read (its codes are UTF-16); one
// whose codes are a legacy CJK encoding is named in Unreadable, and a page
// drawn mostly with it keeps no text (not the ASCII fragments of another
// font).
func TestPredefinedCMaps(t *testing.T) {
	for _, c := range []struct {
		cmap, show, want, unreadable string
	}{
		{"UniGB-UCS2-H", "<4E2D658768C06D4B>", "中文检测 Trang 1", ""},
		{"90ms-RKSJ-H", "<93FA967B8CEA93FA967B8CEA>", "", "90ms-RKSJ-H"},
	} {
		f := minipdf.New()
		latin := f.Font("Helvetica", "/Encoding/WinAnsiEncoding")
		desc := f.Add("<</Type/Font/Subtype/CIDFontType0/BaseFont/HeiseiMin-W3/CIDSystemInfo<</Registry(Adobe)/Ordering(Japan1)/Supplement 2>>/DW 1000>>")
		cjk := f.Add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/HeiseiMin-W3/Encoding/%s/DescendantFonts[%d 0 R]>>", c.cmap, desc))
		content := fmt.Sprintf("BT /F2 12 Tf 56 780 Td %s Tj /F1 12 Tf 200 0 Td (Trang 1) Tj ET", c.show)
		f.Page(fmt.Sprintf("/Font<</F1 %d 0 R/F2 %d 0 R>>", latin, cjk), []byte(content), false)
		res, err := Extract(context.Background(), f.Bytes(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(strings.Fields(res.Pages[0]), " ")
		if got != c.want || strings.Join(res.Unreadable, ",") != c.unreadable {
			t.Errorf("%s: %q (unreadable %v), want %q", c.cmap, got, res.Unreadable, c.want)
		}
	}
}

// Text the reader does not see is not the page's text: one sheet drawn on
// three pages that each crop a band of it gives each band once; a form's
// bounding box and a rectangular clipping path cut what lies outside.
func TestTextOutsideTheVisiblePage(t *testing.T) {
	f := minipdf.New()
	font := f.Font("Helvetica", "/Encoding/WinAnsiEncoding")
	sheetText := "BT /F1 12 Tf 56 780 Td (Phan mot) Tj 0 -280 Td (Phan hai) Tj 0 -300 Td (Phan ba) Tj ET"
	sheet := f.Stream(fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F1 %d 0 R>>>>", font), []byte(sheetText), true)
	small := f.Stream(fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 595 300]/Resources<</Font<</F1 %d 0 R>>>>", font), []byte(sheetText), true)
	draw := f.Stream("", []byte("/S Do"), false)
	res := fmt.Sprintf("/Resources<</XObject<</S %d 0 R>>>>", sheet)
	for _, crop := range []string{"[0 700 595 842]", "[0 400 595 700]", "[0 0 595 400]"} {
		f.PageDict(fmt.Sprintf("/MediaBox[0 0 595 842]/CropBox%s%s/Contents %d 0 R", crop, res, draw))
	}
	f.PageDict(fmt.Sprintf("/MediaBox[0 0 595 842]/Resources<</XObject<</S %d 0 R>>>>/Contents %d 0 R", small, draw))
	f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), []byte("q 0 700 595 142 re W n "+sheetText+" Q BT /F1 12 Tf 56 100 Td (Ngoai khung) Tj ET"), false)
	// Text placed beyond the media box, as some producers park a copy.
	f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), []byte("BT /F1 12 Tf 56 780 Td (Trong trang) Tj 700 0 Td (Ngoai trang) Tj ET"), false)
	r, err := Extract(context.Background(), f.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Phan mot", "Phan hai", "Phan ba", "Phan ba", "Phan mot Ngoai khung", "Trong trang"}
	for i, w := range want {
		if i >= len(r.Pages) || strings.Join(strings.Fields(r.Pages[i]), " ") != w {
			t.Errorf("page %d: %q, want %q", i+1, r.Pages, w)
			break
		}
	}
}

// Filled-in form fields are part of the page's text: a field's appearance
// stream where it has one, its value where it does not, and a text box a
// comment tool wrote; a hidden field, a check box and a pop-up note are
// not. Fields are drawn from the page's initial state, not the clip the
// content left.
func TestFilledFormFields(t *testing.T) {
	f := minipdf.New()
	font := f.Font("Helvetica", "/Encoding/WinAnsiEncoding")
	ap := f.Stream(fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 200 20]/Resources<</Font<</F1 %d 0 R>>>>", font),
		[]byte("/Tx BMC BT /F1 11 Tf 2 5 Td (Nguyen Van An) Tj ET EMC"), false)
	name := f.Add(fmt.Sprintf("<</Type/Annot/Subtype/Widget/FT/Tx/T(hoten)/V(Nguyen Van An)/Rect[150 760 350 780]/AP<</N %d 0 R>>>>", ap))
	unit := f.Add("<</Type/Annot/Subtype/Widget/FT/Tx/T(chibo)/V<FEFF004300680069002000620103002000330033>/Rect[150 730 350 750]>>")
	hidden := f.Add("<</Type/Annot/Subtype/Widget/FT/Tx/T(an)/V(Khong hien)/F 2/Rect[150 700 350 720]>>")
	box := f.Add("<</Type/Annot/Subtype/Widget/FT/Btn/T(dongy)/V/Yes/AS/Yes/Rect[150 670 170 690]>>")
	note := f.Add(fmt.Sprintf("<</Type/Annot/Subtype/FreeText/Contents(Da duyet)/Rect[400 600 500 620]/AP<</N %d 0 R>>>>",
		f.Stream(fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 100 20]/Resources<</Font<</F1 %d 0 R>>>>", font), []byte("BT /F1 10 Tf 2 5 Td (Da duyet) Tj ET"), false)))
	popup := f.Add("<</Type/Annot/Subtype/Text/Contents(Ghi chu an)/Rect[400 500 420 520]>>")
	// The content leaves a clip (q without Q) that the fields are outside of.
	f.PageDict(fmt.Sprintf("/MediaBox[0 0 595 842]/Resources<</Font<</F1 %d 0 R>>>>/Contents %d 0 R/Annots[%d 0 R %d 0 R %d 0 R %d 0 R %d 0 R %d 0 R]",
		font, f.Stream("", []byte("BT /F1 11 Tf 56 765 Td (Ho va ten:) Tj 0 -30 Td (Chi bo:) Tj ET q 0 0 100 100 re W n"), false), name, unit, hidden, box, note, popup))
	r, err := Extract(context.Background(), f.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(r.Pages[0]), " "); got != "Ho va ten: Nguyen Van An Chi bo: Chi bă 33 Da duyet" {
		t.Errorf("%q", got)
	}
}

// A scan whose only text layer is a website's stamp over the page image
// is a scan: the pages come back without text, with their images for OCR,
// and the stamp is neither text nor title.
func TestWatermarkedScan(t *testing.T) {
	scan, err := extractFile(t, filepath.Join("testdata", "scan-thongbao.pdf"), "")
	if err != nil || len(scan.Scans) != 1 || scan.Scans[0].Format != "jpeg" {
		t.Fatalf("%v %+v", err, scan)
	}
	jpeg := scan.Scans[0].Image
	f := minipdf.New()
	font := f.Font("Helvetica-Bold", "/Encoding/WinAnsiEncoding")
	for range 2 {
		f.WatermarkedJPEGPage(jpeg, 2550, 3300, font, "thuvienphapluat.vn")
	}
	data := bytes.Replace(f.Bytes(), []byte("/Root 1 0 R"), []byte("/Root 1 0 R/Info<</Title(thuvienphapluat.vn)>>"), 1)
	res, err := Extract(context.Background(), data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Scans) != 2 || res.Scans[1].Page != 2 || len(res.Scans[0].Image) != len(jpeg) ||
		strings.TrimSpace(strings.Join(res.Pages, "")) != "" || res.Title != "" || res.Watermark != "thuvienphapluat.vn" {
		t.Errorf("scans %d, pages %q, title %q, watermark %q", len(res.Scans), res.Pages, res.Title, res.Watermark)
	}
	// A page of text with a photo, a caption under a full-page picture,
	// and figures repeated over one (pdf.js's issue13931.pdf) are not stamps.
	for _, text := range []string{"11111111111111111111111111111111"} {
		g := minipdf.New()
		font := g.Font("Helvetica", "/Encoding/WinAnsiEncoding")
		g.WatermarkedJPEGPage(jpeg, 2550, 3300, font, text)
		res, err := Extract(context.Background(), g.Bytes(), Options{})
		if err != nil || len(res.Scans) != 0 || !strings.Contains(res.Pages[0], text) {
			t.Errorf("%s: %v %d scans %q", text, err, len(res.Scans), res.Pages)
		}
	}
	g := minipdf.New()
	font = g.Font("Helvetica", "/Encoding/WinAnsiEncoding")
	g.WatermarkedJPEGPage(jpeg, 2550, 3300, font, "Hinh 1. Le ket nap dang vien moi tai chi bo khu pho 3")
	res, err = Extract(context.Background(), g.Bytes(), Options{})
	if err != nil || len(res.Scans) != 0 || !strings.Contains(res.Pages[0], "Hinh 1") {
		t.Errorf("caption: %v %d scans %q", err, len(res.Scans), res.Pages)
	}
}

// A composite font whose ToUnicode map maps nothing (a damaged or
// unfiltered stream, as in pdf.js's issue19802.pdf) is read through its
// embedded TrueType program: here the whole Liberation Serif from assets.
func TestToUnicodeThatMapsNothing(t *testing.T) {
	ttf, err := os.ReadFile("../../assets/fonts/LiberationSerif-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	ld, err := ot.NewLoader(bytes.NewReader(ttf))
	if err != nil {
		t.Fatal(err)
	}
	face, err := gtfont.NewFont(ld)
	if err != nil {
		t.Fatal(err)
	}
	const want = "Chi bộ Đồng Xuân"
	hex := ""
	for _, r := range want {
		g, _ := face.Cmap.Lookup(r)
		hex += fmt.Sprintf("%04X", g)
	}
	for name, tounicode := range map[string]string{"no ToUnicode": "", "a ToUnicode that maps nothing": "/ToUnicode %d 0 R"} {
		f := minipdf.New()
		prog := f.Stream(fmt.Sprintf("/Length1 %d", len(ttf)), ttf, true)
		desc := f.Add(fmt.Sprintf("<</Type/FontDescriptor/FontName/LiberationSerif/Flags 6/FontBBox[0 -300 1000 900]/ItalicAngle 0/Ascent 900/Descent -300/CapHeight 700/StemV 80/FontFile2 %d 0 R>>", prog))
		cid := f.Add(fmt.Sprintf("<</Type/Font/Subtype/CIDFontType2/BaseFont/LiberationSerif/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor %d 0 R/CIDToGIDMap/Identity/DW 500>>", desc))
		tu := f.Stream("", []byte("x\x9c garbage, not a CMap"), false)
		if tounicode != "" {
			tounicode = fmt.Sprintf(tounicode, tu)
		}
		font := f.Add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/LiberationSerif/Encoding/Identity-H/DescendantFonts[%d 0 R]%s>>", cid, tounicode))
		f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), fmt.Appendf(nil, "BT /F1 12 Tf 56 780 Td <%s> Tj ET", hex), true)
		res, err := Extract(context.Background(), f.Bytes(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(strings.Fields(res.Pages[0]), " "); got != want || len(res.Unreadable) > 0 {
			t.Errorf("%s: %q (unreadable %v)", name, got, res.Unreadable)
		}
	}
}

// An embedded Type 1 font without an /Encoding entry uses its own built-in
// encoding (TeX's fonts), read from the program's clear text.
func TestType1BuiltInEncoding(t *testing.T) {
	f := minipdf.New()
	prog := f.Stream("/Length1 200/Length2 0/Length3 0", []byte("%!PS-AdobeFont-1.0: CMR10\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 65 /Aacute put\ndup 66 /ccedilla put\ndup 67 /fi put\nreadonly def\ncurrentfile eexec\n"), false)
	desc := f.Add(fmt.Sprintf("<</Type/FontDescriptor/FontName/CMR10/Flags 4/FontBBox[0 0 1000 1000]/FontFile %d 0 R>>", prog))
	font := f.Add(fmt.Sprintf("<</Type/Font/Subtype/Type1/BaseFont/CMR10/FirstChar 65/LastChar 67/Widths[600 500 550]/FontDescriptor %d 0 R>>", desc))
	f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), []byte("BT /F1 12 Tf 56 780 Td (ABC) Tj ET"), false)
	res, err := Extract(context.Background(), f.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages[0] != "Áçfi" { // the ligature glyph "fi" as its letters
		t.Errorf("%q", res.Pages[0])
	}
}

// The symbolic standard fonts have their own encodings: Symbol's letters
// are Greek, ZapfDingbats' "4" is the check mark a ticked box draws.
func TestSymbolicStandardFonts(t *testing.T) {
	f := minipdf.New()
	sym := f.Add("<</Type/Font/Subtype/Type1/BaseFont/Symbol>>")
	zapf := f.Add("<</Type/Font/Subtype/Type1/BaseFont/ZapfDingbats>>")
	tick := f.Stream(fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 20 20]/Resources<</Font<</ZaDb %d 0 R>>>>", zapf), []byte("BT /ZaDb 14 Tf 3 4 Td (4) Tj ET"), false)
	box := f.Add(fmt.Sprintf("<</Type/Annot/Subtype/Widget/FT/Btn/T(dongy)/V/Yes/AS/Yes/Rect[300 775 320 795]/AP<</N<</Yes %d 0 R/Off %d 0 R>>>>>>", tick, f.Stream("/Type/XObject/Subtype/Form/BBox[0 0 20 20]", nil, false)))
	f.PageDict(fmt.Sprintf("/MediaBox[0 0 595 842]/Resources<</Font<</F1 %d 0 R/F2 %d 0 R>>>>/Contents %d 0 R/Annots[%d 0 R]", sym, zapf,
		f.Stream("", []byte("BT /F1 12 Tf 56 780 Td (abg \\245 p) Tj /F2 12 Tf 100 0 Td (3 n \\254) Tj ET"), false), box))
	r, err := Extract(context.Background(), f.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(r.Pages[0]), " "); got != "αβγ ∞ π ✓ ■ ① ✔" {
		t.Errorf("%q", got)
	}
}

// Text drawn twice in place — fake bold (the same run again 0.4 pt to the
// right), or a block a producer repeats — is read once, as pdftotext
// does; letters that follow each other are not copies.
func TestOverprintedTextOnce(t *testing.T) {
	f := minipdf.New()
	font := f.Font("Helvetica-Bold", "/Encoding/WinAnsiEncoding")
	content := "BT /F1 14 Tf 56 780 Td (NGHI QUYET) Tj ET BT /F1 14 Tf 56.4 780 Td (NGHI QUYET) Tj ET " +
		"BT /F1 11 Tf 56 700 Td (Hoc tap va lam theo) Tj ET BT /F1 11 Tf 56 700 Td (Hoc tap va lam theo) Tj ET " +
		"BT /F1 11 Tf 56 650 Td (aaa mmm) Tj ET"
	f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), []byte(content), false)
	r, err := Extract(context.Background(), f.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(r.Pages[0]), " "); got != "NGHI QUYET Hoc tap va lam theo aaa mmm" {
		t.Errorf("%q", got)
	}
}

// A standard font without widths only estimates where its glyphs end, so a
// line that seems to run a little past the clip (here the page's edge) is
// kept whole; text far outside is still cut.
func TestGuessedWidthsNotCutAtTheEdge(t *testing.T) {
	f := minipdf.New()
	font := f.Font("Times-Roman", "/Encoding/WinAnsiEncoding")
	f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), []byte("BT /F1 15 Tf 46 700 Td (Deutsche Veterinarmedizinische Gesellschaft Tagung der Fachgruppen) Tj 900 0 Td (Weit draussen) Tj ET"), false)
	r, err := Extract(context.Background(), f.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(r.Pages[0]), " "); got != "Deutsche Veterinarmedizinische Gesellschaft Tagung der Fachgruppen" {
		t.Errorf("%q", got)
	}
}

// An OCR text layer that wrote the letterhead's right block first is read
// left block first, then right block, then the body.
func TestLetterheadLeftBlockFirst(t *testing.T) {
	f := minipdf.New()
	font := f.Font("Helvetica", "/Encoding/WinAnsiEncoding")
	content := "BT /F1 11 Tf 330 780 Td (DANG CONG SAN VIET NAM) Tj ET BT /F1 11 Tf 340 765 Td (Dong Xuan, ngay 02 thang 4 nam 2025) Tj ET " +
		"BT /F1 11 Tf 56 780 Td (DANG BO QUAN HONG TIEN) Tj ET BT /F1 11 Tf 60 765 Td (DANG UY PHUONG) Tj ET BT /F1 11 Tf 80 750 Td (So 27-TB/DU) Tj ET " +
		"BT /F1 13 Tf 250 700 Td (THONG BAO) Tj ET BT /F1 11 Tf 56 670 Td (Ngay 31 thang 3 nam 2025, Ban Thuong vu Dang uy phuong hop nghe bao cao tien do.) Tj ET"
	f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), []byte(content), false)
	r, err := Extract(context.Background(), f.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "DANG BO QUAN HONG TIEN\nDANG UY PHUONG\nSo 27-TB/DU\nDANG CONG SAN VIET NAM\nDong Xuan, ngay 02 thang 4 nam 2025\nTHONG BAO\nNgay 31 thang 3 nam 2025, Ban Thuong vu Dang uy phuong hop nghe bao cao tien do."
	if r.Pages[0] != want {
		t.Errorf("got\n%s\nwant\n%s", r.Pages[0], want)
	}
}

// A CFF (Type1C) font with no /Encoding in the PDF uses the program's own
// encoding: here TeX's "fi", "ffi", "ffl" at codes 12–15 (pdfLaTeX, then
// Ghostscript 10 pdfwrite, then the font's /Encoding key renamed by hand).
func TestType1CBuiltInEncoding(t *testing.T) {
	res, err := extractFile(t, filepath.Join("testdata", "gs-type1c-builtin.pdf"), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Efficient arithmetic in finite fields: the first affine office of the ruffled waffle."; res.Pages[0] != want {
		t.Errorf("%q", res.Pages[0])
	}
}

// StandardEncoding is not Latin-1 above 0x7F (pdf.js's issue7580.pdf: "æ",
// "ø" from a Latin font named without an encoding and not embedded), and a
// comment tool's text box with no appearance stream shows its /Contents.
func TestStandardEncodingAndPlainFreeText(t *testing.T) {
	f := minipdf.New()
	std := f.Font("Helvetica", "/Encoding/StandardEncoding")
	desc := f.Add("<</Type/FontDescriptor/FontName/ArialMT/Flags 32/FontBBox[0 0 1000 1000]/ItalicAngle 0/Ascent 900/Descent -200/CapHeight 700/StemV 80>>")
	arial := f.Add(fmt.Sprintf("<</Type/Font/Subtype/TrueType/BaseFont/ArialMT/FontDescriptor %d 0 R>>", desc))
	note := f.Add("<</Type/Annot/Subtype/FreeText/Contents(Can bo sung so lieu)/Rect[300 600 500 640]>>")
	f.PageDict(fmt.Sprintf("/MediaBox[0 0 595 842]/Resources<</Font<</F1 %d 0 R/F2 %d 0 R>>>>/Contents %d 0 R/Annots[%d 0 R]", std, arial,
		f.Stream("", []byte("BT /F1 12 Tf 56 780 Td (\\341 \\351 \\361 \\371 \\320 \\256) Tj /F2 12 Tf 0 -20 Td (ae,\\361 - o,\\371.) Tj ET"), false), note))
	r, err := Extract(context.Background(), f.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(r.Pages[0]), " "); got != "Æ Ø æ ø — fi ae,æ - o,ø. Can bo sung so lieu" {
		t.Errorf("%q", got)
	}
}

// VnTeX's T5 fonts (VnBitstreamCharter, VNSS10 in university handouts)
// have names like TCVN3's and no ToUnicode; their encoding — /Differences
// or the program's own — names the glyphs, so the text is not converted
// from TCVN3 (it came out "ToĂn rới rÔc" for "Toán rời rạc").
func TestT5FontsAreNotTCVN3(t *testing.T) {
	// codes: T=0x54 o=0x6F a-acute 0xE1 n=0x6E; r ơ-grave 0xF2 i; r ạ 0xB9 c
	text := []byte("BT /F1 12 Tf 56 780 Td (To\\341n r\\362i r\\271c) Tj ET")
	diffs := "[225/aacute 242/ohorngrave 185/adotbelow]"
	f := minipdf.New()
	viaDiffs := f.Add("<</Type/Font/Subtype/Type1/BaseFont/FTGSSC+VnBitstreamCharter/Encoding<</Type/Encoding/Differences" + diffs + ">>>>")
	prog := f.Stream("/Length1 120/Length2 0/Length3 0", []byte("%!PS-AdobeFont-1.0: VNSS10\n/Encoding 256 array\ndup 225 /aacute put\ndup 242 /ohorngrave put\ndup 185 /adotbelow put\nreadonly def\ncurrentfile eexec\n"), false)
	desc := f.Add(fmt.Sprintf("<</Type/FontDescriptor/FontName/AJYQRZ+VNSS10/Flags 4/FontBBox[0 0 1000 1000]/FontFile %d 0 R>>", prog))
	viaProgram := f.Add(fmt.Sprintf("<</Type/Font/Subtype/Type1/BaseFont/AJYQRZ+VNSS10/FontDescriptor %d 0 R>>", desc))
	f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", viaDiffs), text, false)
	f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", viaProgram), text, false)
	r, err := Extract(context.Background(), f.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range r.Pages {
		if p != "Toán rời rạc" || len(r.Legacy) > 0 {
			t.Errorf("page %d: %q, legacy %v", i+1, p, r.Legacy)
		}
	}
}

// Glyph names that are only numbers ("g36", Acrobat Distiller's names for
// a TrueType font converted to Type 1, as in pdf.js's TAMReview.pdf) read
// as the standard Macintosh glyph order, where glyphs 3–97 are ASCII.
func TestNumberedGlyphNames(t *testing.T) {
	f := minipdf.New()
	font := f.Add("<</Type/Font/Subtype/Type1/BaseFont/EMMOLK+Cambria/Encoding<</Type/Encoding/Differences[3/g53/g72/g86/g82/g79/g88/g87/g76/g81]>>>>")
	f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", font), []byte("BT /F1 12 Tf 56 780 Td <030405060708090A060B> Tj ET"), false)
	r, err := Extract(context.Background(), f.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(r.Pages[0]); got != "Resolution" {
		t.Errorf("%q", got)
	}
}
