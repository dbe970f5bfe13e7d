package draft

import (
	"regexp"
	"strings"
)

// A count of a document's viewpoints ("mục “Quan điểm chỉ đạo” nêu bao
// nhiêu quan điểm chỉ đạo?") asks its layout when a draft already asks
// what one of them says: judges dropped or edited every such count this
// way (round 129 #36, round 130 #46 and #62: "Q32 already covers the
// viewpoints themselves"). Alone, it stays: the count is then the only
// question on them. A Party resolution's count stays too: cadres learn
// its viewpoints by their number, and the issue's own 6,730-word
// resolution (12-NQ/TW) kept its 25 drafts.

// partyNumberRE is a Party document's number, its kind after a hyphen:
// "12-NQ/TW", "15-NQ/QU" (the State's put it after a slash, "100/NQ-CP").
var partyNumberRE = regexp.MustCompile(`^\d+-[\p{Lu}]+/`)

// listSpan is where a list stands: from its lead's start to its last line's end.
type listSpan struct{ page, start, lastPage, end int }

func (s listSpan) holds(page, at int) bool {
	return (page > s.page || page == s.page && at >= s.start) && (page < s.lastPage || page == s.lastPage && at <= s.end)
}

// viewCount notes where a list of viewpoints whose count is asked
// stands, by its lead's place (the count's passage). (A regulation's
// principles are its rules: their count was kept beside a question on
// one of them, round 123.)
func (g *drafter) viewCount(unit string, l dlist) {
	if !strings.HasPrefix(unit, "quan điểm") || len(l.lines) == 0 {
		return
	}
	last := l.lines[len(l.lines)-1]
	g.views[[2]int{l.first.page, l.first.start}] = listSpan{l.first.page, l.first.start, last.page, last.end}
}

// viewsAsked drops the counts of viewpoints that another draft asks
// about.
func (g *drafter) viewsAsked(ds []Draft) []Draft {
	if len(g.views) == 0 || partyNumberRE.MatchString(g.src.Number) {
		return ds // (a Party resolution's viewpoints are learnt by their number: "Nghị quyết 12-NQ/TW nêu năm quan điểm chỉ đạo")
	}
	out := ds[:0:0]
	for i, d := range ds {
		p := d.Question.Passage
		if d.Kind == DraftCount && p != nil {
			if s, ok := g.views[[2]int{p.Page, p.Start}]; ok && g.askedWithin(ds, i, s) {
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

// askedWithin says whether a draft other than ds[skip] quotes the listSpan.
func (g *drafter) askedWithin(ds []Draft, skip int, s listSpan) bool {
	for j, o := range ds {
		if j == skip || o.Question.Passage == nil {
			continue
		}
		if q := o.Question.Passage; s.holds(q.Page, q.Start) && !(q.Page == s.page && q.Start == s.start) {
			return true
		}
	}
	return false
}
