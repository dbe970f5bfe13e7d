package ui

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// prefWatchDirs are the watched folders, one per line.
const prefWatchDirs = "watch_dirs"

// watchHistoryLen is how many lines of the watched folders' import history
// Cài đặt shows.
const watchHistoryLen = 8

// watchState is the shell's watcher of folders: it runs while a library is
// open and folders are named, and stops with the window.
type watchState struct {
	cancel  context.CancelFunc
	history []string // newest first
}

// watchDirs are the folders Cài đặt names.
func (s *Shell) watchDirs() []string {
	var out []string
	for _, d := range strings.Split(s.app.Preferences().String(prefWatchDirs), "\n") {
		if d = strings.TrimSpace(d); d != "" {
			out = append(out, d)
		}
	}
	return out
}

// startWatch (re)starts watching the named folders for the open library;
// stopWatch ends it.
func (s *Shell) startWatch() {
	s.stopWatch()
	lib, dirs := s.lib, s.watchDirs()
	if lib == nil || lib.ReadOnly() || len(dirs) == 0 {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.watch.cancel = cancel
	go func() {
		err := lib.Watch(ctx, dirs, library.WatchOptions{OnResult: func(r library.ImportResult) {
			post(func() { s.watched(r) })
		}})
		if err != nil && ctx.Err() == nil {
			post(func() { s.showError(err, strings.Join(dirs, ", ")) })
		}
	}()
}

func (s *Shell) stopWatch() {
	if s.watch.cancel != nil {
		s.watch.cancel()
		s.watch.cancel = nil
	}
}

// watched tells of a file a watched folder brought: a notification, a
// line in the history, the list refreshed. A file already in the library
// is said nowhere (the folder is read again at every start).
func (s *Shell) watched(r library.ImportResult) {
	var line string
	switch r.Status {
	case library.StatusImported:
		line = lang.X("watch.imported", "Đã nhập “{{.T}}” từ {{.F}}", map[string]any{"T": r.Title, "F": filepath.Base(r.Path)})
		s.reloadDocuments()
	case library.StatusFailed:
		line = lang.X("watch.failed", "Không nhập được {{.F}}: {{.E}}", map[string]any{"F": filepath.Base(r.Path), "E": errorMessage(r.Err, r.Path).Error()})
	default:
		return
	}
	s.app.SendNotification(fyne.NewNotification(lang.X("watch.title", "Thư mục theo dõi"), line))
	s.watch.history = slices.Insert(s.watch.history, 0, time.Now().Format("15:04")+" "+line)
	s.watch.history = s.watch.history[:min(len(s.watch.history), watchHistoryLen)]
	if s.settings != nil {
		s.settings.showWatch()
	}
}

// watchItems are Cài đặt's rows for watched folders: the folders, each
// with a button to stop watching it, one to add a folder, and the history.
func (st *SettingsScreen) watchItems() []*widget.FormItem {
	st.watchList = container.NewVBox()
	add := widget.NewButton(lang.X("watch.add", "Thêm thư mục…"), func() {
		st.shell.chooseFile(chooseFolder, nil, "", func(dir string) {
			dirs := st.shell.watchDirs()
			if !slices.Contains(dirs, dir) {
				st.shell.app.Preferences().SetString(prefWatchDirs, strings.Join(append(dirs, dir), "\n"))
			}
			st.showWatch()
			st.shell.startWatch()
		})
	})
	st.watchHistory = widget.NewLabel("")
	st.watchHistory.Wrapping = fyne.TextWrapWord
	st.showWatch()
	return []*widget.FormItem{
		widget.NewFormItem(lang.X("watch.title", "Thư mục theo dõi"), container.NewVBox(st.watchList, add)),
		widget.NewFormItem("", st.watchHistory),
	}
}

// showWatch lists the watched folders and the latest files they brought.
func (st *SettingsScreen) showWatch() {
	if st.watchList == nil {
		return
	}
	s := st.shell
	st.watchList.RemoveAll()
	for _, d := range s.watchDirs() {
		remove := widget.NewButton(lang.X("watch.remove", "Thôi theo dõi"), func() {
			dirs := slices.DeleteFunc(s.watchDirs(), func(x string) bool { return x == d })
			s.app.Preferences().SetString(prefWatchDirs, strings.Join(dirs, "\n"))
			st.showWatch()
			s.startWatch()
		})
		label := widget.NewLabel(d)
		label.Wrapping = fyne.TextWrapBreak
		st.watchList.Add(border(nil, nil, nil, remove, label))
	}
	text := lang.X("watch.help", "Tệp PDF, DOCX, HTML, TXT mới hay vừa sửa trong các thư mục này được nhập khi đã chép xong.")
	if len(s.watch.history) > 0 {
		text = strings.Join(s.watch.history, "\n")
	}
	st.watchHistory.SetText(text)
}
