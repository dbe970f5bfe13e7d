package draft

import (
	"regexp"
	"strings"

	"sotay/internal/viet"
)

// Inline enumerations: "Ba khâu đột phá là: hoàn thiện thể chế; phát
// triển nguồn nhân lực; xây dựng hạ tầng." The items stand in one
// sentence after a lead-in (gồm, bao gồm, là, Đó là, như sau) and a colon,
// parted by semicolons — or by commas when each is short.

var inlineLead = regexp.MustCompile(`(?:^|[.;:] )((?:\p{Lu}|\d)[^.;:]{2,80}?) (?:gồm có|bao gồm|gồm|là|như sau|đó là|Đó là)\s*:\s*`)

// inlineLists finds the inline enumerations of the body's lines.
func (g *drafter) inlineLists() []dlist {
	var out []dlist
	for _, l := range g.lines {
		if !l.body || l.heading {
			continue
		}
		text := stripItem(l.text)
		for _, m := range inlineLead.FindAllStringSubmatchIndex(text, -1) {
			name := strings.TrimSpace(text[m[2]:m[3]])
			rest := text[m[1]:]
			if end := strings.IndexAny(rest, ".!?"); end >= 0 {
				rest = rest[:end]
			}
			sep := ";"
			if !strings.Contains(rest, ";") {
				sep = ","
			}
			var labels []string
			ok := true
			for _, it := range strings.Split(rest, sep) {
				it = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(it), "và "))
				it = strings.TrimRight(it, " ,")
				if it == "" {
					continue
				}
				if sep == "," && words(it) > 8 || words(it) > 30 || words(it) < 2 {
					ok = false // a clause of a sentence, not an item
					break
				}
				labels = append(labels, viet.UpperFirst(it))
			}
			if !ok || len(labels) < 3 || len(labels) > 12 {
				continue
			}
			if n := g.name(name); n != "" && words(n) <= 12 {
				list := dlist{name: n, labels: labels, first: l}
				for range labels {
					list.lines = append(list.lines, l)
				}
				for _, lab := range labels {
					list.sets = append(list.sets, wordSet(lab))
				}
				out = append(out, list)
			}
		}
	}
	return out
}
