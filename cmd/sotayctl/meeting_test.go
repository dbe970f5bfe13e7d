package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sampleLibrary is a library with a bank "Mẫu" of three choice questions
// and one typed question (which a live session leaves out).
func sampleLibrary(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "lib.db")
	gift := filepath.Join(t.TempDir(), "mau.gift")
	os.WriteFile(gift, []byte(`::1:: Chi bộ sinh hoạt định kỳ mấy lần mỗi tháng? {=Một lần ~Hai lần ~Ba lần}

::2:: Nghị quyết số 15-NQ/QU nói về việc gì? {=Chuyển đổi số ~Xây dựng nông thôn mới ~Phòng cháy chữa cháy ~Giao thông}

::3:: Đảng viên phải sinh hoạt chi bộ định kỳ. {T}

::4:: Tên viết tắt của ban chấp hành? {=BCH}
`), 0o644)
	if code, _, errs := ctl(t, "--db", db, "quiz", "import", "--bank", "Mẫu", gift); code != 0 {
		t.Fatalf("quiz import: %s", errs)
	}
	return db
}

func post(t *testing.T, url, token string, body any) (int, map[string]any) {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", url, bytes.NewReader(b))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func getState(t *testing.T, url, token string) (map[string]any, bool) {
	t.Helper()
	req, _ := http.NewRequest("GET", url+"api/state", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, false
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return out, true
}

// meeting serve --auto runs a whole session by itself: the first line
// says where and with which code, members join and answer over loopback,
// each question closes, the session ends and the last line is the results.
func TestMeetingServeAuto(t *testing.T) {
	db := sampleLibrary(t)
	cmd := exec.Command(os.Args[0], "--db", db, "meeting", "serve", "--bank", "Mẫu", "--addr", "127.0.0.1:0",
		"--seconds", "5", "--lobby", "1", "--auto")
	cmd.Env = append(os.Environ(), "SOTAYCTL_MAIN=1")
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	sc := bufio.NewScanner(stdout)
	sc.Buffer(nil, 1<<20)
	if !sc.Scan() {
		t.Fatalf("no first line; stderr %s", stderr.String())
	}
	var first struct{ URL, Code string }
	if err := json.Unmarshal(sc.Bytes(), &first); err != nil || !strings.HasPrefix(first.URL, "http://127.0.0.1:") || len(first.Code) != 6 {
		t.Fatalf("first line %q", sc.Text())
	}
	tokens := map[string]string{}
	for _, name := range []string{"Nguyễn Văn An", "Lê Thị Hoa"} {
		code, out := post(t, first.URL+"api/join", "", map[string]string{"code": first.Code, "name": name})
		if code != 200 {
			t.Fatalf("join %s: %d %v", name, code, out)
		}
		tokens[name] = out["token"].(string)
	}
	// Answer every question as it opens (An always A, Hoa always B).
	answered := map[float64]bool{}
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		st, ok := getState(t, first.URL, tokens["Nguyễn Văn An"])
		if !ok || st["phase"] == "ended" {
			break // ended: the command may already have closed its server
		}
		if st["phase"] == "question" && !answered[st["index"].(float64)] {
			answered[st["index"].(float64)] = true
			post(t, first.URL+"api/answer", tokens["Nguyễn Văn An"], map[string]any{"index": st["index"], "choice": 0})
			post(t, first.URL+"api/answer", tokens["Lê Thị Hoa"], map[string]any{"index": st["index"], "choice": []int{1}})
		}
		time.Sleep(100 * time.Millisecond)
	}
	var last string
	for sc.Scan() {
		last = sc.Text()
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("serve exited %v; stderr %s", err, stderr.String())
	}
	var res struct {
		Phase     string
		Present   []string
		Ranking   []struct{ Name string }
		Questions []struct{ Answered int }
	}
	if err := json.Unmarshal([]byte(last), &res); err != nil || res.Phase != "ended" || len(res.Present) != 2 || len(res.Ranking) != 2 {
		t.Fatalf("last line %q", last)
	}
	for i, q := range res.Questions {
		if q.Answered != 2 {
			t.Errorf("question %d: %d answers, want 2", i+1, q.Answered)
		}
	}
	if !strings.Contains(stderr.String(), "Bỏ qua") {
		t.Errorf("the left-out typed questions were not mentioned: %s", stderr.String())
	}

	// The session is saved: list, show, export.
	code, out, _ := ctl(t, "--db", db, "meeting", "list")
	if code != 0 || !strings.Contains(out, "ended") {
		t.Fatalf("meeting list: %s", out)
	}
	if code, out, _ := ctl(t, "--db", db, "meeting", "show", "1"); code != 0 || !strings.Contains(out, "Có mặt 2") {
		t.Fatalf("meeting show: %s", out)
	}
	for _, f := range []string{"xlsx", "pdf"} {
		path := filepath.Join(t.TempDir(), "ket-qua."+f)
		if code, _, errs := ctl(t, "--db", db, "meeting", "export", "1", "--format", f, "-o", path); code != 0 {
			t.Fatalf("export %s: %s", f, errs)
		}
		data, _ := os.ReadFile(path)
		if f == "pdf" && !bytes.HasPrefix(data, []byte("%PDF-")) || f == "xlsx" && !bytes.HasPrefix(data, []byte("PK")) {
			t.Errorf("export %s: not a %s file", f, f)
		}
	}
	if code, _, errs := ctl(t, "--db", db, "meeting", "export", "1", "--format", "pdf", "-o", db); code != 1 || !strings.Contains(errs, "[output_protected]") {
		t.Errorf("export over the library: %d %s", code, errs)
	}
	// The answers reached the bank's statistics.
	_, out, _ = ctl(t, "--db", db, "--json", "quiz", "stats", "Mẫu")
	if !strings.Contains(out, `"attempts":2`) {
		t.Errorf("quiz stats after the meeting: %.300s", out)
	}
}

