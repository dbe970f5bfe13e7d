// Package meeting runs the live quiz of a branch meeting (Sinh hoạt chi
// bộ): a session of choice questions shown on a projector, answered by
// members on their phones over the office network or by show of hands,
// scored, with attendance, stored as it happens so a crash loses nothing.
// It owns the meeting_* and branch_members tables; questions come from
// library/quiz. It never imports Fyne: the GUI and sotayctl drive a Live
// session and serve its phone page with Server.
package meeting

import (
	"errors"
	"time"

	"sotay/library/quiz"
)

// Phase is where a session stands.
type Phase string

// The phases, in the order a question goes through them.
const (
	Lobby       Phase = "lobby"       // members join; the join address and code are shown
	Question    Phase = "question"    // a question is open for answers until its deadline
	Reveal      Phase = "reveal"      // answers closed: distribution, right answer, explanation
	Leaderboard Phase = "leaderboard" // scores so far
	Ended       Phase = "ended"       // the podium; nothing more can be answered
)

// Scoring says how an answer earns points.
type Scoring string

const (
	// Correct gives 1,000 points for a fully right answer (partial credit
	// for multiple-answer questions, as Moodle grades them).
	Correct Scoring = "correct"
	// Speed gives 500 to 1,000 points for a right answer, more the faster
	// it came, as Kahoot does.
	Speed Scoring = "speed"
)

// Settings are chosen when a session is set up.
type Settings struct {
	Seconds int     `json:"seconds"` // per question
	Teams   bool    `json:"teams"`   // members pick a tổ đảng; team scores are shown
	Scoring Scoring `json:"scoring"`
	// TeamNames are the teams offered on the phone page.
	TeamNames []string `json:"team_names,omitempty"`
}

// MaxMembers bounds a session's members (phones and those entered by hand).
const MaxMembers = 200

// MaxName bounds a member's or team's name, in characters.
const MaxName = 40

// Errors callers act on.
var (
	ErrNotFound  = errors.New("meeting session not found")
	ErrBadCode   = errors.New("wrong session code")
	ErrFull      = errors.New("session is full")
	ErrClosed    = errors.New("question is not open")
	ErrAnswered  = errors.New("already answered")
	ErrBadName   = errors.New("name is empty or invalid")
	ErrNoTeam    = errors.New("a team must be chosen")
	ErrBadChoice = errors.New("no such option")
	ErrNoToken   = errors.New("unknown member")
	ErrNoChoice  = errors.New("no choice questions to run")
)

// Live reports which question types run live (those answered by tapping
// an option); others are left out of a session with a note.
func Live(q *quiz.Question) bool {
	switch q.Type {
	case quiz.Single, quiz.Multi, quiz.TrueFalse:
		return len(q.Options) >= 2 && len(q.Options) <= 6
	}
	return false
}

// Points is what an answer earns: score is the credit (0..1) and elapsed
// the time since the question opened, out of limit.
func Points(s Scoring, score float64, elapsed, limit time.Duration) int {
	if score <= 0 {
		return 0
	}
	if s != Speed || limit <= 0 {
		return int(score*1000 + 0.5)
	}
	frac := min(max(float64(elapsed)/float64(limit), 0), 1)
	return int(score*1000*(1-frac/2) + 0.5)
}
