// Command sotay is Sổ tay học tập, the desktop study app: it opens the
// user's library (creating it with the sample library on first run) in a
// Vietnamese window.
//
//	sotay [--db PATH] [--startup-report]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"sotay/assets"
	_ "sotay/internal/startlocale" // before Fyne reads the locale
	"sotay/library"
	"sotay/ui"
)

// reportMemory prints the Go heap once the app has idled for 5 s, to tell
// Go memory from C memory (SQLite, OpenGL) when measuring RSS.
func reportMemory() {
	time.Sleep(5 * time.Second)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Fprintf(os.Stderr, "sotay: idle Go heap %d MB in use, %d MB from the OS\n", m.HeapInuse>>20, m.Sys>>20)
}

func main() {
	start := time.Now()
	dbFlag := flag.String("db", "", "thư viện cần mở (mặc định: $SOTAY_DB hoặc thư mục dữ liệu của người dùng)")
	report := flag.Bool("startup-report", false, "in thời gian khởi động ra stderr")
	flag.Parse()
	path, isDefault := library.ResolvePath(*dbFlag)

	a := app.NewWithID("vn.sotay.hoctap")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	shell := ui.NewShell(a, ui.Options{
		DBPath: path, MakeDirs: isDefault, Samples: assets.Samples(),
		OnReady: func(n int, err error) {
			if *report {
				fmt.Fprintf(os.Stderr, "sotay: ready in %d ms: %d documents, err=%v\n", time.Since(start).Milliseconds(), n, err)
				go reportMemory()
			}
		},
	})
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
