package ui

import (
	"os"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

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

// prepareFileDialog makes a file dialog easier for a cadre: the list view
// (the grid breaks Vietnamese names mid-word), starting in the folder used
// last, no larger than the window. (Fyne shows its favourite places,
// "Home", "Computer", as they are, with no way to name them.)
func (s *Shell) prepareFileDialog(fd *dialog.FileDialog) {
	fd.SetView(dialog.ListView)
	lastFolder.Lock()
	folder := lastFolder.path
	lastFolder.Unlock()
	if folder == "" {
		folder = s.app.Preferences().String(prefLastFolder)
	} else {
		s.app.Preferences().SetString(prefLastFolder, folder)
	}
	if st, err := os.Stat(folder); folder != "" && err == nil && st.IsDir() {
		if l, err := storage.ListerForURI(storage.NewFileURI(folder)); err == nil {
			fd.SetLocation(l)
		}
	}
	if size := s.win.Canvas().Size(); size.Width > 0 {
		fd.Resize(fyne.NewSize(min(900, size.Width-20), min(640, size.Height-20)))
	}
}

// pickFile asks for a file (of the extensions exts, if any) and hands its
// path to onPath; a dialog error is shown, a cancel does nothing.
func (s *Shell) pickFile(exts []string, onPath func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.showError(err, "")
			return
		}
		if r == nil {
			return // cancelled
		}
		r.Close()
		onPath(r.URI().Path())
	}, s.win)
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	s.showDialog(d)
}
