package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"sotay/library"
)

// runCheck examines the library without changing it; exit 0 when sound, 1
// when it found problems. With --recover -o NEW.db it copies what can be
// read into a new library and leaves the damaged one as it is.
func runCheck(ctx context.Context, e *env, args []string) int {
	fs := e.flags("check")
	recoverTo := fs.Bool("recover", false, "")
	repair := fs.Bool("repair", false, "")
	out := fs.String("o", "", "")
	pos, err := parse(fs, args)
	if err != nil || len(pos) > 0 || *recoverTo != (*out != "") {
		if err == nil {
			err = fmt.Errorf("check: %s", e.msg.T("cli.check_usage", nil))
		}
		return e.usage(err)
	}
	path, _ := library.ResolvePath(e.dbFlag)
	if *recoverTo {
		return e.recover(ctx, path, *out)
	}
	access := reading
	if *repair {
		access = writing
	}
	lib, err := e.open(ctx, access)
	if errors.Is(err, library.ErrCorrupt) {
		// Too damaged to open at all: that is the finding.
		rep := library.CheckReport{Problems: []string{err.Error()}}
		return e.checkResult(path, rep)
	}
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	rep, err := lib.Check(ctx)
	if err != nil {
		return e.fail(err)
	}
	if *repair && slices.ContainsFunc(rep.Problems, library.IndexProblem) {
		// The search index is derived from the documents: rebuild it and
		// look again.
		if err := lib.Reindex(ctx, nil); err != nil {
			return e.fail(err)
		}
		if !e.json {
			fmt.Fprintln(e.stdout, e.msg.T("check.reindexed", nil))
		}
		if rep, err = lib.Check(ctx); err != nil {
			return e.fail(err)
		}
	}
	return e.checkResult(path, rep)
}

func (e *env) checkResult(path string, rep library.CheckReport) int {
	code := 0
	if !rep.Sound() {
		code = 1
	}
	if e.json {
		e.encode(map[string]any{"path": path, "ok": rep.Sound(), "documents": rep.Documents, "problems": orEmpty(rep.Problems),
			"missing_originals": rep.MissingOriginals})
		return code
	}
	if rep.Sound() {
		fmt.Fprintln(e.stdout, e.msg.T("check.ok", map[string]any{"Path": path, "N": rep.Documents}))
		return 0
	}
	if len(rep.Problems) > 0 {
		fmt.Fprintln(e.stdout, e.msg.T("check.damaged", map[string]any{"Path": path, "N": len(rep.Problems)}))
		for _, p := range rep.Problems {
			fmt.Fprintf(e.stdout, "  - %s\n", p)
		}
	}
	if rep.MissingOriginals > 0 {
		fmt.Fprintln(e.stdout, e.msg.T("check.missing_originals", map[string]any{"N": rep.MissingOriginals, "First": rep.FirstMissing}))
	}
	return code
}

func (e *env) recover(ctx context.Context, path, out string) int {
	rep, err := library.Recover(ctx, path, out)
	if err != nil {
		// Name the file the problem is about: the new library only when
		// it is the target that was refused or could not be written.
		about := path
		switch library.Code(err) {
		case "file_exists", "output_protected", "output_not_regular", "disk_full", "read_only_fs", "permission":
			about = out
		}
		return e.fail(&pathError{path: about, err: err})
	}
	copied, failed, damaged := 0, 0, 0
	for _, t := range rep.Tables {
		copied += t.Copied
		failed += t.Failed
		if t.Damaged {
			damaged++
		}
	}
	if e.json {
		return e.encode(map[string]any{"from": path, "to": out, "rows": copied, "dropped": failed, "damaged_tables": damaged, "documents_without_text": rep.WithoutText, "tables": rep.Tables})
	}
	fmt.Fprintln(e.stdout, e.msg.T("check.recovered", map[string]any{"From": path, "To": out, "Rows": copied, "Dropped": failed, "Damaged": damaged, "Lost": rep.WithoutText}))
	for _, t := range rep.Tables {
		if t.Damaged || t.Failed > 0 {
			fmt.Fprintf(e.stdout, "  %s: %d / %d\n", t.Name, t.Copied, t.Copied+t.Failed)
		}
	}
	return 0
}

// runBackup writes the library and its kept originals to one zip file,
// while the app may keep using the library.
func runBackup(ctx context.Context, e *env, args []string) int {
	fs := e.flags("backup")
	out := fs.String("o", "", "")
	pos, err := parse(fs, args)
	if err != nil || len(pos) > 0 || *out == "" {
		if err == nil {
			err = fmt.Errorf("backup: %s", e.msg.T("cli.need_out", nil))
		}
		return e.usage(err)
	}
	lib, err := e.open(ctx, reading)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	var rep library.BackupReport
	err = e.writeOutput(*out, func(w io.Writer) error {
		var err error
		settings, _ := os.ReadFile(library.SettingsPath()) // none on a PC that never ran the app
		rep, err = lib.Backup(ctx, w, settings)
		return err
	})
	if err != nil {
		return e.fail(&pathError{path: *out, err: err})
	}
	if e.json && *out != "-" {
		return e.encode(map[string]any{"file": *out, "documents": rep.Documents, "originals": rep.Originals, "missing": rep.Missing})
	}
	fmt.Fprintln(e.said(*out), e.msg.T("backup.done", map[string]any{"File": *out, "N": rep.Documents, "Originals": rep.Originals}))
	if rep.Missing > 0 {
		fmt.Fprintln(e.said(*out), e.msg.T("backup.missing", map[string]any{"N": rep.Missing}))
	}
	return 0
}

// runRestoreBackup puts the library of a backup in place of the library
// named by --db (which may not exist yet), after checking it; the library
// replaced is kept beside it. The settings the backup holds are put back
// only on a PC that has none.
func runRestoreBackup(ctx context.Context, e *env, archive string) int {
	path, isDefault := library.ResolvePath(e.dbFlag)
	if isDefault {
		os.MkdirAll(filepath.Dir(path), 0o755)
	}
	rep, err := library.RestoreBackup(ctx, archive, path)
	if err != nil {
		return e.fail(&pathError{path: archive, err: err})
	}
	settings := ""
	if sp := library.SettingsPath(); rep.Settings != nil && sp != "" {
		if _, err := os.Stat(sp); errors.Is(err, fs.ErrNotExist) {
			if os.MkdirAll(filepath.Dir(sp), 0o755) == nil && os.WriteFile(sp, rep.Settings, 0o600) == nil {
				settings = sp
			}
		}
	}
	if e.json {
		return e.encode(map[string]any{"file": archive, "library": path, "documents": rep.Documents,
			"originals": rep.Originals, "aside": rep.Aside, "settings": settings})
	}
	fmt.Fprintln(e.stdout, e.msg.T("restore.done", map[string]any{"File": archive, "Library": path, "N": rep.Documents, "Originals": rep.Originals}))
	if rep.Aside != "" {
		fmt.Fprintln(e.stdout, e.msg.T("restore.aside", map[string]any{"Aside": rep.Aside}))
	}
	if settings != "" {
		fmt.Fprintln(e.stdout, e.msg.T("restore.settings", map[string]any{"Path": settings}))
	}
	return 0
}
