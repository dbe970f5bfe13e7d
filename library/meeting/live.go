package meeting

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"sotay/internal/viet"
	"sotay/library/quiz"
)

// Session is a session being run: the state every screen and phone reads,
// changed by the trainer's controls and the members' answers. It is safe
// for concurrent use. Answers are stored before they are acknowledged
// (grouped into one transaction every few milliseconds), so a crash loses
// none.
type Session struct {
	store *Store
	rec   *Record // ID, title, settings, questions, code

	mu       sync.Mutex
	phase    Phase
	index    int
	opened   time.Time     // when the current question opened
	deadline time.Time     // when it closes (zero while paused)
	left     time.Duration // time left when paused
	pausedAt time.Time
	paused   bool
	members  []*Member
	byToken  map[string]*Member
	answers  map[int]map[int64]Answer // question → member → answer
	hands    map[int][]int
	version  int64
	changed  chan struct{} // closed and replaced at every change
	// scores cached for version scored
	scored               int64
	ranking, teamRanking []Score

	writes chan pendingAnswer
	done   chan struct{}
	closed sync.Once
	now    func() time.Time
}

type pendingAnswer struct {
	a   Answer
	err chan error
}

// Open resumes a stored session (a new one from Create, or one the app
// was closed in the middle of: an open question comes back revealed).
func (s *Store) Open(ctx context.Context, id int64) (*Session, error) {
	rec, err := s.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	ls := &Session{store: s, rec: rec, phase: rec.Phase, index: rec.Current,
		byToken: map[string]*Member{}, answers: map[int]map[int64]Answer{}, hands: rec.Hands,
		changed: make(chan struct{}), writes: make(chan pendingAnswer, 256), done: make(chan struct{}), now: s.now}
	if ls.phase == Question {
		ls.phase = Reveal
	}
	for i := range rec.Members {
		m := rec.Members[i]
		ls.members = append(ls.members, &m)
		if m.token != "" {
			ls.byToken[m.token] = &m
		}
	}
	for _, a := range rec.Answers {
		ls.answerMap(a.Question)[a.Member] = a
	}
	go ls.writer()
	return ls, nil
}

// Close stops the session's writer after storing what it holds. The
// session stays stored; Open resumes it.
func (ls *Session) Close() {
	ls.closed.Do(func() { close(ls.done) })
}

// writer stores answers in groups: whatever arrived while the previous
// group was being written goes in the next transaction.
func (ls *Session) writer() {
	for {
		var batch []pendingAnswer
		select {
		case p := <-ls.writes:
			batch = append(batch, p)
		case <-ls.done:
			return
		}
	more:
		for len(batch) < 256 {
			select {
			case p := <-ls.writes:
				batch = append(batch, p)
			default:
				break more
			}
		}
		as := make([]Answer, len(batch))
		for i, p := range batch {
			as[i] = p.a
		}
		err := ls.store.saveAnswers(context.Background(), ls.rec.ID, as)
		for _, p := range batch {
			p.err <- err
		}
	}
}

// ID is the stored session's id.
func (ls *Session) ID() int64 { return ls.rec.ID }

// Code is the 6-digit code members type to join.
func (ls *Session) Code() string { return ls.rec.Code }

// Title is the meeting's title.
func (ls *Session) Title() string { return ls.rec.Title }

// Branch is the chi bộ the session is for ("" when not said).
func (ls *Session) Branch() string { return ls.rec.Branch }

// Settings are the session's settings.
func (ls *Session) Settings() Settings { return ls.rec.Settings }

// Questions are the questions run, in order.
func (ls *Session) Questions() []*quiz.Question { return ls.rec.Questions }

// Changed returns a channel closed at the next change of state (a join,
// an answer, a phase): screens wait on it instead of polling.
func (ls *Session) Changed() <-chan struct{} {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	return ls.changed
}

func (ls *Session) touch() {
	ls.version++
	close(ls.changed)
	ls.changed = make(chan struct{})
}

func (ls *Session) answerMap(q int) map[int64]Answer {
	m := ls.answers[q]
	if m == nil {
		m = map[int64]Answer{}
		ls.answers[q] = m
	}
	return m
}

// cleanName makes a name fit to show: NFC, no control characters, spaces
// collapsed, at most MaxName characters.
func cleanName(s string) (string, error) {
	s = viet.NFC(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' {
			return ' '
		}
		return r
	}, s))
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > MaxName {
		s = strings.TrimSpace(string(r[:MaxName]))
	}
	if s == "" {
		return "", ErrBadName
	}
	return s, nil
}

// Join adds a member who typed the code on a phone and returns their
// token. A name already taken gets a number after it.
func (ls *Session) Join(ctx context.Context, code, name, team string) (token string, err error) {
	if code != ls.rec.Code {
		return "", ErrBadCode
	}
	name, err = cleanName(name)
	if err != nil {
		return "", err
	}
	team, err = ls.teamOf(team)
	if err != nil {
		return "", err
	}
	token, hash, err := newToken()
	if err != nil {
		return "", err
	}
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if ls.phase == Ended {
		return "", ErrClosed
	}
	if len(ls.members) >= MaxMembers {
		return "", ErrFull
	}
	m := &Member{Name: ls.freeName(name), Team: team, Phone: true, Present: true, token: hash, joinedAt: ls.now()}
	if err := ls.store.addMember(ctx, ls.rec.ID, m); err != nil {
		return "", err
	}
	ls.members = append(ls.members, m)
	ls.byToken[hash] = m
	ls.touch()
	return token, nil
}

