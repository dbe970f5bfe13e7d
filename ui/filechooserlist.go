package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sotay/internal/viet"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// What the file chooser lists: the places, a folder's entries, their
// rows; and the checks on a name and a folder before saving.

// fsPlaces lists the places a cadre keeps files: home, Documents,
// Desktop, Downloads (under either their English or Vietnamese folder
// names), and the drives (Windows) or the whole computer.
func fsPlaces() []fsPlace {
	var out []fsPlace
	home, err := os.UserHomeDir()
	if err == nil {
		out = append(out, fsPlace{lang.X("files.home", "Thư mục riêng"), home})
		for _, p := range []struct {
			name string
			dirs []string
		}{
			{lang.X("files.documents", "Tài liệu"), []string{"Documents", "Tài liệu"}},
			{lang.X("files.desktop", "Màn hình nền"), []string{"Desktop", "Màn hình nền"}},
			{lang.X("files.downloads", "Tải về"), []string{"Downloads", "Tải về"}},
		} {

			for _, d := range p.dirs {
				if st, err := os.Stat(filepath.Join(home, d)); err == nil && st.IsDir() {
					out = append(out, fsPlace{p.name, filepath.Join(home, d)})
					break
				}
			}
		}
	}
	if runtime.GOOS == "windows" {
		for l := 'C'; l <= 'Z'; l++ {
			root := string(l) + `:\`
			if _, err := os.Stat(root); err == nil {
				out = append(out, fsPlace{lang.X("files.drive", "Ổ {{.Drive}}", map[string]string{"Drive": string(l) + ":"}), root})
			}
		}
	} else {
		out = append(out, fsPlace{lang.X("files.computer", "Cả máy tính (/)"), "/"})
	}
	return out
}

// readFolder lists dir: folders first, then the files of the extensions
// exts (all when none; none when choosing a folder), by folded name;
// hidden files (".name") are left out.
func readFolder(dir string, exts []string, mode chooseMode) ([]fsEntry, error) {
	items, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []fsEntry
	for _, it := range items {
		name := it.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		isDir := it.IsDir()
		info, err := it.Info()
		if err != nil {
			continue
		}
		if it.Type()&os.ModeSymlink != 0 {
			if st, err := os.Stat(filepath.Join(dir, name)); err == nil {
				isDir, info = st.IsDir(), st
			}
		}
		if !isDir {
			if mode == chooseFolder || (len(exts) > 0 && !hasExt(name, exts)) {
				continue
			}
		}
		out = append(out, fsEntry{name: name, dir: isDir, size: info.Size(), mod: info.ModTime()})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].dir != out[j].dir {
			return out[i].dir
		}
		return viet.Fold(out[i].name) < viet.Fold(out[j].name)
	})
	return out, nil
}

func hasExt(name string, exts []string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range exts {
		if ext == e {
			return true
		}
	}
	return false
}

func dirExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// writable reports whether a file can be made in dir (tried: permissions
// alone do not tell a read-only disk or a system folder).
func writable(dir string) bool {
	f, err := os.CreateTemp(dir, ".sotay-thu-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// badNameChars are the characters of name that Windows refuses in a file
// name (a file saved here may be copied to a Windows PC).
func badNameChars(name string) string {
	var bad []string
	for _, r := range `\/:*?"<>|` {
		if strings.ContainsRune(name, r) {
			bad = append(bad, "“"+string(r)+"”")
		}
	}
	return strings.Join(bad, " ")
}

// fileRow is one row of the chooser's list: an icon, the name, the size
// and date; a double click chooses.
type fileRow struct {
	widget.BaseWidget
	c      *fileChooser
	id     widget.ListItemID
	icon   *widget.Icon
	name   *widget.Label
	detail *widget.Label
}

func newFileRow(c *fileChooser) *fileRow {
	r := &fileRow{c: c, icon: widget.NewIcon(theme.FileIcon()), name: widget.NewLabel(""), detail: widget.NewLabel("")}
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

func (r *fileRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(border(nil, nil, r.icon, r.detail, r.name))
}

func (r *fileRow) set(id widget.ListItemID, e fsEntry) {
	r.id = id
	r.name.SetText(e.name)
	if e.dir {
		r.icon.SetResource(theme.FolderIcon())
		r.detail.SetText("")
		return
	}
	r.icon.SetResource(theme.FileIcon())
	r.detail.SetText(humanSize(e.size) + " · " + e.mod.Format("02/01/2006"))
}

// Tapped selects the row (the list's selection enters a folder or picks a
// file); a file tapped again stays picked.
func (r *fileRow) Tapped(*fyne.PointEvent) {
	r.c.list.focus = r.id
	r.c.list.Select(r.id)
}

func (r *fileRow) DoubleTapped(*fyne.PointEvent) { r.c.pick(r.id, true) }

// humanSize is a file size as an office worker reads it.
func humanSize(n int64) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1024*1024:
		return fmt.Sprintf("%.0f KB", float64(n)/1024)
	default:
		return fmt.Sprintf("%.1f MB", float64(n)/(1024*1024))
	}
}
