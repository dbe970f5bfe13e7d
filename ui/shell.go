// Package ui is Sổ tay's Fyne interface: the main window (Shell) with its
// five places (Thư viện, Tìm kiếm, Ôn tập, Sinh hoạt chi bộ, Cài đặt), the
// reader and the theme. It talks to the library package only; every call
// that touches disk runs off the UI goroutine through async.
package ui

import (
	"context"
	"io"
	"io/fs"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// Options configure the main window.
type Options struct {
	// DBPath is the library file to open.
	DBPath string
	// MakeDirs lets the shell create the library's folder (default location).
	MakeDirs bool
	// Samples is the sample library added to a newly created library.
	Samples fs.FS
	// OnReady, if set, is called on the UI goroutine once the library is
	// shown (or failed to open), with the number of documents.
	OnReady func(documents int, err error)
	// StartupReport, if set, receives the start time and memory figures
	// (sotay --startup-report), measured from Started.
	StartupReport io.Writer
	Started       time.Time
	// Import are files and folders to import once the library is open
	// (sotay FILE…: "Open with Sổ tay" on a PDF, or a folder).
	Import []string
}

// Shell is the main window and owns the open library.
type Shell struct {
	app  fyne.App
	win  fyne.Window
	opts Options

	// places are the scrollers around each place's content, by content.
	places map[fyne.CanvasObject]*container.Scroll

	lib *library.Library // nil until opened; touched on the UI goroutine only
	cat *catalog         // the documents of lib

	tabs     *container.AppTabs
	files    *fileChooser // the file dialog last shown
	results  *resultsView // the trainer's table of results, while open
	notes    *NotesScreen
	nav      *tabsFit
	info     dialog.Dialog // the dialog shown, if it only informs (Enter closes it)
	library  *LibraryScreen
	search   *SearchScreen
	review   *ReviewScreen
	meeting  *MeetingScreen
	settings *SettingsScreen
	quick    *QuickOpen // the last Ctrl+K box
	// banner says above every place why the library cannot be changed.
	banner    *widget.Label
	bannerBox *fyne.Container
	// listed is the library's Fingerprint when its list was last loaded.
	listed string
	dialog dialog.Dialog // the dialog Esc closes
	// backupStop ends the hourly check for a day's backup (Close).
	backupStop chan struct{}
	// watch imports from the watched folders.
	watch watchState
	shift bool // a Shift key is down (for Shift+F3)
}

// NewShell builds the main window on a, applies the saved preferences and
// starts opening the library in the background. Call ShowAndRun on
// Window() and Close when it returns.
func NewShell(a fyne.App, opts Options) *Shell {
	s := &Shell{app: a, opts: opts}
	installSafeSave()
	prefs := a.Preferences()
	setupLanguage(prefs.StringWithFallback(prefLanguage, langVietnamese))
	a.Settings().SetTheme(s.theme())
	s.win = a.NewWindow(lang.X("app.title", "Sổ tay học tập"))
	s.win.SetIcon(a.Metadata().Icon)
	s.win.Resize(fyne.NewSize(
		float32(prefs.FloatWithFallback(prefWinWidth, 1024)), // fits the small office screens
		float32(prefs.FloatWithFallback(prefWinHeight, 600))))
	s.build()
	s.shortcuts()
	s.win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		s.tabs.SelectIndex(0)
		s.library.importDropped(uris)
	})
	a.Lifecycle().SetOnStopped(s.saveWindowSize)
	// sotayctl may have changed the library while the window was away.
	a.Lifecycle().SetOnEnteredForeground(s.refreshIfChanged)
	s.openLibrary(opts.DBPath, opts.MakeDirs)
	// A day's automatic backup is due while the app stays open too.
	s.backupStop = make(chan struct{})
	go func(t *time.Ticker, stop <-chan struct{}) {
		defer t.Stop()
		for {
			select {
			case <-t.C:
				post(s.autoBackup)
			case <-stop:
				return
			}
		}
	}(time.NewTicker(time.Hour), s.backupStop)
	return s
}

// Window is the main window.
func (s *Shell) Window() fyne.Window { return s.win }

// Close releases the library; call it after the window's event loop ended.
func (s *Shell) Close() error {
	s.dispose()
	s.stopWatch()
	if s.backupStop != nil {
		close(s.backupStop)
		s.backupStop = nil
	}
	if s.lib == nil {
		return nil
	}
	err := s.lib.Close()
	s.lib = nil
	return err
}

func (s *Shell) theme() fyne.Theme {
	p := s.app.Preferences()
	return &appTheme{
		textSize:   float32(p.FloatWithFallback(prefTextSize, defaultTextSize)),
		appearance: p.StringWithFallback(prefAppearance, appearanceSystem),
	}
}

