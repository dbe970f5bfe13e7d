package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The file chooser is Sổ tay's own file dialog. Fyne's names its places
// "Home" and "Computer" with no way to translate them, breaks Vietnamese
// names mid-word in its grid and takes no typed path; this one speaks the
// user's language, lists, takes a typed or pasted path (a folder to go
// to, a file to choose), opens in the folder used last and is never
// larger than the window.

const prefLastFolder = "last_folder"

// lastFolder is the folder of the file last opened or saved through a
// dialog (the file repository records it).
var lastFolder struct {
	sync.Mutex
	path string
}

func rememberFolder(path string) {
	lastFolder.Lock()
	lastFolder.path = filepath.Dir(path)
	lastFolder.Unlock()
}

type chooseMode int

const (
	chooseOpen   chooseMode = iota // an existing file
	chooseFolder                   // an existing folder
	chooseSave                     // a file name in a folder
)

// fsEntry is one row of the chooser's list.
type fsEntry struct {
	name string
	dir  bool
	size int64
	mod  time.Time
}

// fsPlace is one of the places listed on the chooser's left.
type fsPlace struct{ name, path string }

type fileChooser struct {
	s      *Shell
	mode   chooseMode
	exts   []string
	onPath func(path string)

	dir     string
	entries []fsEntry
	gen     int // the listing being read; older ones are dropped
	places  []fsPlace

	d         *dialog.CustomDialog
	where     *escEntry // the folder shown, or a typed path
	list      *keyList
	name      *escEntry // the file name (save)
	status    *widget.Label
	ok        *widget.Button
	picked    string // the file picked in the list (open)
	suggested string // the name first suggested (save): its extension is kept
	offered   string // the name the dialog last put in the name box itself
}

// chooseFile asks for a path in mode; onPath runs on the UI goroutine
// with the path chosen (a cancel calls nothing).
// pickFile asks for a file (of the extensions exts, if any) and hands its
// path to onPath; a cancel does nothing.
func (s *Shell) pickFile(exts []string, onPath func(path string)) {
	s.chooseFile(chooseOpen, exts, "", onPath)
}

func (s *Shell) chooseFile(mode chooseMode, exts []string, suggested string, onPath func(path string)) *fileChooser {
	c := &fileChooser{s: s, mode: mode, onPath: onPath, places: fsPlaces(), suggested: suggested}
	for _, e := range exts {
		c.exts = append(c.exts, strings.ToLower(e))
	}
	title := lang.X("files.open_title", "Chọn tệp")
	okText := lang.X("files.open", "Mở")
	switch mode {
	case chooseFolder:
		title = lang.X("files.folder_title", "Chọn thư mục")
		okText = lang.X("files.folder", "Chọn thư mục này")
	case chooseSave:
		title = lang.X("files.save_title", "Lưu tệp")
		okText = lang.X("files.save", "Lưu")
	}

	c.where = newEscEntry(s.win, func() { c.d.Hide() })
	c.where.SetPlaceHolder(lang.X("files.where_hint", "Gõ hoặc dán đường dẫn rồi nhấn Enter"))
	c.where.OnSubmitted = func(string) { c.goTyped() }
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), c.up)
	top := border(nil, nil, up, nil, c.where)

	c.list = newKeyList(func() int { return len(c.entries) },
		func() fyne.CanvasObject { return newFileRow(c) },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*fileRow).set(id, c.entries[id]) })
	c.list.OnSelected = func(id widget.ListItemID) { c.pick(id, false) }
	c.list.onEnter = func(id widget.ListItemID) { c.pick(id, true) }

	placeList := widget.NewList(func() int { return len(c.places) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(c.places[id].name) })
	placeList.OnSelected = func(id widget.ListItemID) {
		c.show(c.places[id].path)
		placeList.UnselectAll()
	}

	c.status = widget.NewLabel("")
	c.status.Wrapping = fyne.TextWrapWord
	c.status.Importance = widget.DangerImportance
	cancel := widget.NewButton(lang.X("dialog.cancel", "Huỷ"), func() { c.d.Hide() })
	c.ok = widget.NewButton(okText, c.confirm)
	c.ok.Importance = widget.HighImportance
	bottom := container.NewVBox(c.status)
	if len(c.exts) > 0 {
		kinds := widget.NewLabel(lang.X("files.kinds", "Chỉ hiện các tệp {{.Kinds}}", map[string]string{"Kinds": strings.Join(c.exts, " ")}))
		kinds.Wrapping = fyne.TextWrapWord
		bottom.Add(kinds)
	}
	if mode == chooseSave {
		c.name = newEscEntry(s.win, func() { c.d.Hide() })
		c.name.SetText(suggested)
		c.offered = suggested
		c.name.OnSubmitted = func(string) { c.confirm() }
		bottom.Add(border(nil, nil, widget.NewLabel(lang.X("files.name", "Tên tệp:")), nil, c.name))
	}
	bottom.Add(container.NewHBox(layout.NewSpacer(), cancel, c.ok))

	split := container.NewHSplit(placeList, c.list)
	split.Offset = 0.28
	c.d = dialog.NewCustomWithoutButtons(title, border(top, bottom, nil, nil, split), s.win)
	if size := s.win.Canvas().Size(); size.Width > 0 {
		c.d.Resize(fyne.NewSize(min(900, size.Width-20), min(640, size.Height-20)))
	}
	s.files = c
	s.showDialog(c.d)
	c.show(startFolder(s))
	if mode == chooseSave {
		s.win.Canvas().Focus(c.name)
	} else {
		s.win.Canvas().Focus(c.where)
	}
	return c
}

