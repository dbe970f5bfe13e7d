package draft

// Where the answer stands among ordered options.

import (
	"math"
	"slices"
)

// placed takes three wrong options from the candidates, nearest first, so
// that the answer stands where the fact's own hash says among the four in
// order — lowest, second, third or highest —, not mostly in the middle
// (round 33's judge: the key was the second-lowest value in 8 of 15; over
// all drafts the middle two places held two answers in three).
func placed(f fact, cands []string) []string {
	if len(cands) <= 3 || f.shape == "date" || f.shape == "sdate" || f.shape == "month" || f.shape == "quarter" {
		return cands[:min(3, len(cands))]
	}
	value := func(s string) float64 {
		if v, ok := optionValue(s); ok {
			return v
		}
		return math.NaN()
	}
	answer := value(f.answer)
	if math.IsNaN(answer) {
		return cands[:3]
	}
	var below, above []string
	for _, c := range cands {
		switch v := value(c); {
		case math.IsNaN(v):
			return cands[:3]
		case v < answer:
			below = append(below, c)
		default:
			above = append(above, c)
		}
	}
	want := pick(f, 4) // how many below
	nb := min(want, len(below))
	na := min(3-nb, len(above))
	nb = min(3-na, len(below))
	if nb+na < 3 {
		return cands[:3]
	}
	var out []string
	for _, c := range cands {
		// in the candidates' order: the nearest of each side
		if slices.Contains(below[:nb], c) || slices.Contains(above[:na], c) {
			out = append(out, c)
		}
	}
	return out
}