// dispose stops every goroutine, timer and server the screens started;
// build calls it before replacing them, Close as the app quits.
func (s *Shell) dispose() {
	if s.search != nil {
		s.search.dispose()
	}
	if s.review != nil {
		s.review.dispose()
	}
	if s.meeting != nil {
		s.meeting.dispose()
	}
	if s.library != nil && s.library.reader.posTimer != nil {
		s.library.reader.posTimer.Stop() // no write after the screen (or the library) is gone
	}
}

// build (re)creates every screen in the current language.
func (s *Shell) build() {
	s.dispose()
	s.library = newLibraryScreen(s)
	s.search = newSearchScreen(s.win, s.openDocument)
	s.settings = newSettingsScreen(s)
	s.review = newReviewScreen(s)
	s.notes = newNotesScreen(s)
	s.meeting = newMeetingScreen(s)
	// Each place in a scroller: at the largest text a place wider or
	// taller than a 1024×600 screen scrolls instead of forcing the window
	// past the screen's edge.
	place := func(key, name string, icon fyne.Resource, o fyne.CanvasObject) *container.TabItem {
		s.places[o] = container.NewScroll(o)
		return container.NewTabItemWithIcon(lang.X(key, name), icon, s.places[o])
	}
	s.places = map[fyne.CanvasObject]*container.Scroll{}
	s.tabs = container.NewAppTabs(
		place("nav.library", "Thư viện", theme.FolderOpenIcon(), s.library.CanvasObject()),
		place("nav.search", "Tìm kiếm", theme.SearchIcon(), s.search.CanvasObject()),
		place("nav.review", "Ôn tập", theme.HistoryIcon(), s.review.CanvasObject()),
		place("nav.notes", "Ghi chú", theme.DocumentCreateIcon(), s.notes.CanvasObject()),
		// short: the longest name sets the navigation's width ("Sinh hoạt
		// chi bộ" took 100 px more of a small screen); the place's heading
		// says it whole
		place("nav.meeting", "Chi bộ", theme.AccountIcon(), s.meeting.CanvasObject()),
		place("nav.settings", "Cài đặt", theme.SettingsIcon(), s.settings.CanvasObject()),
	)
	s.tabs.SetTabLocation(container.TabLocationLeading)
	s.tabs.OnSelected = func(t *container.TabItem) {
		if s.guardExam(t) {
			return
		}
		if t.Content == s.places[s.search.CanvasObject()] {
			s.search.focus(s.win)
		}
		if t.Content == s.places[s.review.CanvasObject()] {
			s.review.refresh()
		}
		if t.Content == s.places[s.notes.CanvasObject()] {
			s.notes.refresh()
		}
	}
	s.banner = widget.NewLabel("")
	s.banner.Wrapping = fyne.TextWrapWord
	s.banner.Importance = widget.WarningImportance
	s.bannerBox = container.NewVBox(s.banner, widget.NewSeparator())
	s.nav = newTabsFit(s.tabs, true)
	s.win.SetContent(border(s.bannerBox, nil, nil, nil, container.New(s.nav, s.tabs)))
	s.updateBanner()
	if s.lib != nil {
		s.library.setLibrary(s.lib, s.cat)
		s.search.setLibrary(s.lib, s.cat)
		s.review.setLibrary(s.lib)
		s.notes.setLibrary(s.lib)
	}
}

// rebuild recreates the screens, e.g. after the language changed, and
// returns to the settings place.
func (s *Shell) rebuild() {
	s.win.SetTitle(lang.X("app.title", "Sổ tay học tập"))
	s.build()
	s.tabs.SelectIndex(len(s.tabs.Items) - 1)
}

// showDialog shows d and lets Esc close it.
func (s *Shell) showDialog(d dialog.Dialog) {
	s.dialog = d
	d.SetOnClosed(func() {
		if s.dialog == d {
			s.dialog = nil
		}
	})
	d.Show()
}

// showError tells the user what went wrong with path and what to do.
func (s *Shell) showError(err error, path string) {
	s.showInfo(dialog.NewError(errorMessage(err, path), s.win))
}

// showInfo shows a dialog that only informs: Enter closes it, as its one
// button does.
func (s *Shell) showInfo(d dialog.Dialog) {
	s.showDialog(d)
	s.info = d
}

func (s *Shell) saveWindowSize() {
	size := s.win.Canvas().Size()
	if size.Width < 200 || size.Height < 200 {
		return
	}
	// Write only what changed: Fyne saves preferences by truncating and
	// rewriting the file, and a save racing the exit can leave it empty.
	p := s.app.Preferences()
	if p.Float(prefWinWidth) != float64(size.Width) {
		p.SetFloat(prefWinWidth, float64(size.Width))
	}
	if p.Float(prefWinHeight) != float64(size.Height) {
		p.SetFloat(prefWinHeight, float64(size.Height))
	}
}

// libraryLoad is what opening a library produces off the UI goroutine.
type libraryLoad struct {
	lib    *library.Library
	cat    *catalog
	listed string // the library's Fingerprint before its list was read
}

