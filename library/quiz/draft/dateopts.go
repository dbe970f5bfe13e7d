package draft

// The four options of a date, so that the answer is not the one that
// stands at their centre.

import (
	"slices"
	"strings"
)

// unCentred keeps a date's answer from being the one option that shares
// its day, month or year with all the others (01/01/2029 among
// 01/01/2028, 01/02/2029, 15/01/2029: round 115's judge picked it
// unread): a year's change and a month's change of it make a third, both
// changed, in place of the other, so the four stand as a square.
func unCentred(f fact, pick []string) []string {
	if f.shape != "date" && f.shape != "sdate" || len(pick) != 3 {
		return pick
	}
	k := dateKey(f.shape, f.answer)
	if len(k) != 10 {
		return pick
	}
	byYear, byMonth, other := -1, -1, -1
	for i, w := range pick {
		d := dateKey(f.shape, w)
		switch {
		case len(d) != 10:
			return pick
		case d[:4] != k[:4] && d[4:] == k[4:] && byYear < 0:
			byYear = i
		case d[:4] == k[:4] && d[4:] != k[4:] && byMonth < 0:
			byMonth = i
		default:
			other = i
		}
	}
	if byYear < 0 || byMonth < 0 || other < 0 || shares(dateKey(f.shape, pick[other]), k) < 2 {
		return pick
	}
	third := strings.Replace(pick[byMonth], k[:4], dateKey(f.shape, pick[byYear])[:4], 1)
	if third == pick[byMonth] || third == f.answer || slices.Contains(pick, third) {
		return pick
	}
	out := slices.Clone(pick)
	out[other] = third
	return out
}

// shares counts the parts two dates written "2029-01-15" have alike.
func shares(a, b string) int {
	n := 0
	for _, r := range [][2]int{{0, 4}, {5, 7}, {8, 10}} {
		if a[r[0]:r[1]] == b[r[0]:r[1]] {
			n++
		}
	}
	return n
}