// startFolder is the folder used last (kept between runs), else home.
func startFolder(s *Shell) string {
	lastFolder.Lock()
	folder := lastFolder.path
	lastFolder.Unlock()
	if folder == "" {
		folder = s.app.Preferences().String(prefLastFolder)
	} else {
		s.app.Preferences().SetString(prefLastFolder, folder)
	}
	if st, err := os.Stat(folder); folder != "" && err == nil && st.IsDir() {
		return folder
	}
	home, _ := os.UserHomeDir()
	return home
}

// show lists folder dir off the UI goroutine (a network folder can be
// slow); a folder that cannot be read is said and the list stays.
func (c *fileChooser) show(dir string) {
	c.gen++
	gen := c.gen
	exts := c.exts
	mode := c.mode
	async(func() ([]fsEntry, error) { return readFolder(dir, exts, mode) }, func(entries []fsEntry, err error) {
		if gen != c.gen {
			return
		}
		if err != nil {
			c.say(errorMessage(err, dir).Error())
			c.where.SetText(c.dir)
			return
		}
		c.dir, c.entries, c.picked = dir, entries, ""
		if c.mode == chooseSave && c.name.Text == c.offered {
			// A name already in the folder is not offered: one click on
			// Lưu, then Có, replaced it (a bank named after the file it
			// came from suggested that very file). A name the user typed
			// is left alone.
			c.offered = freeName(entries, c.suggested)
			c.name.SetText(c.offered)
		}
		c.where.SetText(dir)
		c.say("")
		c.list.UnselectAll()
		c.list.focus = 0
		c.list.Refresh()
		c.list.ScrollToTop()
		if len(entries) == 0 {
			c.status.Importance = widget.MediumImportance
			if c.mode == chooseFolder {
				// (its files are not listed: choosing a folder)
				c.status.SetText(lang.X("files.no_subfolders", "Thư mục này không có thư mục con. Bấm “Chọn thư mục này” để chọn chính nó."))
			} else {
				c.status.SetText(lang.X("files.empty", "Thư mục này không có tệp nào mở được ở đây."))
			}
		}
	})
}

func (c *fileChooser) say(msg string) {
	c.status.Importance = widget.DangerImportance
	c.status.SetText(msg)
}

// pick is a row chosen in the list: a folder is entered; a file is picked
// (and chosen at once when enter, i.e. Enter or a double click).
func (c *fileChooser) pick(id widget.ListItemID, enter bool) {
	if id < 0 || id >= len(c.entries) {
		return
	}
	e := c.entries[id]
	path := filepath.Join(c.dir, e.name)
	if e.dir {
		c.show(path)
		return
	}
	c.picked = path
	if c.name != nil {
		c.name.SetText(e.name)
	}
	if enter {
		c.confirm()
	}
}

func (c *fileChooser) up() {
	if parent := filepath.Dir(c.dir); parent != c.dir {
		c.show(parent)
	}
}

// goTyped follows the path typed in the folder box: a folder is shown, a
// file is chosen (open) or named (save); anything else is said.
func (c *fileChooser) goTyped() {
	path := strings.Trim(strings.TrimSpace(c.where.Text), `"'`)
	if u, err := storage.ParseURI(path); err == nil && u.Scheme() == "file" && strings.HasPrefix(path, "file:") {
		path = u.Path()
	}
	if path == "" {
		return
	}
	if strings.HasPrefix(path, "~") {
		if home, err := os.UserHomeDir(); err == nil {
			path = filepath.Join(home, path[1:])
		}
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(c.dir, path)
	}
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		c.show(path)
	case err == nil && c.mode == chooseOpen:
		c.finish(path)
	case c.mode == chooseSave && dirExists(filepath.Dir(path)):
		c.show(filepath.Dir(path))
		c.name.SetText(filepath.Base(path))
		c.s.win.Canvas().Focus(c.name)
	default:
		c.say(lang.X("files.not_found", "Không có thư mục hay tệp “{{.Path}}”. Kiểm tra lại đường dẫn.", map[string]string{"Path": path}))
	}
}

