package meeting_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sotay/assets"
	"sotay/library"
	"sotay/library/meeting"
	"sotay/library/quiz"
)

// newSession makes a library with the sample bank and a session of its
// choice questions, served on 127.0.0.1.
func newSession(t testing.TB, settings meeting.Settings) (*library.Library, *meeting.Session, string) {
	return newSessionN(t, settings, 5)
}

// newSessionN is newSession with up to n questions.
func newSessionN(t testing.TB, settings meeting.Settings, n int) (*library.Library, *meeting.Session, string) {
	t.Helper()
	ctx := context.Background()
	lib, err := library.Open(ctx, filepath.Join(t.TempDir(), "sotay.db"), library.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	if _, err := lib.AddSamples(ctx, assets.Samples()); err != nil {
		t.Fatal(err)
	}
	bank, err := lib.Quiz().FindBank(ctx, "Câu hỏi mẫu")
	if err != nil {
		t.Fatal(err)
	}
	qs, left, err := lib.MeetingQuestions(ctx, quiz.Selection{BankIDs: []int64{bank.ID}}, nil)
	if err != nil || len(qs) < 5 {
		t.Fatalf("%d live questions, left %v: %v", len(qs), left, err)
	}
	if left[quiz.Cloze]+left[quiz.Short] == 0 {
		t.Errorf("the sample bank's typed questions were not left out: %v", left)
	}
	id, _, err := lib.Meetings().Create(ctx, meeting.Setup{Title: "Sinh hoạt chi bộ tháng 11", BankID: bank.ID, Settings: settings, Questions: qs[:min(n, len(qs))]})
	if err != nil {
		t.Fatal(err)
	}
	ls, err := lib.Meetings().Open(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ls.Close)
	srv := meeting.NewServer(ls, assets.Meeting())
	addr, err := srv.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return lib, ls, "http://" + addr.String() + "/"
}

type client struct {
	t     *testing.T
	base  string
	token string
	http  *http.Client
}

func newClient(t *testing.T, base string) *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: t, base: base, http: &http.Client{Jar: jar, Timeout: 5 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (c *client) do(method, path string, body any) (int, map[string]any) {
	c.t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, c.base+path, r)
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func (c *client) join(code, name, team string) int {
	c.t.Helper()
	status, out := c.do("POST", "api/join", map[string]string{"code": code, "name": name, "team": team})
	if status == 200 {
		c.token, _ = out["token"].(string)
	}
	return status
}

func TestJoinAnswerRevealScore(t *testing.T) {
	ctx := context.Background()
	_, ls, base := newSession(t, meeting.Settings{Seconds: 30, Scoring: meeting.Correct})
	a, b := newClient(t, base), newClient(t, base)
	if s, _ := a.do("GET", "api/state", nil); s != http.StatusUnauthorized {
		t.Fatalf("state without joining: %d", s)
	}
	if s := a.join(ls.Code(), "Nguyễn Văn An", ""); s != 200 || a.token == "" {
		t.Fatalf("join: %d", s)
	}
	if s := b.join(ls.Code(), "  Trần   Thị Bình ", ""); s != 200 {
		t.Fatalf("join: %d", s)
	}
	_, st := a.do("GET", "api/state", nil)
	if st["phase"] != "lobby" || st["answered"] != false || st["name"] != "Nguyễn Văn An" {
		t.Fatalf("lobby state %v", st)
	}
	if s, _ := a.do("POST", "api/answer", map[string]any{"index": 0, "choice": 0}); s != http.StatusConflict {
		t.Fatalf("answer in the lobby: %d", s)
	}
	ls.Next(ctx)
	_, st = a.do("GET", "api/state", nil)
	q := ls.Questions()[0]
	right := -1
	for i, o := range q.Options {
		if o.Correct {
			right = i
		}
	}
	if st["phase"] != "question" || st["question"] != q.Stem || st["deadline_ms"].(float64) <= 0 || st["right"] != nil {
		t.Fatalf("question state %v", st)
	}
	if s, _ := a.do("POST", "api/answer", map[string]any{"index": 0, "choice": right}); s != 200 {
		t.Fatalf("answer: %d", s)
	}
	if s, _ := a.do("POST", "api/answer", map[string]any{"index": 0, "choice": right}); s != http.StatusConflict {
		t.Fatalf("second answer: %d", s)
	}
	if s, _ := b.do("POST", "api/answer", map[string]any{"index": 0, "choice": []int{(right + 1) % len(q.Options)}}); s != 200 {
		t.Fatalf("answer as a list: %d", s)
	}
	_, st = a.do("GET", "api/state", nil)
	if st["answered"] != true {
		t.Fatalf("answered not set: %v", st)
	}
	ls.Next(ctx) // reveal
	_, st = a.do("GET", "api/state", nil)
	if st["phase"] != "reveal" || st["correct"] != true || st["score"].(float64) != 1000 {
		t.Fatalf("reveal for A: %v", st)
	}
	_, st = b.do("GET", "api/state", nil)
	if st["correct"] != false || st["score"].(float64) != 0 {
		t.Fatalf("reveal for B: %v", st)
	}
	v := ls.View()
	if v.Counts[right] != 1 || len(v.Ranking) != 2 || v.Ranking[0].Name != "Nguyễn Văn An" {
		t.Fatalf("view %+v", v)
	}
	// A phone that reloads comes back through its cookie as the same member.
	a.token = ""
	_, st = a.do("GET", "api/state", nil)
	if st["name"] != "Nguyễn Văn An" || st["score"].(float64) != 1000 {
		t.Fatalf("rejoin by cookie: %v", st)
	}
}

func TestAnswerAfterTheDeadlineIsRefused(t *testing.T) {
	_, ls, base := newSession(t, meeting.Settings{Seconds: 1, Scoring: meeting.Speed})
	a := newClient(t, base)
	a.join(ls.Code(), "An", "")
	ls.Next(context.Background())
	time.Sleep(1100 * time.Millisecond)
	if s, _ := a.do("POST", "api/answer", map[string]any{"index": 0, "choice": 0}); s != http.StatusConflict {
		t.Fatalf("late answer: %d", s)
	}
	if changed, _ := ls.Tick(context.Background()); !changed || ls.View().Phase != meeting.Reveal {
		t.Fatal("the question did not close at its deadline")
	}
}

func TestServerSecurity(t *testing.T) {
	_, ls, base := newSession(t, meeting.Settings{Seconds: 30, Teams: true, TeamNames: []string{"Tổ 1", "Tổ 2"}})
	c := newClient(t, base)
	// Only the page and the API exist; nothing reaches the file system.
	for _, p := range []string{"../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "app.js/../../../etc/passwd", "index.html", "assets/embed.go", "api/"} {
		req, _ := http.NewRequest("GET", base+p, nil)
		req.URL.Opaque = "/" + p // sent as written, not cleaned by the client
		resp, err := c.http.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET /%s: %d, want 404", p, resp.StatusCode)
		}
	}
	// A team must be chosen, from the list.
	if s, out := c.do("POST", "api/join", map[string]string{"code": ls.Code(), "name": "An"}); s != 400 || out["error"] != "team" {
		t.Fatalf("join without a team: %d %v", s, out)
	}
	// A name is text: <script> comes back escaped in JSON and stays text.
	if s := c.join(ls.Code(), "<script>alert(1)</script>", "tổ 1"); s != 200 {
		t.Fatalf("join: %d", s)
	}
	req, _ := http.NewRequest("GET", base+"api/state", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, _ := c.http.Do(req)
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if bytes.Contains(raw, []byte("<script>")) || !strings.Contains(ls.Members()[0].Name, "<script>") || ls.Members()[0].Team != "Tổ 1" {
		t.Fatalf("state body %s; member %+v", raw, ls.Members()[0])
	}
	// Names are cut to 40 characters; bodies over 4 KB refused.
	long := newClient(t, base)
	long.join(ls.Code(), strings.Repeat("Nguyễn ", 30), "Tổ 2")
	for _, m := range ls.Members() {
		if len([]rune(m.Name)) > meeting.MaxName {
			t.Errorf("name of %d characters kept", len([]rune(m.Name)))
		}
	}
	if s, _ := newClient(t, base).do("POST", "api/join", map[string]string{"code": ls.Code(), "name": strings.Repeat("x", 5000), "team": "Tổ 1"}); s != http.StatusRequestEntityTooLarge {
		t.Errorf("5 KB body: %d", s)
	}
	// Wrong codes: refused, then slowed down.
	bad := newClient(t, base)
	statuses := []int{}
	for range 7 {
		statuses = append(statuses, bad.join("000000", "Kẻ đoán mò", "Tổ 1"))
	}
	if statuses[0] != http.StatusForbidden || statuses[6] != http.StatusTooManyRequests {
		t.Errorf("wrong codes: %v", statuses)
	}
	if s := bad.join(ls.Code(), "Kẻ đoán mò", "Tổ 1"); s != http.StatusTooManyRequests {
		t.Errorf("the right code while slowed down: %d", s)
	}
	// A made-up token is nobody.
	fake := newClient(t, base)
	fake.token = strings.Repeat("ab", 18)
	if s, _ := fake.do("GET", "api/state", nil); s != http.StatusUnauthorized {
		t.Errorf("made-up token: %d", s)
	}
}

func TestAtMost200Members(t *testing.T) {
	_, ls, base := newSession(t, meeting.Settings{Seconds: 30})
	for i := range meeting.MaxMembers {
		if _, err := ls.Join(context.Background(), ls.Code(), fmt.Sprintf("Đảng viên %d", i), ""); err != nil {
			t.Fatal(err)
		}
	}
	if s := newClient(t, base).join(ls.Code(), "Người thứ 201", ""); s != http.StatusConflict {
		t.Fatalf("201st member: %d", s)
	}
}

// The app closed in the middle: the session comes back with its members,
// answers and scores, the open question revealed.
func TestSessionResumesAfterTheAppClosed(t *testing.T) {
	ctx := context.Background()
	lib, ls, base := newSession(t, meeting.Settings{Seconds: 30})
	a := newClient(t, base)
	a.join(ls.Code(), "An", "")
	ls.Next(ctx)
	a.do("POST", "api/answer", map[string]any{"index": 0, "choice": 0})
	before := ls.View()
	ls.Close()
	id, err := lib.Meetings().Unfinished(ctx)
	if err != nil || id != ls.ID() {
		t.Fatalf("unfinished session %d, %v", id, err)
	}
	again, err := lib.Meetings().Open(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	v := again.View()
	if v.Phase != meeting.Reveal || len(v.Members) != 1 || v.Ranking[0].Points != before.Ranking[0].Points || v.Counts[0] != 1 {
		t.Fatalf("resumed %+v", v)
	}
}

func TestServerCloses(t *testing.T) {
	_, ls, _ := newSession(t, meeting.Settings{Seconds: 30})
	srv := meeting.NewServer(ls, assets.Meeting())
	addr, err := srv.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv.Close()
	if c, err := net.DialTimeout("tcp", addr.String(), time.Second); err == nil {
		c.Close()
		t.Fatal("the port is still open after Close")
	}
}

// A question whose options are pictures: the projector's view carries the
// pictures (kept in the session's snapshot, so also after reopening), and
// a phone, which does not show them, is told to look at the projector.
func TestPictureQuestionOnPhones(t *testing.T) {
	ctx := context.Background()
	lib, err := library.Open(ctx, filepath.Join(t.TempDir(), "sotay.db"), library.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	bank, err := lib.Quiz().CreateBank(ctx, "Có hình", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	var pic bytes.Buffer
	png.Encode(&pic, image.NewGray(image.Rect(0, 0, 8, 8)))
	q := &quiz.Question{BankID: bank.ID, Type: quiz.Single, Stem: "Lá cờ nào là cờ Đảng?",
		Options: []quiz.Option{{Text: "", Correct: true}, {Text: "Cờ xanh"}},
		Images:  []quiz.Image{{Part: 1, Data: pic.Bytes()}}}
	if err := lib.Quiz().SaveQuestion(ctx, q); err != nil {
		t.Fatal(err)
	}
	qs, _, err := lib.MeetingQuestions(ctx, quiz.Selection{BankIDs: []int64{bank.ID}}, nil)
	if err != nil || len(qs) != 1 || len(qs[0].Images) != 1 {
		t.Fatalf("questions %v %v", qs, err)
	}
	id, _, err := lib.Meetings().Create(ctx, meeting.Setup{Title: "Có hình", BankID: bank.ID, Questions: qs})
	if err != nil {
		t.Fatal(err)
	}
	ls, err := lib.Meetings().Open(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	defer ls.Close()
	srv := meeting.NewServer(ls, assets.Meeting())
	addr, err := srv.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	c := newClient(t, "http://"+addr.String()+"/")
	if s := c.join(ls.Code(), "Nguyễn Văn An", ""); s != 200 {
		t.Fatalf("join %d", s)
	}
	ls.Next(ctx)
	if v := ls.View(); len(v.Images) != 1 || v.Images[0].Part != 1 {
		t.Fatalf("the projector's view has no picture: %+v", v.Images)
	}
	_, st := c.do("GET", "api/state", nil)
	opts, _ := st["options"].([]any)
	if len(opts) != 2 || opts[0] != "(hình trên màn chiếu)" || opts[1] != "Cờ xanh" {
		t.Fatalf("phone options %v", st["options"])
	}
}
