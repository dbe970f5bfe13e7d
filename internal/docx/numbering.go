package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// Word's automatic numbering: the "1.", "a)", "I.", "Điều 1.", "Câu 1:"
// that Word draws from numbering.xml are not in the paragraph's text.
// numbering renders them as Word prints them: counters per list (an
// abstract numbering shared by the num instances that use it, restarted
// by a num's start override), deeper levels reset when a shallower one
// counts, each level in its own format inside its level text ("%1.%2.").

type numLevel struct {
	start   int
	format  string // decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none, …
	text    string // lvlText, "%1." or "Điều %1."
	restart int    // lvlRestart: reset after this level (1-based); 0 = after any shallower level
}

type numDef struct {
	abstract  string
	overrides map[int]int // ilvl → startOverride
}

type numbering struct {
	abstract map[string]map[int]*numLevel // abstractNumId → ilvl → level
	nums     map[string]numDef            // numId → instance
	counters map[string][]int             // abstractNumId → counters per level (0: not yet)
	started  map[string]bool              // numIds whose overrides were applied
}

// readNumbering parses numbering.xml (nil: no numbering).
func readNumbering(data []byte) *numbering {
	n := &numbering{abstract: map[string]map[int]*numLevel{}, nums: map[string]numDef{},
		counters: map[string][]int{}, started: map[string]bool{}}
	if data == nil {
		return n
	}
	d := newScanner(data)
	var absID, numID string
	var lvl *numLevel
	overrideLvl := -1
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "abstractNum":
				absID = attr(t, "abstractNumId")
				n.abstract[absID] = map[int]*numLevel{}
			case "lvl":
				ilvl, _ := strconv.Atoi(attr(t, "ilvl"))
				lvl = &numLevel{start: 1, format: "decimal"}
				if absID != "" && numID == "" {
					n.abstract[absID][ilvl] = lvl
				}
			case "start":
				if lvl != nil {
					lvl.start, _ = strconv.Atoi(attr(t, "val"))
				}
			case "numFmt":
				if lvl != nil {
					lvl.format = attr(t, "val")
				}
			case "lvlText":
				if lvl != nil {
					lvl.text = attr(t, "val")
				}
			case "lvlRestart":
				if lvl != nil {
					lvl.restart, _ = strconv.Atoi(attr(t, "val"))
				}
			case "num":
				numID = attr(t, "numId")
				n.nums[numID] = numDef{overrides: map[int]int{}}
			case "abstractNumId":
				if numID != "" {
					def := n.nums[numID]
					def.abstract = attr(t, "val")
					n.nums[numID] = def
				}
			case "lvlOverride":
				overrideLvl, _ = strconv.Atoi(attr(t, "ilvl"))
			case "startOverride":
				if numID != "" && overrideLvl >= 0 {
					v, _ := strconv.Atoi(attr(t, "val"))
					n.nums[numID].overrides[overrideLvl] = v
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "abstractNum":
				absID = ""
			case "lvl":
				lvl = nil
			case "num":
				numID = ""
			case "lvlOverride":
				overrideLvl = -1
			}
		}
	}
	return n
}

// label counts one more paragraph of list numID at level ilvl and returns
// its label ("" when the list is unknown or draws nothing).
func (n *numbering) label(numID string, ilvl int) string {
	def, ok := n.nums[numID]
	if !ok || numID == "0" || ilvl < 0 || ilvl > 8 {
		return ""
	}
	levels := n.abstract[def.abstract]
	lvl := levels[ilvl]
	if lvl == nil {
		return ""
	}
	c := n.counters[def.abstract]
	if c == nil {
		c = make([]int, 9)
		n.counters[def.abstract] = c
	}
	if !n.started[numID] {
		n.started[numID] = true
		for l, v := range def.overrides {
			if l >= 0 && l < 9 {
				c[l] = v - 1 // the next paragraph at that level shows v
				for deeper := l + 1; deeper < 9; deeper++ {
					c[deeper] = 0
				}
			}
		}
	}
	if c[ilvl] == 0 {
		c[ilvl] = lvl.start
	} else {
		c[ilvl]++
	}
	for deeper := ilvl + 1; deeper < 9; deeper++ {
		if dl := levels[deeper]; dl == nil || dl.restart == 0 || dl.restart > ilvl {
			c[deeper] = 0
		}
	}
	if lvl.format == "none" {
		return strings.TrimSpace(stripPlaceholders(lvl.text))
	}
	if lvl.format == "bullet" {
		return "•"
	}
	var b strings.Builder
	text := lvl.text
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			l := int(text[i+1] - '1')
			v := c[l]
			if v == 0 {
				if ll := levels[l]; ll != nil {
					v = ll.start
				} else {
					v = 1
				}
			}
			format := "decimal"
			if ll := levels[l]; ll != nil {
				format = ll.format
			}
			b.WriteString(formatNumber(v, format))
			i++
			continue
		}
		b.WriteByte(text[i])
	}
	return strings.TrimSpace(b.String())
}

func stripPlaceholders(s string) string {
	for d := '1'; d <= '9'; d++ {
		s = strings.ReplaceAll(s, "%"+string(d), "")
	}
	return s
}

// formatNumber writes v in a Word number format.
func formatNumber(v int, format string) string {
	switch format {
	case "lowerLetter", "upperLetter":
		if v < 1 {
			return strconv.Itoa(v)
		}
		// Word repeats the letter: a … z, aa … zz.
		s := strings.Repeat(string(rune('a'+(v-1)%26)), (v-1)/26+1)
		if format == "upperLetter" {
			s = strings.ToUpper(s)
		}
		return s
	case "lowerRoman", "upperRoman":
		s := roman(v)
		if format == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	case "decimalZero":
		if v < 10 {
			return "0" + strconv.Itoa(v)
		}
	}
	return strconv.Itoa(v)
}

func roman(v int) string {
	if v <= 0 || v >= 4000 {
		return strconv.Itoa(v)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, n := range vals {
		for v >= n {
			b.WriteString(syms[i])
			v -= n
		}
	}
	return b.String()
}