func (ls *Session) teamOf(team string) (string, error) {
	if !ls.rec.Settings.Teams {
		return "", nil
	}
	team = strings.TrimSpace(team)
	for _, t := range ls.rec.Settings.TeamNames {
		if viet.Fold(t) == viet.Fold(team) {
			return t, nil
		}
	}
	if len(ls.rec.Settings.TeamNames) == 0 {
		return cleanName(team)
	}
	return "", ErrNoTeam
}

// freeName returns name, or name with " (2)", " (3)" … when taken.
func (ls *Session) freeName(name string) string {
	taken := func(n string) bool {
		return slices.ContainsFunc(ls.members, func(m *Member) bool { return viet.Fold(m.Name) == viet.Fold(n) })
	}
	if !taken(name) {
		return name
	}
	for i := 2; ; i++ {
		if n := fmt.Sprintf("%s (%d)", name, i); !taken(n) {
			return n
		}
	}
}

// Members lists the session's members in the order they came.
func (ls *Session) Members() []Member {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	out := make([]Member, len(ls.members))
	for i, m := range ls.members {
		out[i] = *m
	}
	return out
}

// member returns the member a token belongs to.
func (ls *Session) member(token string) (*Member, bool) {
	m, ok := ls.byToken[hashToken(token)]
	return m, ok
}

// Answer records a member's answer to question index: choices are option
// numbers from 0 (one for single-answer questions). It returns once the
// answer is stored.
func (ls *Session) Answer(ctx context.Context, token string, index int, choices []int) error {
	ls.mu.Lock()
	m, ok := ls.member(token)
	if !ok {
		ls.mu.Unlock()
		return ErrNoToken
	}
	now := ls.now()
	if ls.phase != Question || index != ls.index || !ls.paused && now.After(ls.deadline) {
		ls.mu.Unlock()
		return ErrClosed
	}
	if _, done := ls.answers[index][m.ID]; done {
		ls.mu.Unlock()
		return ErrAnswered
	}
	q := ls.rec.Questions[index]
	choices = slices.Compact(slices.Sorted(slices.Values(choices)))
	if len(choices) == 0 || choices[0] < 0 || choices[len(choices)-1] >= len(q.Options) || q.Type != quiz.Multi && len(choices) != 1 {
		ls.mu.Unlock()
		return ErrBadChoice
	}
	res := quiz.Grade(q, quiz.Response{Choices: choices})
	elapsed := now.Sub(ls.opened)
	a := Answer{Member: m.ID, Question: index, Choices: choices, Correct: res.Correct,
		Points:  Points(ls.rec.Settings.Scoring, res.Score, elapsed, time.Duration(ls.rec.Settings.Seconds)*time.Second),
		Elapsed: elapsed.Milliseconds(), at: now}
	ls.answerMap(index)[m.ID] = a // taken now, so a second answer is refused at once
	ls.touch()
	ls.mu.Unlock()

	p := pendingAnswer{a: a, err: make(chan error, 1)}
	select {
	case ls.writes <- p:
	case <-ls.done:
		return ErrClosed
	}
	select {
	case err := <-p.err:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Next moves the session on: lobby → first question; question → reveal;
// reveal → leaderboard; leaderboard → next question, or the end after the
// last one.
func (ls *Session) Next(ctx context.Context) error {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	switch ls.phase {
	case Lobby:
		return ls.open(ctx, 0)
	case Question:
		return ls.setPhase(ctx, Reveal)
	case Reveal:
		return ls.setPhase(ctx, Leaderboard)
	case Leaderboard:
		if ls.index+1 < len(ls.rec.Questions) {
			return ls.open(ctx, ls.index+1)
		}
		return ls.setPhase(ctx, Ended)
	}
	return nil
}

// Reveal closes the open question and shows its answer.
func (ls *Session) Reveal(ctx context.Context) error {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if ls.phase != Question {
		return nil
	}
	return ls.setPhase(ctx, Reveal)
}

// Pause stops the clock of the open question, or starts it again; the
// time paused does not count against anyone's speed.
func (ls *Session) Pause() {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if ls.phase != Question {
		return
	}
	now := ls.now()
	if ls.paused {
		ls.opened = ls.opened.Add(now.Sub(ls.pausedAt))
		ls.deadline = now.Add(ls.left)
	} else {
		ls.left, ls.pausedAt = max(ls.deadline.Sub(now), 0), now
	}
	ls.paused = !ls.paused
	ls.touch()
}

// End ends the session (the podium).
func (ls *Session) End(ctx context.Context) error {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	return ls.setPhase(ctx, Ended)
}

func (ls *Session) open(ctx context.Context, i int) error {
	now := ls.now()
	ls.index, ls.opened, ls.paused = i, now, false
	ls.deadline = now.Add(time.Duration(ls.rec.Settings.Seconds) * time.Second)
	return ls.setPhase(ctx, Question)
}

func (ls *Session) setPhase(ctx context.Context, p Phase) error {
	was := ls.phase
	ls.phase = p
	ls.touch()
	if err := ls.store.setPhase(ctx, ls.rec.ID, p, ls.index); err != nil {
		return err
	}
	if p == Ended && was != Ended {
		return ls.record(ctx)
	}
	return nil
}
