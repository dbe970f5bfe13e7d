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

// fsrsW are the default parameters of FSRS-6 (21 weights), as published by
// the open-spaced-repetition project (trained on ~10k Anki collections).
var fsrsW = [21]float64{
	0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261,
	0.112, 1.0178, 1.849, 0.1133, 0.3127, 2.2934, 0.2191, 3.0004, 0.7536,
	0.3332, 0.1437, 0.2,
}

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
	return s * (1 + math.Exp(fsrsW[8])*(11-d)*math.Pow(s, -fsrsW[9])*(math.Exp((1-r)*fsrsW[10])-1)*hard*easy)
}

func forgetStability(d, s, r float64) float64 {
	long := fsrsW[11] * math.Pow(d, -fsrsW[12]) * (math.Pow(s+1, fsrsW[13]) - 1) * math.Exp((1-r)*fsrsW[14])
	short := s / math.Exp(fsrsW[17]*fsrsW[18])
	return min(long, short)
}

func sameDayStability(s float64, g Rating) float64 {
	inc := math.Exp(fsrsW[17]*(float64(g)-3+fsrsW[18])) * math.Pow(s, -fsrsW[19])
	if g >= Good {
		inc = max(inc, 1)
	}
	return s * inc
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
	n.Stability = max(n.Stability, 0.01)
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
