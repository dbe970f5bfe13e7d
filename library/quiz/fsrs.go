package quiz

import (
	"math"
	"time"
)

// Rating is how well a question was recalled, as FSRS grades a review.
type Rating int

// The four FSRS grades.
const (
	Again Rating = 1 // wrong
	Hard  Rating = 2 // partly right
	Good  Rating = 3 // right
	Easy  Rating = 4 // right, and the user says it was easy
)

// RatingFor turns a graded answer into an FSRS grade.
func RatingFor(r Result) Rating {
	switch {
	case r.Correct:
		return Good
	case r.Score >= 0.5:
		return Hard
	}
	return Again
}

// fsrsW are the default parameters of FSRS-6 (21 weights) of the
// reference implementations today (ts-fsrs 5.4, py-fsrs 6.3), trained by
// the open-spaced-repetition project. testdata/fsrs-vectors.json holds
// ts-fsrs's results with them (scripts/fsrsvectors).
var fsrsW = [21]float64{
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
	0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425,
	0.0912, 0.0658, 0.1542,
}

// Stability stays within [sMin, sMax] days, as in the reference.
const (
	sMin = 0.001
	sMax = 36500
)

func clampS(s float64) float64 { return min(max(s, sMin), sMax) }

// DesiredRetention is the recall probability reviews are scheduled for.
const DesiredRetention = 0.9

// maxInterval caps an interval (days).
const maxInterval = 3650

// relearnDelay is when a question answered wrong comes back the same day.
const relearnDelay = 10 * time.Minute

// Card is the memory state of one question for one profile.
type Card struct {
	QuestionID int64
	Stability  float64 // days until recall probability falls to 90 %
	Difficulty float64 // 1..10
	Reps       int
	Lapses     int
	LastReview time.Time
	Due        time.Time
}

func fsrsDecay() float64  { return -fsrsW[20] }
func fsrsFactor() float64 { return math.Pow(0.9, 1/fsrsDecay()) - 1 }

// Retrievability is the probability of recall after elapsed days at
// stability s: R = (1 + factor·t/S)^decay.
func Retrievability(elapsedDays, s float64) float64 {
	if s <= 0 {
		return 0
	}
	return math.Pow(1+fsrsFactor()*elapsedDays/s, fsrsDecay())
}

// Interval is the number of days until recall falls to DesiredRetention.
func Interval(s float64) float64 {
	i := s / fsrsFactor() * (math.Pow(DesiredRetention, 1/fsrsDecay()) - 1)
	return min(max(i, 1), maxInterval)
}

func initStability(g Rating) float64 { return max(fsrsW[g-1], 0.1) }

func initDifficulty(g Rating) float64 {
	return fsrsW[4] - math.Exp(fsrsW[5]*float64(g-1)) + 1
}

func clampD(d float64) float64 { return min(max(d, 1), 10) }

func nextDifficulty(d float64, g Rating) float64 {
	delta := -fsrsW[6] * float64(g-3)
	dp := d + delta*(10-d)/9 // linear damping
	return clampD(fsrsW[7]*initDifficulty(Easy) + (1-fsrsW[7])*dp)
}

func recallStability(d, s, r float64, g Rating) float64 {
	hard, easy := 1.0, 1.0
	if g == Hard {
		hard = fsrsW[15]
	}
	if g == Easy {
		easy = fsrsW[16]
	}
	return clampS(s * (1 + math.Exp(fsrsW[8])*(11-d)*math.Pow(s, -fsrsW[9])*(math.Exp((1-r)*fsrsW[10])-1)*hard*easy))
}

func forgetStability(d, s, r float64) float64 {
	long := clampS(fsrsW[11] * math.Pow(d, -fsrsW[12]) * (math.Pow(s+1, fsrsW[13]) - 1) * math.Exp((1-r)*fsrsW[14]))
	short := max(s/math.Exp(fsrsW[17]*fsrsW[18]), sMin)
	return min(long, short)
}

// sameDayStability is FSRS-6's short-term formula. A Hard review on the
// same day never lowers stability, as in ts-fsrs 5 (Hard, Good and Easy are
// clamped to at least 1×; only Again can lower it).
func sameDayStability(s float64, g Rating) float64 {
	inc := math.Exp(fsrsW[17]*(float64(g)-3+fsrsW[18])) * math.Pow(s, -fsrsW[19])
	if g >= Hard {
		inc = max(inc, 1)
	}
	return clampS(s * inc)
}

// Review returns the card after a review graded g at now. A new card (Reps
// 0) starts from FSRS's initial stability and difficulty; a review on the
// day of the last one uses the short-term formula. A wrong answer comes back
// after ten minutes, others after the interval for 90 % recall.
func (c Card) Review(g Rating, now time.Time) Card {
	g = min(max(g, Again), Easy)
	n := c
	switch {
	case c.Reps == 0:
		n.Stability = initStability(g)
		n.Difficulty = clampD(initDifficulty(g))
	default:
		elapsed := now.Sub(c.LastReview).Hours() / 24
		if elapsed < 1 {
			n.Stability = sameDayStability(c.Stability, g)
		} else {
			r := Retrievability(elapsed, c.Stability)
			if g == Again {
				n.Stability = forgetStability(c.Difficulty, c.Stability, r)
			} else {
				n.Stability = recallStability(c.Difficulty, c.Stability, r, g)
			}
		}
		n.Difficulty = nextDifficulty(c.Difficulty, g)
	}
	n.Stability = clampS(n.Stability)
	n.Reps++
	if g == Again && c.Reps > 0 {
		n.Lapses++
	}
	n.LastReview = now
	if g == Again {
		n.Due = now.Add(relearnDelay)
	} else {
		days := math.Round(Interval(n.Stability))
		n.Due = now.Add(time.Duration(days) * 24 * time.Hour)
	}
	return n
}

// Mastery is a card's recall probability now, 0 for a card never reviewed.
func (c Card) Mastery(now time.Time) float64 {
	if c.Reps == 0 {
		return 0
	}
	return Retrievability(max(now.Sub(c.LastReview).Hours()/24, 0), c.Stability)
}
