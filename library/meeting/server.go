package meeting

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Server serves the phone page and its JSON API for one session on the
// office network. It serves only the embedded page and the API: no path
// reaches the file system.
type Server struct {
	ls    *Session
	web   fs.FS // index.html, app.js, style.css
	srv   *http.Server
	ln    net.Listener
	limit *limiter
}

// maxBody bounds a request body.
const maxBody = 4 << 10

// TokenCookie is the cookie that keeps a member's token on the phone, so a
// phone that slept or reloaded comes back as the same member.
const TokenCookie = "sotay_token"

// NewServer prepares a server for ls with the page files in web.
func NewServer(ls *Session, web fs.FS) *Server {
	s := &Server{ls: ls, web: web, limit: newLimiter()}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.file("index.html", "text/html; charset=utf-8"))
	mux.HandleFunc("GET /app.js", s.file("app.js", "text/javascript; charset=utf-8"))
	mux.HandleFunc("GET /style.css", s.file("style.css", "text/css; charset=utf-8"))
	mux.HandleFunc("POST /api/join", s.join)
	mux.HandleFunc("GET /api/state", s.state)
	mux.HandleFunc("POST /api/answer", s.answer)
	s.srv = &http.Server{Handler: secure(mux), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
		WriteTimeout: 10 * time.Second, IdleTimeout: 60 * time.Second, MaxHeaderBytes: 16 << 10}
	return s
}

// Listen starts serving on addr ("127.0.0.1:0", ":8090" …) and returns
// the address actually bound.
func (s *Server) Listen(addr string) (net.Addr, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s.ln = ln
	go s.srv.Serve(ln)
	return ln.Addr(), nil
}

// Close stops the server: the port is closed at once, requests under way
// get a second to finish.
func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	err := s.srv.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		err = s.srv.Close()
	}
	// Serve may not have started yet (Close right after Listen): then
	// Shutdown knows no listener, and only closing it here frees the port
	// before Close returns.
	if s.ln != nil {
		s.ln.Close()
	}
	return err
}

// secure adds the headers every answer carries: nothing is cached, framed
// or sniffed, and the page loads nothing from elsewhere.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, "..") || strings.Contains(r.URL.RawPath, "..") {
			http.NotFound(w, r) // never a redirect towards a cleaned path
			return
		}
		hd := w.Header()
		hd.Set("Cache-Control", "no-store")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
		h.ServeHTTP(w, r)
	})
}

func (s *Server) file(name, ctype string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		data, err := fs.ReadFile(s.web, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", ctype)
		w.Write(data)
	}
}

