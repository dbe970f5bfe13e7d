package formats

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"

	"sotay/internal/ziplimit"
)

// excelize's GetMergeCells and GetCellFormula read a whole worksheet into
// its object model: for a 50,000-row sheet that is over a gigabyte of
// allocations and 700 MB resident. The merged ranges and the cells holding
// formulas are all we need from it, so one streaming pass over the sheet's
// XML collects them.

// sheetExtras is what the streaming pass finds in a worksheet.
type sheetExtras struct {
	merges   []string        // "A1:C1"
	formulas map[[2]int]bool // {row, col} from 1, cells with a formula
}

// scanSheet reads the merged ranges and formula cells of the sheet named
// name in an XLSX file.
func scanSheet(zr *ziplimit.Reader, name string) (sheetExtras, error) {
	ex := sheetExtras{formulas: map[[2]int]bool{}}
	part, err := sheetPart(zr, name)
	if err != nil {
		return ex, err
	}
	zf := zr.Find(part)
	if zf == nil {
		return ex, errors.New("sheet part missing")
	}
	f, err := zr.Open(zf)
	if err != nil {
		return ex, err
	}
	defer f.Close()
	// Byte search row by row, not an XML decoder: formulas and merges are
	// rare, and a decoder over every cell of a large sheet costs seconds.
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), MaxFileSize)
	sc.Split(splitAfter([]byte("</row>")))
	for sc.Scan() {
		scanRow(sc.Bytes(), &ex)
	}
	return ex, sc.Err()
}

// splitAfter cuts a stream after each occurrence of sep.
func splitAfter(sep []byte) bufio.SplitFunc {
	return func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.Index(data, sep); i >= 0 {
			return i + len(sep), data[:i+len(sep)], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
}

// scanRow notes the formula cells and merged ranges in a piece of sheet
// XML (one row, or the tail holding <mergeCells>).
func scanRow(xmlData []byte, ex *sheetExtras) {
	for at := 0; ; {
		i := bytes.Index(xmlData[at:], []byte("<f"))
		if i < 0 {
			break
		}
		i += at
		at = i + 2
		if at < len(xmlData) && xmlData[at] != '>' && xmlData[at] != ' ' && xmlData[at] != '/' {
			continue // <family…>, not <f>
		}
		c := bytes.LastIndex(xmlData[:i], []byte("<c "))
		if c < 0 {
			continue
		}
		if col, row, err := excelize.CellNameToCoordinates(attrIn(xmlData[c:i], "r")); err == nil {
			ex.formulas[[2]int{row, col}] = true
		}
	}
	for at := 0; ; {
		i := bytes.Index(xmlData[at:], []byte("<mergeCell "))
		if i < 0 {
			break
		}
		i += at
		end := bytes.IndexByte(xmlData[i:], '>')
		if end < 0 {
			break
		}
		ex.merges = append(ex.merges, attrIn(xmlData[i:i+end], "ref"))
		at = i + end
	}
}

// attrIn reads attribute name="value" in a start tag's bytes.
func attrIn(tag []byte, name string) string {
	k := bytes.Index(tag, []byte(" "+name+`="`))
	if k < 0 {
		return ""
	}
	v := tag[k+len(name)+3:]
	if e := bytes.IndexByte(v, '"'); e >= 0 {
		return string(v[:e])
	}
	return ""
}

// sheetPart finds a sheet's part name through the workbook and its
// relationships.
func sheetPart(zr *ziplimit.Reader, name string) (string, error) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := readXMLPart(zr, "xl/workbook.xml", &wb); err != nil {
		return "", err
	}
	if err := readXMLPart(zr, "xl/_rels/workbook.xml.rels", &rels); err != nil {
		return "", err
	}
	for _, s := range wb.Sheets {
		if s.Name != name {
			continue
		}
		for _, r := range rels.Rel {
			if r.ID == s.RID {
				if strings.HasPrefix(r.Target, "/") {
					return strings.TrimPrefix(r.Target, "/"), nil
				}
				return path.Join("xl", r.Target), nil
			}
		}
	}
	return "", errors.New("sheet not found")
}

func readXMLPart(zr *ziplimit.Reader, name string, v any) error {
	zf := zr.Find(name)
	if zf == nil {
		return fmt.Errorf("%s missing", name)
	}
	f, err := zr.Open(zf)
	if err != nil {
		return err
	}
	defer f.Close()
	return xml.NewDecoder(io.LimitReader(f, 16<<20)).Decode(v)
}
