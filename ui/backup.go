package ui

import (
	"context"
	"encoding/json"
	"io"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// prefBackupKeep is how many automatic daily backups are kept (0: none).
const prefBackupKeep = "backup_keep"

// defaultBackupKeep keeps three days of automatic backups unless the user
// says otherwise.
const defaultBackupKeep = 3

// settingsKeys are the preferences a backup carries and a restore puts
// back: how the app looks, not where its windows were.
var settingsKeys = []string{prefTextSize, prefAppearance, prefLanguage, prefBackupKeep}

// settingsJSON is the preferences a backup carries, as the app keeps them.
func (s *Shell) settingsJSON() []byte {
	p := s.app.Preferences()
	m := map[string]any{
		prefTextSize:   p.FloatWithFallback(prefTextSize, defaultTextSize),
		prefAppearance: p.StringWithFallback(prefAppearance, appearanceSystem),
		prefLanguage:   p.StringWithFallback(prefLanguage, langVietnamese),
		prefBackupKeep: p.IntWithFallback(prefBackupKeep, defaultBackupKeep),
	}
	data, _ := json.Marshal(m)
	return data
}

// applySettings puts back the preferences of a backup (what it does not
// say is left as it is) and redraws the app in them.
func (s *Shell) applySettings(data []byte) {
	var m map[string]any
	if json.Unmarshal(data, &m) != nil {
		return
	}
	p := s.app.Preferences()
	for _, k := range settingsKeys {
		switch v := m[k].(type) {
		case float64:
			if k == prefBackupKeep {
				p.SetInt(k, int(v))
			} else {
				p.SetFloat(k, v)
			}
		case string:
			p.SetString(k, v)
		}
	}
	setupLanguage(p.StringWithFallback(prefLanguage, langVietnamese))
	s.app.Settings().SetTheme(s.theme())
	s.rebuild()
}

// backupItems are Cài đặt's Sao lưu rows: a backup now, a restore, and
// how many automatic daily backups are kept.
func (st *SettingsScreen) backupItems() []*widget.FormItem {
	s := st.shell
	backup := widget.NewButton(lang.X("backup.now", "Sao lưu…"), s.backupNow)
	restore := widget.NewButton(lang.X("backup.restore", "Khôi phục…"), s.chooseRestore)
	keeps := []int{0, 3, 7, 14}
	names := []string{lang.X("backup.auto_off", "Không tự sao lưu")}
	for _, k := range keeps[1:] {
		names = append(names, lang.X("backup.auto_keep", "Mỗi ngày, giữ {{.N}} bản gần nhất", map[string]any{"N": k}))
	}
	prefs := s.app.Preferences()
	auto := newSelect(names, func(name string) {
		for i, n := range names {
			if n == name && prefs.IntWithFallback(prefBackupKeep, defaultBackupKeep) != keeps[i] {
				prefs.SetInt(prefBackupKeep, keeps[i])
				s.autoBackup()
			}
		}
	})
	for i, k := range keeps {
		if k == prefs.IntWithFallback(prefBackupKeep, defaultBackupKeep) {
			auto.SetSelected(names[i])
		}
	}
	st.backupWhere = widget.NewLabel("")
	st.backupWhere.Wrapping = fyne.TextWrapWord
	st.showBackupPlace()
	return []*widget.FormItem{
		widget.NewFormItem(lang.X("backup.title", "Sao lưu"), container.NewGridWithColumns(2, backup, restore)),
		widget.NewFormItem(lang.X("backup.auto", "Tự động"), auto),
		widget.NewFormItem("", st.backupWhere),
	}
}

// showBackupPlace says where the automatic backups go and the newest one.
func (st *SettingsScreen) showBackupPlace() {
	if st.backupWhere == nil || st.shell.opts.DBPath == "" {
		return
	}
	dir := library.AutoBackupDir(st.shell.opts.DBPath)
	text := lang.X("backup.where", "Bản tự sao lưu nằm trong {{.Dir}}.", map[string]any{"Dir": dir})
	if list := library.AutoBackups(dir); len(list) > 0 {
		text += " " + lang.X("backup.newest", "Bản gần nhất: {{.F}}.", map[string]any{"F": list[0]})
	}
	st.backupWhere.SetText(text)
}

// backupNow asks where to write a backup of the library and writes it off
// the UI goroutine (whole or not at all).
func (s *Shell) backupNow() {
	lib := s.lib
	if lib == nil {
		return
	}
	settings := s.settingsJSON()
	var rep library.BackupReport
	name := "sotay-saoluu-" + time.Now().Format("2006-01-02") + ".zip"
	s.saveAs(name, func(w io.Writer) error {
		var err error
		rep, err = lib.Backup(context.Background(), w, settings)
		return err
	}, func(path string) {
		msg := lang.X("backup.done_gui", "Đã sao lưu {{.N}} văn bản và {{.O}} tệp gốc vào {{.F}}. Khôi phục bằng Cài đặt → Khôi phục… trên máy này hay máy khác.",
			map[string]any{"N": rep.Documents, "O": rep.Originals, "F": path})
		if rep.Missing > 0 {
			msg += "\n" + lang.X("backup.missing", "Có {{.N}} tệp gốc thư viện ghi nhận nhưng không còn trên đĩa; văn bản của chúng vẫn nằm trong bản sao lưu.", map[string]any{"N": rep.Missing})
		}
		s.showInfo(dialog.NewInformation(lang.X("backup.title", "Sao lưu"), msg, s.win))
	})
}

// chooseRestore asks for a backup, checks it in the background and says
// what it holds before anything is replaced.
func (s *Shell) chooseRestore() {
	s.pickFile([]string{".zip"}, func(archive string) {
		prog := dialog.NewCustomWithoutButtons(lang.X("backup.restore", "Khôi phục…"),
			container.NewVBox(wrapLabel(lang.X("backup.checking", "Đang kiểm tra bản sao lưu…")), widget.NewProgressBarInfinite()), s.win)
		s.showDialog(prog)
		async(func() (library.BackupSummary, error) {
			return library.ReadBackup(context.Background(), archive)
		}, func(sum library.BackupSummary, err error) {
			prog.Hide()
			if err != nil {
				s.showError(err, archive)
				return
			}
			now := 0
			if s.cat != nil {
				now = len(s.cat.docs)
			}
			msg := lang.X("backup.confirm", "Bản sao lưu {{.F}} (lập lúc {{.T}}) có {{.N}} văn bản và {{.O}} tệp gốc. Thư viện đang mở ({{.Now}} văn bản) sẽ được thay bằng bản này; thư viện cũ được giữ lại bên cạnh. Khôi phục?",
				map[string]any{"F": archive, "T": sum.Made.Local().Format("15:04 02/01/2006"), "N": sum.Documents, "O": sum.Originals, "Now": now})
			d := dialog.NewConfirm(lang.X("backup.restore", "Khôi phục…"), msg, func(yes bool) {
				if yes {
					s.restore(archive)
				}
			}, s.win)
			s.showDialog(d)
		})
	})
}

// restore closes the library, puts the backup's in its place and opens it;
// the library replaced is kept beside it, and on failure it is opened
// again as it was.
func (s *Shell) restore(archive string) {
	path := s.opts.DBPath
	s.stopWatch() // it imports into the library about to be replaced
	if s.lib != nil {
		s.lib.Close()
		s.lib = nil
	}
	s.library.showLoading(path)
	async(func() (library.RestoreReport, error) {
		return library.RestoreBackup(context.Background(), archive, path)
	}, func(rep library.RestoreReport, err error) {
		if err != nil {
			s.openLibrary(path, false)
			s.showError(err, archive)
			return
		}
		if rep.Settings != nil {
			s.applySettings(rep.Settings)
		}
		s.openLibrary(path, false)
		msg := lang.X("backup.restored", "Đã khôi phục {{.N}} văn bản từ {{.F}}.", map[string]any{"N": rep.Documents, "F": archive})
		if rep.Aside != "" {
			msg += "\n" + lang.X("restore.aside", "Thư viện cũ được giữ lại ở {{.Aside}} (có thể xoá khi đã thấy thư viện khôi phục đúng).", map[string]any{"Aside": rep.Aside})
		}
		s.showInfo(dialog.NewInformation(lang.X("backup.restore", "Khôi phục…"), msg, s.win))
	})
}

// autoBackup writes today's automatic backup in the background if one is
// due; a failure is said once a session.
func (s *Shell) autoBackup() {
	lib := s.lib
	if lib == nil || lib.ReadOnly() {
		return
	}
	keep := s.app.Preferences().IntWithFallback(prefBackupKeep, defaultBackupKeep)
	settings := s.settingsJSON()
	path := s.opts.DBPath
	async(func() (string, error) {
		return lib.AutoBackup(context.Background(), library.AutoBackupDir(path), keep, time.Now(), settings)
	}, func(made string, err error) {
		if err != nil && !autoBackupWarned.Swap(true) {
			s.showError(err, library.AutoBackupDir(path))
		}
		if s.settings != nil {
			s.settings.showBackupPlace()
		}
	})
}

// autoBackupWarned is set once a failed automatic backup was said.
var autoBackupWarned atomic.Bool
