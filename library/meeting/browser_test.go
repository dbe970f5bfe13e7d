package meeting_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"sotay/library/meeting"
)

// A member joins and answers from a real phone-sized browser: headless
// Chromium at 360×740 loads the page over 127.0.0.1, types the code and a
// name, waits for the question, taps an option and sees the verdict after
// the reveal. The screenshots stay in build/browser as test artifacts.
func TestPhonePageInChromium(t *testing.T) {
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("Chromium is not installed (scripts/deps.sh test installs it)")
	}
	_, ls, base := newSession(t, meeting.Settings{Seconds: 60, Teams: true, TeamNames: []string{"Tổ 1", "Tổ 2"}})
	out := filepath.Join("..", "..", "build", "browser")
	os.MkdirAll(out, 0o755)

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox,
		chromedp.WindowSize(360, 740), chromedp.Flag("disable-gpu", true), chromedp.UserDataDir(t.TempDir()),
		chromedp.Env("TMPDIR="+t.TempDir())) // Chromium's own scratch folders go with the test
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	shots := map[string][]byte{}
	shot := func(name string) {
		t.Helper()
		b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		shots[name] = b
	}
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(360, 740),
		chromedp.Navigate(base),
		chromedp.WaitVisible(chromedp.ID("join")),
		chromedp.SendKeys(chromedp.ID("code"), ls.Code()),
		chromedp.SendKeys(chromedp.ID("name"), "Phạm Thị <Thu>"),
		chromedp.Click(chromedp.ID("join-button")),
		chromedp.WaitVisible(chromedp.ID("team-box")), // teams: asked for one
	)
	if err != nil {
		t.Fatalf("joining: %v", err)
	}
	shot("join.png")
	err = chromedp.Do(ctx, chromedp.Click(chromedp.ID("join-button")), chromedp.WaitVisible(chromedp.ID("wait")))
	if err != nil {
		t.Fatalf("joining with a team: %v", err)
	}
	wait, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("me")))
	if err != nil || !strings.Contains(wait, "Phạm Thị <Thu>") || !strings.Contains(wait, "Tổ 1") {
		t.Errorf("the page names the member %q (%v)", wait, err)
	}
	if err := ls.Next(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(".opt0"))); err != nil {
		t.Fatalf("the question: %v", err)
	}
	shot("question.png")
	err = chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".opt0")),
		chromedp.WaitVisible(chromedp.Search(`//p[@id="q-status"][contains(., "Đã gửi")]`)))
	if err != nil {
		t.Fatalf("answering: %v", err)
	}
	if v := ls.View(); v.Answered != 1 {
		t.Fatalf("%d answers arrived", v.Answered)
	}
	if err := ls.Reveal(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.ID("result"))); err != nil {
		t.Fatalf("the verdict: %v", err)
	}
	verdict, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("r-title")))
	if !strings.Contains(verdict, "Đúng rồi") && !strings.Contains(verdict, "Chưa đúng") {
		t.Errorf("verdict %q", verdict)
	}
	shot("result.png")
	for name, b := range shots {
		os.WriteFile(filepath.Join(out, name), b, 0o644)
	}
}
