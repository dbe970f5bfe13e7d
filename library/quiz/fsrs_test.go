package quiz

import (
	"math"
	"testing"
	"time"
)

func TestFSRSFormulas(t *testing.T) {
	// By definition recall is 90 % after S days, and the interval for 90 %
	// desired retention is S.
	if r := Retrievability(10, 10); math.Abs(r-0.9) > 1e-9 {
		t.Errorf("R(S, S) = %v, want 0.9", r)
	}
	if i := Interval(12.5); math.Abs(i-12.5) > 1e-9 {
		t.Errorf("Interval(12.5) = %v", i)
	}
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	var c Card
	good := c.Review(Good, now)
	if good.Stability != fsrsW[2] || good.Reps != 1 || !good.Due.Equal(now.Add(3*24*time.Hour)) {
		t.Errorf("first Good: %+v", good)
	}
	if d0 := good.Difficulty; math.Abs(d0-(fsrsW[4]-math.Exp(2*fsrsW[5])+1)) > 1e-9 {
		t.Errorf("initial difficulty %v", d0)
	}
	again := c.Review(Again, now)
	if !again.Due.Equal(now.Add(relearnDelay)) || again.Lapses != 0 {
		t.Errorf("first Again: %+v", again)
	}
	// Reviewing on time with Good grows stability; forgetting shrinks it.
	later := good.Due
	g2 := good.Review(Good, later)
	if g2.Stability <= good.Stability || g2.Difficulty > good.Difficulty+1e-9 {
		t.Errorf("second Good: S %v → %v, D %v → %v", good.Stability, g2.Stability, good.Difficulty, g2.Difficulty)
	}
	a2 := g2.Review(Again, g2.Due)
	if a2.Stability >= g2.Stability || a2.Lapses != 1 || a2.Difficulty <= g2.Difficulty {
		t.Errorf("lapse: S %v → %v, D %v → %v, lapses %d", g2.Stability, a2.Stability, g2.Difficulty, a2.Difficulty, a2.Lapses)
	}
	e2 := good.Review(Easy, later)
	if e2.Stability <= g2.Stability {
		t.Errorf("Easy (%v) should outgrow Good (%v)", e2.Stability, g2.Stability)
	}
	if m := good.Mastery(now.Add(time.Duration(good.Stability*24) * time.Hour)); math.Abs(m-0.9) > 1e-3 {
		t.Errorf("mastery after S days %v", m)
	}
}
