package ui

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"
)

// CheckDisplay returns an explanation (Vietnamese, then English) when there
// is no graphical display to open a window on, instead of letting the
// OpenGL driver panic.
func CheckDisplay() error {
	if runtime.GOOS != "linux" && runtime.GOOS != "freebsd" {
		return nil
	}
	if os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != "" {
		return nil
	}
	return errors.New("không tìm thấy màn hình đồ hoạ (DISPLAY trống). Hãy mở Sổ tay trong phiên làm việc có giao diện; trên máy chủ hãy dùng sotayctl.\n" +
		"sotay: no graphical display (DISPLAY is empty); run it in a desktop session, or use sotayctl on servers")
}

// reportStartup writes how long the start took and, after five idle
// seconds, how much memory Go holds (to tell Go memory from C memory such
// as SQLite and OpenGL when measuring RSS). Used by --startup-report.
func reportStartup(w io.Writer, started time.Time, documents int, err error) {
	fmt.Fprintf(w, "sotay: ready in %d ms: %d documents, err=%v\n", time.Since(started).Milliseconds(), documents, err)
	go func() {
		time.Sleep(5 * time.Second)
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		fmt.Fprintf(w, "sotay: idle Go heap %d MB in use, %d MB from the OS\n", m.HeapInuse>>20, m.Sys>>20)
	}()
}
