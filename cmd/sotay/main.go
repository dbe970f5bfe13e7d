// Command sotay is Sổ tay học tập, the desktop study app: it opens the
// user's library (creating it with the sample library on first run) in a
// Vietnamese window.
//
//	sotay [--db PATH] [--startup-report] [FILE|FOLDER…]
//
// Files and folders given are imported once the library is open, as when
// a PDF is opened with Sổ tay.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"sotay/assets"
	"sotay/internal/memlimit"
	_ "sotay/internal/startlocale" // before Fyne reads the locale
	"sotay/library"
	"sotay/ui"
)

func main() {
	start := time.Now()
	memlimit.Set(400 << 20)
	dbFlag := flag.String("db", "", "thư viện cần mở (mặc định: $SOTAY_DB hoặc thư mục dữ liệu của người dùng)")
	report := flag.Bool("startup-report", false, "in thời gian khởi động và bộ nhớ ra stderr")
	flag.Parse()
	if err := ui.CheckDisplay(); err != nil {
		fmt.Fprintln(os.Stderr, "sotay:", err)
		os.Exit(1)
	}
	path, isDefault := library.ResolvePath(*dbFlag)
	opts := ui.Options{DBPath: path, MakeDirs: isDefault, Samples: assets.Samples(), Import: flag.Args()}
	if *report {
		opts.StartupReport, opts.Started = os.Stderr, start
	}

	a := app.NewWithID(library.AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	shell := ui.NewShell(a, opts)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		fyne.Do(a.Quit)
	}()
	shell.Window().ShowAndRun()
	if err := shell.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "sotay:", err)
		os.Exit(1)
	}
}