// openLibrary opens path in the background (adding the sample library if
// the file is new) and shows it, or shows why it could not be opened.
func (s *Shell) openLibrary(path string, makeDirs bool) {
	s.library.showLoading(path)
	async(func() (libraryLoad, error) {
		ctx := context.Background()
		lib, err := library.Open(ctx, path, library.OpenOptions{MakeDirs: makeDirs, Verify: true})
		if err != nil {
			return libraryLoad{}, err
		}
		if lib.Created() && s.opts.Samples != nil {
			if _, err := lib.AddSamples(ctx, s.opts.Samples); err != nil {
				lib.Close()
				return libraryLoad{}, err
			}
		}
		listed, _ := lib.Fingerprint(ctx)
		docs, err := lib.Summaries(ctx)
		if err == nil {
			err = lib.Labels(ctx, docs) // tags and collections, for the list's filters
		}
		if err != nil {
			lib.Close()
			return libraryLoad{}, err
		}
		return libraryLoad{lib: lib, cat: newCatalog(docs), listed: listed}, nil
	}, func(l libraryLoad, err error) {
		if err != nil {
			s.library.showOpenError(path, err)
		} else {
			if s.lib != nil {
				s.lib.Close()
			}
			s.lib, s.cat = l.lib, l.cat
			s.listed = l.listed
			s.opts.DBPath = path
			s.updateBanner()
			s.library.setLibrary(l.lib, l.cat)
			s.search.setLibrary(l.lib, l.cat)
			s.review.setLibrary(l.lib)
			s.notes.setLibrary(l.lib)
			s.meeting.setLibrary(l.lib)
			s.settings.setLibraryPath(path)
			s.autoBackup()
			s.startWatch()
		}
		n := 0
		if l.cat != nil {
			n = len(l.cat.docs)
		}
		if s.opts.StartupReport != nil {
			reportStartup(s.opts.StartupReport, s.opts.Started, n, err)
			s.opts.StartupReport = nil // only the first opening is a start
		}
		if s.opts.OnReady != nil {
			s.opts.OnReady(n, err)
		}
		if paths := s.opts.Import; err == nil && len(paths) > 0 {
			s.opts.Import = nil
			s.library.runImport(paths, "")
		}
	})
}

// reloadDocuments refreshes the document list after an import.
func (s *Shell) reloadDocuments() {
	lib := s.lib
	if lib == nil {
		return
	}
	async(func() (libraryLoad, error) {
		listed, _ := lib.Fingerprint(context.Background())
		docs, err := lib.Summaries(context.Background())
		if err == nil {
			err = lib.Labels(context.Background(), docs)
		}
		if err != nil {
			return libraryLoad{}, err
		}
		return libraryLoad{cat: newCatalog(docs), listed: listed}, nil
	}, func(l libraryLoad, err error) {
		if err != nil {
			s.showError(err, lib.Path())
			return
		}
		if s.lib != lib {
			return // another library was opened meanwhile
		}
		cat := l.cat
		s.cat, s.listed = cat, l.listed
		s.library.setLibrary(lib, cat)
		s.search.setLibrary(lib, cat)
	})
}

// refreshIfChanged reloads the document list when the library changed
// since it was loaded (documents imported or deleted by sotayctl).
func (s *Shell) refreshIfChanged() {
	lib := s.lib
	if lib == nil {
		return
	}
	async(func() (string, error) {
		return lib.Fingerprint(context.Background())
	}, func(now string, err error) {
		if err == nil && s.lib == lib && now != s.listed {
			s.reloadDocuments()
		}
	})
}

// updateBanner shows, above every place, why the open library cannot be
// changed, or hides the banner.
func (s *Shell) updateBanner() {
	if s.lib == nil || !s.lib.ReadOnly() {
		s.bannerBox.Hide()
		return
	}
	s.banner.SetText(lang.X("library.readonly_banner",
		"Thư viện này chỉ đọc được (tệp hoặc ổ đĩa không cho ghi): vẫn đọc, tìm kiếm, ôn tập được, nhưng không nhập hay sửa được và không lưu kết quả ôn tập. Muốn lưu: chép thư viện sang thư mục của bạn rồi mở bản chép."))
	s.bannerBox.Show()
}

// openDocument shows doc in the reader of the Thư viện place. With m (a
// search's matcher) the reader shows the hits, and going back returns to
// the search results.
// selectPlace shows the place whose content is o.
func (s *Shell) selectPlace(o fyne.CanvasObject) {
	for i, it := range s.tabs.Items {
		if it.Content == s.places[o] {
			s.tabs.SelectIndex(i)
		}
	}
}

func (s *Shell) openDocument(doc library.Summary, m *library.Matcher) {
	s.tabs.SelectIndex(0)
	s.win.Canvas().Unfocus() // F3 and Esc go to the window, not to a list
	var back func()
	if m != nil {
		back = func() { s.tabs.SelectIndex(1) }
	}
	s.library.openReader(doc, m, back)
}