// SIGINT ends a session early, with the results as the last line.
func TestMeetingServeInterrupted(t *testing.T) {
	db := sampleLibrary(t)
	cmd := exec.Command(os.Args[0], "--db", db, "meeting", "serve", "--bank", "Mẫu", "--addr", "127.0.0.1:0", "--auto", "--lobby", "60")
	cmd.Env = append(os.Environ(), "SOTAYCTL_MAIN=1")
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	sc.Buffer(nil, 1<<20)
	sc.Scan()
	var first struct{ URL string }
	json.Unmarshal(sc.Bytes(), &first)
	cmd.Process.Signal(syscall.SIGINT)
	var last string
	for sc.Scan() {
		last = sc.Text()
	}
	if err := cmd.Wait(); err != nil || !strings.Contains(last, `"phase":"ended"`) {
		t.Fatalf("exit %v, last line %q", err, last)
	}
	if _, err := http.Get(first.URL); err == nil {
		t.Error("the server still answers after the command ended")
	}
}

// Answers acknowledged before the trainer's program is killed are all
// there afterwards, and the session can be resumed.
func TestMeetingAnswersSurviveKill(t *testing.T) {
	db := sampleLibrary(t)
	cmd := exec.Command(os.Args[0], "--db", db, "meeting", "serve", "--bank", "Mẫu", "--addr", "127.0.0.1:0", "--seconds", "60")
	cmd.Env = append(os.Environ(), "SOTAYCTL_MAIN=1")
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	sc := bufio.NewScanner(stdout)
	sc.Buffer(nil, 1<<20)
	sc.Scan()
	var first struct{ URL, Code string }
	json.Unmarshal(sc.Bytes(), &first)
	var tokens []string
	for _, name := range []string{"An", "Bình", "Cường"} {
		_, out := post(t, first.URL+"api/join", "", map[string]string{"code": first.Code, "name": name})
		tokens = append(tokens, out["token"].(string))
	}
	stdin.Write([]byte("next\n"))
	for range 100 {
		if st, _ := getState(t, first.URL, tokens[0]); st["phase"] == "question" {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	for i, tok := range tokens {
		if code, _ := post(t, first.URL+"api/answer", tok, map[string]any{"index": 0, "choice": i % 3}); code != 200 {
			t.Fatalf("answer %d: %d", i, code)
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	code, out, errs := ctl(t, "--db", db, "--json", "meeting", "show", "1")
	if code != 0 || !strings.Contains(out, `"answered":3`) {
		t.Fatalf("after kill -9: %d %s %s", code, out, errs)
	}
}
