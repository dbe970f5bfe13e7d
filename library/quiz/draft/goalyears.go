package draft

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Goal years: a resolution that sets its goals by year ("Mục tiêu đến năm
// 2020" / "Mục tiêu đến năm 2030") is learnt by which goal is due when.
// One goal of each year is asked "được đặt ra đến năm nào?", with the
// other goals' years among the options. A goal is asked only when it is
// plainly its year's: no year in its words, not like a goal of another
// year ("Phấn đấu đáp ứng các chuẩn mực quốc tế …" by 2020, "đáp ứng đầy
// đủ chuẩn mực quốc tế …" by 2030), and not shown by a list draft, whose
// options would tell where it stands.

// goalYearRE is a list named by its goals' year.
var goalYearRE = regexp.MustCompile(`^(?:(?:Mục tiêu|Chỉ tiêu|mục tiêu|chỉ tiêu)(?: cụ thể| chủ yếu)? )?(?:(?:Tầm nhìn )?(?:[Đđ]ến|[Tt]ới) năm) ((?:19|20)\d\d)$`)

// anyYearRE is a year in a goal's words.
var anyYearRE = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// goalYears asks, for sibling lists of goals by year, which year a goal
// is set for: two questions at most in a document.
func (g *drafter) goalYears(all []dlist) {
	bySection := map[string][]int{}
	var sections []string
	for i, l := range all {
		if l.article != "" || !goalYearRE.MatchString(l.name) {
			continue
		}
		if _, ok := bySection[l.section]; !ok {
			sections = append(sections, l.section)
		}
		bySection[l.section] = append(bySection[l.section], i)
	}
	asked := 0
	for _, s := range sections {
		idx := bySection[s]
		var years []int
		for _, i := range idx {
			y, _ := strconv.Atoi(goalYearRE.FindStringSubmatch(all[i].name)[1])
			if slices.Contains(years, y) {
				years = nil // two lists of one year: no one answer
				break
			}
			years = append(years, y)
		}
		if len(years) < 2 {
			continue
		}
		options := goalYearOptions(years, g.year())
		if len(options) < 4 {
			continue
		}
		for n, i := range idx {
			if asked == 2 {
				return
			}
			l := all[i]
			for c, lab := range l.labels {
				if premise(lab) || leadsPoints(l, c) || anyYearRE.MatchString(l.lines[c].text) || g.shown[optionKey(lab)] > 0 || words(lab) < 6 {
					continue
				}
				alike := false
				for _, j := range idx {
					if j != i && resembles(l.sets[c], all[j].sets) {
						alike = true
					}
				}
				if alike {
					continue
				}
				answer := strconv.Itoa(years[n])
				var wrong []string
				for _, o := range options {
					if o != answer {
						wrong = append(wrong, o)
					}
				}
				q := choice(fmt.Sprintf("Theo %s, mục tiêu “%s” được đặt ra đến năm nào?", g.refOf(l.first), strings.TrimSuffix(lab, ".")), answer, wrong[:3])
				inOrder(q.Options)
				q.Explanation = fmt.Sprintf("Theo %s, “%s” là một trong các nội dung của “%s”.", g.refOf(l.first), strings.TrimSuffix(lab, " …"), l.name)
				q.Passage, q.Difficulty = g.passage(l.lines[c], l.lines[c].text), 2
				g.add(DraftTime, q)
				g.used(q)
				asked++
				break
			}
		}
	}
}

// goalYearOptions are four years: the goals' own, then the years five
// apart before and after them, never one before the document's own year.
func goalYearOptions(years []int, issued int) []string {
	ys := slices.Clone(years)
	slices.Sort(ys)
	lo, hi := ys[0], ys[len(ys)-1]
	for _, y := range []int{lo + (hi-lo)/2 - (lo+(hi-lo)/2)%5, hi + 5, lo - 5, hi + 10} {
		if len(ys) < 4 && y > issued && y > 1945 && !slices.Contains(ys, y) {
			ys = append(ys, y)
		}
	}
	slices.Sort(ys)
	var out []string
	for _, y := range ys[:min(len(ys), 4)] {
		out = append(out, strconv.Itoa(y))
	}
	return out
}