// typed reports whether the path box holds something other than the
// folder shown: a path the user typed and has not gone to.
func (c *fileChooser) typed() bool {
	t := strings.TrimSpace(c.where.Text)
	return t != "" && filepath.Clean(t) != filepath.Clean(c.dir)
}

// confirm is the dialog's main button (or Enter in the name box).
func (c *fileChooser) confirm() {
	switch c.mode {
	case chooseFolder:
		if c.dir != "" {
			c.finish(c.dir)
		}
	case chooseOpen:
		if c.picked == "" && c.typed() {
			c.goTyped() // a path typed in the box, then the button rather than Enter
			return
		}
		if c.picked == "" {
			c.say(lang.X("files.pick_first", "Hãy chọn một tệp trong danh sách (hoặc gõ đường dẫn của tệp)."))
			return
		}
		c.finish(c.picked)
	case chooseSave:
		name := strings.TrimSpace(c.name.Text)
		if ext := filepath.Ext(c.suggested); ext != "" && filepath.Ext(name) == "" && name != "" {
			name += ext // "Thu hoach dot 1" is saved as "Thu hoach dot 1.docx"
		}
		if name == "" {
			c.say(lang.X("files.name_first", "Hãy gõ tên tệp."))
			return
		}
		path := name
		if !filepath.IsAbs(path) {
			// a relative name is a name: "NQ 15/QU.docx" is not a folder
			path = filepath.Join(c.dir, name)
			if bad := badNameChars(name); bad != "" {
				c.say(lang.X("files.bad_name", "Tên tệp không được chứa {{.Chars}}. Hãy đổi tên.", map[string]string{"Chars": bad}))
				return
			}
		}
		if bad := badNameChars(filepath.Base(path)); bad != "" {
			c.say(lang.X("files.bad_name", "Tên tệp không được chứa {{.Chars}}. Hãy đổi tên.", map[string]string{"Chars": bad}))
			return
		}
		st, err := os.Stat(path)
		switch {
		case err == nil && st.IsDir():
			c.name.SetText("")
			c.show(path)
		case err == nil:
			dialog.ShowConfirm(lang.X("files.replace_title", "Ghi đè tệp?"),
				lang.X("files.replace", "Tệp “{{.Name}}” đã có trong thư mục này. Ghi đè lên tệp đó?", map[string]string{"Name": filepath.Base(path)}),
				func(yes bool) {
					if yes {
						c.finish(path)
					}
				}, c.s.win)
		case !dirExists(filepath.Dir(path)):
			c.say(lang.X("files.not_found", "Không có thư mục hay tệp “{{.Path}}”. Kiểm tra lại đường dẫn.", map[string]string{"Path": filepath.Dir(path)}))
		case !writable(filepath.Dir(path)):
			// said here, the dialog open: the user picks another folder
			// without making every choice again
			c.say(lang.X("files.not_writable", "Không ghi được vào thư mục “{{.Path}}” (chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác, ví dụ Tài liệu.", map[string]string{"Path": filepath.Dir(path)}))
		default:
			c.finish(path)
		}
	}
}

func (c *fileChooser) finish(path string) {
	dir := path
	if c.mode != chooseFolder {
		dir = filepath.Dir(path)
	}
	lastFolder.Lock()
	lastFolder.path = dir
	lastFolder.Unlock()
	c.s.app.Preferences().SetString(prefLastFolder, dir)
	c.d.Hide()
	c.onPath(path)
}

// freeName is name, or "name (2).ext", "name (3).ext", … the first that
// is not among a folder's entries.
func freeName(entries []fsEntry, name string) string {
	taken := make(map[string]bool, len(entries))
	for _, e := range entries {
		taken[strings.ToLower(e.name)] = true // Windows folders ignore case
	}
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	for i := 1; i < 1000; i++ {
		n := name
		if i > 1 {
			n = fmt.Sprintf("%s (%d)%s", stem, i, ext)
		}
		if !taken[strings.ToLower(n)] {
			return n
		}
	}
	return name
}
