package library

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Citation is the source of a quotation from doc, as a cadre writes it in
// a report: "Nghị quyết số 15-NQ/QU ngày 12/3/2025 của Quận ủy Tây Giang,
// Điều 2". off is the quotation's global rune offset (pages joined by
// form feeds, as `sotayctl show --text` prints them); pageAt holds where
// each page starts; the nearest heading before off from outline names the
// place (its label, or its words when it has none). Unknown facts are left
// out; with none at all the title stands for them.
func Citation(doc Document, outline []Section, pageAt []int, off int) string {
	var b strings.Builder
	switch {
	case doc.Kind != "" && doc.Number != "":
		b.WriteString(doc.Kind + " số " + doc.Number)
	case doc.Number != "":
		b.WriteString("Số " + doc.Number)
	default:
		b.WriteString(doc.Title)
	}
	if d := shortDate(doc.IssuedOn); d != "" {
		b.WriteString(" ngày " + d)
	}
	if doc.Issuer != "" {
		b.WriteString(" của " + doc.Issuer)
	}
	if h := headingAt(outline, pageAt, off); h != "" {
		b.WriteString(", " + h)
	}
	return b.String()
}

// Quote is a quotation with its citation: “…” (Citation).
func Quote(text, citation string) string {
	return "“" + strings.TrimSpace(text) + "” (" + citation + ")"
}

// headingAt names the nearest heading at or before global offset off:
// "Điều 2", "Chương II", "Mục 3" (a trailing full stop dropped), or the
// heading's words when it has no label.
func headingAt(outline []Section, pageAt []int, off int) string {
	best := -1
	for i, s := range outline {
		if s.Page < 1 || s.Page > len(pageAt) {
			continue
		}
		if pageAt[s.Page-1]+s.Offset <= off {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	// "a)" under "1." under "Điều 2." is "Điều 2, khoản 1, điểm a": go up
	// the tree until a label that names itself.
	var parts []string
	level := outline[best].Level + 1
	for i := best; i >= 0; i-- {
		s := outline[i]
		if s.Level >= level {
			continue
		}
		level = s.Level
		l := strings.TrimSpace(s.Label)
		switch {
		case l == "":
			if len(parts) == 0 {
				return strings.TrimSpace(s.Heading)
			}
		case isBareNumber(l):
			parts = append(parts, pointWord(l))
			continue
		default:
			parts = append(parts, strings.TrimSuffix(l, "."))
		}
		break
	}
	slices.Reverse(parts)
	return strings.Join(parts, ", ")
}

// isBareNumber reports labels such as "1.", "2", "a)" that need the
// heading above them to mean something.
func isBareNumber(l string) bool {
	l = strings.TrimRight(l, ".)")
	if _, err := strconv.Atoi(l); err == nil {
		return true
	}
	rs := []rune(l)
	return len(rs) == 1 && unicode.IsLower(rs[0])
}

// pointWord is how a bare label is cited: "khoản 1", "điểm a".
func pointWord(l string) string {
	l = strings.TrimRight(strings.TrimSpace(l), ".)")
	if _, err := strconv.Atoi(l); err == nil {
		return "khoản " + l
	}
	return "điểm " + l
}

// shortDate is 2025-03-12 written as Vietnamese documents cite it:
// 12/3/2025.
func shortDate(iso string) string {
	parts := strings.Split(iso, "-")
	if len(parts) != 3 {
		return ""
	}
	d, err1 := strconv.Atoi(parts[2])
	m, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil {
		return ""
	}
	return strconv.Itoa(d) + "/" + strconv.Itoa(m) + "/" + parts[0]
}