// apiError is the body of a refused request: a code for the page and a
// Vietnamese sentence it may show as it is.
type apiError struct {
	Error   string   `json:"error"`
	Message string   `json:"message"`
	Teams   []string `json:"teams,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		status := http.StatusBadRequest
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			status = http.StatusRequestEntityTooLarge
		}
		writeJSON(w, status, apiError{Error: "bad_request", Message: "Yêu cầu không hợp lệ."})
		return false
	}
	io.Copy(io.Discard, r.Body)
	return true
}

func (s *Server) join(w http.ResponseWriter, r *http.Request) {
	ip := clientIP(r)
	if wait := s.limit.wait(ip); wait > 0 {
		w.Header().Set("Retry-After", strings.TrimSuffix((wait.Round(time.Second)+time.Second).String(), "s"))
		writeJSON(w, http.StatusTooManyRequests, apiError{Error: "slow_down", Message: "Nhập sai mã quá nhiều lần. Hãy đợi một lát rồi thử lại."})
		return
	}
	var req struct {
		Code string `json:"code"`
		Name string `json:"name"`
		Team string `json:"team"`
	}
	if !decode(w, r, &req) {
		return
	}
	token, err := s.ls.Join(r.Context(), strings.TrimSpace(req.Code), req.Name, req.Team)
	switch {
	case errors.Is(err, ErrBadCode):
		s.limit.fail(ip)
		writeJSON(w, http.StatusForbidden, apiError{Error: "bad_code", Message: "Mã phiên không đúng. Hãy xem lại 6 chữ số trên màn hình."})
	case errors.Is(err, ErrBadName):
		writeJSON(w, http.StatusBadRequest, apiError{Error: "bad_name", Message: "Hãy nhập họ tên của đồng chí."})
	case errors.Is(err, ErrNoTeam):
		writeJSON(w, http.StatusBadRequest, apiError{Error: "team", Message: "Hãy chọn tổ đảng của đồng chí.", Teams: s.ls.rec.Settings.TeamNames})
	case errors.Is(err, ErrFull):
		writeJSON(w, http.StatusConflict, apiError{Error: "full", Message: "Phiên đã đủ người tham gia."})
	case errors.Is(err, ErrClosed):
		writeJSON(w, http.StatusConflict, apiError{Error: "ended", Message: "Phiên đã kết thúc."})
	case err != nil:
		writeJSON(w, http.StatusInternalServerError, apiError{Error: "internal", Message: "Máy chủ gặp lỗi; hãy thử lại."})
	default:
		http.SetCookie(w, &http.Cookie{Name: TokenCookie, Value: token, Path: "/", HttpOnly: false,
			SameSite: http.SameSiteStrictMode, MaxAge: 12 * 3600})
		writeJSON(w, http.StatusOK, map[string]string{"token": token})
	}
}

// token is the member's token from the Authorization header or, for a
// page that lost it, the cookie.
func token(r *http.Request) string {
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		return strings.TrimSpace(h[len("Bearer "):])
	}
	if c, err := r.Cookie(TokenCookie); err == nil {
		return c.Value
	}
	return ""
}

// stateJSON is GET /api/state.
type stateJSON struct {
	Phase      Phase    `json:"phase"`
	Index      int      `json:"index"`
	Total      int      `json:"total"`
	Title      string   `json:"title"`
	Question   string   `json:"question"`
	Options    []string `json:"options"`
	Multiple   bool     `json:"multiple"`
	DeadlineMS int64    `json:"deadline_ms"`
	Paused     bool     `json:"paused"`
	Answered   bool     `json:"answered"`
	Score      int      `json:"score"`
	Name       string   `json:"name"`
	Team       string   `json:"team,omitempty"`
	Choices    []int    `json:"choices,omitempty"`
	// After the reveal:
	Right   []int `json:"right,omitempty"`
	Correct *bool `json:"correct,omitempty"`
	Points  int   `json:"points"`
	Rank    int   `json:"rank,omitempty"`
}

func (s *Server) state(w http.ResponseWriter, r *http.Request) {
	mv, err := s.ls.ForMember(token(r))
	if err != nil {
		writeJSON(w, http.StatusUnauthorized, apiError{Error: "join", Message: "Hãy nhập mã phiên để tham gia."})
		return
	}
	st := stateJSON{Phase: mv.Phase, Index: mv.Index, Total: mv.Total, Title: mv.Title, Question: mv.Question,
		Options: mv.Options, Multiple: mv.Multiple, DeadlineMS: mv.Left.Milliseconds(), Paused: mv.Paused,
		Answered: mv.Answered, Score: mv.Score, Name: mv.Name, Team: mv.Team, Choices: mv.Choices}
	if st.Options == nil {
		st.Options = []string{}
	}
	// A picture is shown on the projector only: the phone says so.
	for _, im := range mv.Images {
		switch {
		case im.Part == 0 && !strings.Contains(st.Question, "(xem hình trên màn chiếu)"):
			st.Question = strings.TrimSpace(st.Question + " (xem hình trên màn chiếu)")
		case im.Part > 0 && im.Part <= len(st.Options) && st.Options[im.Part-1] == "":
			st.Options = append([]string(nil), st.Options...)
			st.Options[im.Part-1] = "(hình trên màn chiếu)"
		}
	}
	if mv.Phase != Question && mv.Phase != Lobby {
		st.Right, st.Points = mv.View.Right, mv.Points
		if mv.Answered {
			c := mv.WasRight
			st.Correct = &c
		}
	}
	for i, sc := range mv.Ranking {
		if sc.Name == mv.Name {
			st.Rank = i + 1
		}
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) answer(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Index  int             `json:"index"`
		Choice json.RawMessage `json:"choice"`
	}
	if !decode(w, r, &req) {
		return
	}
	var choices []int
	var one int
	if err := json.Unmarshal(req.Choice, &one); err == nil {
		choices = []int{one}
	} else if err := json.Unmarshal(req.Choice, &choices); err != nil || len(choices) > 6 {
		writeJSON(w, http.StatusBadRequest, apiError{Error: "bad_choice", Message: "Lựa chọn không hợp lệ."})
		return
	}
	err := s.ls.Answer(r.Context(), token(r), req.Index, choices)
	switch {
	case errors.Is(err, ErrNoToken):
		writeJSON(w, http.StatusUnauthorized, apiError{Error: "join", Message: "Hãy nhập mã phiên để tham gia."})
	case errors.Is(err, ErrClosed):
		writeJSON(w, http.StatusConflict, apiError{Error: "closed", Message: "Đã hết giờ trả lời câu này."})
	case errors.Is(err, ErrAnswered):
		writeJSON(w, http.StatusConflict, apiError{Error: "answered", Message: "Đồng chí đã trả lời câu này."})
	case errors.Is(err, ErrBadChoice):
		writeJSON(w, http.StatusBadRequest, apiError{Error: "bad_choice", Message: "Lựa chọn không hợp lệ."})
	case err != nil:
		writeJSON(w, http.StatusInternalServerError, apiError{Error: "internal", Message: "Máy chủ gặp lỗi; hãy thử lại."})
	default:
		writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
	}
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// limiter slows down an address that keeps typing wrong codes: after five
// wrong codes within a minute it must wait, longer each time.
type limiter struct {
	mu    sync.Mutex
	fails map[string]*failures
	now   func() time.Time
}

type failures struct {
	n     int
	first time.Time
	until time.Time
}

func newLimiter() *limiter { return &limiter{fails: map[string]*failures{}, now: time.Now} }

func (l *limiter) wait(ip string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	f := l.fails[ip]
	if f == nil {
		return 0
	}
	return max(f.until.Sub(l.now()), 0)
}

func (l *limiter) fail(ip string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	f := l.fails[ip]
	if f == nil || now.Sub(f.first) > time.Minute && now.After(f.until) {
		f = &failures{first: now}
		l.fails[ip] = f
	}
	f.n++
	if f.n >= 5 {
		f.until = now.Add(min(time.Duration(1<<min(f.n-5, 6))*time.Second, time.Minute))
	}
	if len(l.fails) > 10000 { // bounded, whatever the network throws at it
		clear(l.fails)
	}
}
