package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// A watched folder imports a new file once it has stopped changing (a
// file copied in two halves comes in once, whole), files in new
// subfolders too, and leaves temporary files alone.
func TestWatchImportsSettledFiles(t *testing.T) {
	lib := openTemp(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "co-san.txt"), []byte("Văn bản đã có trong thư mục trước khi theo dõi."), 0o644)
	var mu sync.Mutex
	var got []ImportResult
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- lib.Watch(ctx, []string{dir}, WatchOptions{Settle: 300 * time.Millisecond, OnResult: func(r ImportResult) {
			mu.Lock()
			got = append(got, r)
			mu.Unlock()
		}})
	}()
	results := func() []ImportResult {
		mu.Lock()
		defer mu.Unlock()
		return append([]ImportResult(nil), got...)
	}
	waitUntil := func(what string, ok func([]ImportResult) bool) {
		t.Helper()
		for range 500 { // 10 s
			if ok(results()) {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("%s: results %+v", what, results())
	}
	waitUntil("the file already there", func(r []ImportResult) bool { return len(r) == 1 })

	// A file written in two halves with a pause shorter than Settle.
	half := filepath.Join(dir, "nghi-quyet.txt")
	text := "Nghị quyết về chuyển đổi số trong sinh hoạt chi bộ. " + strings.Repeat("Nội dung nghị quyết. ", 200)
	os.WriteFile(half, []byte(text[:len(text)/2]), 0o644)
	time.Sleep(100 * time.Millisecond)
	f, _ := os.OpenFile(half, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(text[len(text)/2:])
	f.Close()
	os.WriteFile(filepath.Join(dir, "~$tam.docx"), []byte("tạm"), 0o644)
	sub := filepath.Join(dir, "thang-12")
	os.Mkdir(sub, 0o755)
	time.Sleep(100 * time.Millisecond) // the new folder is watched
	os.WriteFile(filepath.Join(sub, "bao-cao.txt"), []byte("Báo cáo tháng mười hai của chi bộ."), 0o644)
	waitUntil("two new files", func(r []ImportResult) bool { return len(r) == 3 })
	time.Sleep(500 * time.Millisecond) // nothing more comes
	cancel()
	<-done
	r := results()
	if len(r) != 3 {
		t.Fatalf("results %+v", r)
	}
	docs, _ := lib.Documents(context.Background())
	if len(docs) != 3 {
		t.Fatalf("%d documents", len(docs))
	}
	full, _ := lib.Text(context.Background(), r[1].ID)
	if r[1].Path != half && r[2].Path == half {
		full, _ = lib.Text(context.Background(), r[2].ID)
	}
	if !strings.Contains(full, strings.TrimSpace(text[len(text)-40:])) {
		t.Errorf("the file came in before it was whole")
	}
}
