package draft

import (
	"regexp"
	"strings"
	"unicode"

	"sotay/internal/viet"
)

// A document that issues another ("Thông tư số 22/2025/TT-BNV ban hành
// Nội quy và Quy chế thi tuyển, xét tuyển công chức") holds that one's
// articles under its heading and caption: "QUY CHẾ THI TUYỂN, XÉT TUYỂN
// CÔNG CHỨC" / "(Kèm theo Thông tư số 22/2025/TT-BNV …)". Its articles are
// the issued document's: "Điều 11" is the Quy chế's, not the Thông tư's
// (round 36: six of eight edits named the wrong document).

// issuedHeadRE is the heading of a document issued with another.
var issuedHeadRE = regexp.MustCompile(`^(QUY CHẾ|NỘI QUY|QUY ĐỊNH|QUY TRÌNH|KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN|ĐIỀU LỆ|CHIẾN LƯỢC)(?:\s|$)`)

// issuedCaptionRE is the caption under it.
var issuedCaptionRE = regexp.MustCompile(`^\((?:Ban hành )?[Kk]èm theo `)

// issuedPart is where an issued document starts and what it is called.
type issuedPart struct {
	page, start int
	name        string // "Quy chế thi tuyển, xét tuyển công chức ban hành kèm theo Thông tư số 22/2025/TT-BNV"
}

// issuedParts finds the documents the text issues.
func (g *drafter) issuedParts() {
	for i, l := range g.lines[:max(len(g.lines)-1, 0)] {
		m := issuedHeadRE.FindStringSubmatch(l.text)
		if m == nil || strings.ContainsFunc(l.text, unicode.IsLower) || !issuedCaptionRE.MatchString(g.lines[i+1].text) {
			continue
		}
		kind := viet.UpperFirst(strings.ToLower(m[1]))
		if strings.HasPrefix(viet.Fold(g.ref), viet.Fold(kind)) {
			continue // the document is the plan itself ("Kế hoạch số …" over "KẾ HOẠCH" / "(Kèm theo Quyết định …)")
		}
		name := g.name(l.text)
		if name == "" || words(name) > 25 {
			name = kind
		}
		g.parts = append(g.parts, issuedPart{page: l.page, start: l.start, name: name + " ban hành kèm theo " + g.ref})
	}
}

// refOf names the document a line stands in: the issued one it is under,
// or the text's own.
func (g *drafter) refOf(l dline) string {
	ref := g.ref
	for _, p := range g.parts {
		if l.page > p.page || l.page == p.page && l.start >= p.start {
			ref = p.name
		}
	}
	return ref
}
