package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"sotay/assets"
)

// Xoá moves a document to Thùng rác with its notes: it leaves the list,
// search and the notes view; restoring brings it and its notes back;
// emptying the trash deletes it for good. The library checks clean
// throughout.
func TestTrashAndRestore(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	if _, err := lib.AddSamples(ctx, assets.Samples()); err != nil {
		t.Fatal(err)
	}
	docs, _ := lib.Summaries(ctx)
	var id int64
	for _, d := range docs {
		if d.Number == "15-NQ/QU" {
			id = d.ID
		}
	}
	if _, err := lib.AddNote(ctx, Note{DocumentID: id, Start: 0, End: 5, Body: "giữ lại"}); err != nil {
		t.Fatal(err)
	}
	found := func() bool {
		res, err := lib.Search(ctx, "15-NQ/QU chuyển đổi số", SearchOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			if h.ID == id {
				return true
			}
		}
		return false
	}
	if !found() {
		t.Fatal("the document is not found before trashing")
	}
	if err := lib.Trash(ctx, id); err != nil {
		t.Fatal(err)
	}
	if err := lib.Trash(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("trashing twice: %v", err)
	}
	after, _ := lib.Summaries(ctx)
	if len(after) != len(docs)-1 || found() {
		t.Errorf("trashed: %d of %d listed, found by search %v", len(after), len(docs), found())
	}
	if ns, _ := lib.Notes(ctx, NoteFilter{}); len(ns) != 0 {
		t.Errorf("the trashed document's notes still listed: %d", len(ns))
	}
	trash, err := lib.Trashed(ctx)
	if err != nil || len(trash) != 1 || trash[0].ID != id || trash[0].Notes != 1 || trash[0].TrashedAt.IsZero() {
		t.Fatalf("trash %+v %v", trash, err)
	}
	if r, err := lib.Check(ctx); err != nil || len(r.Problems) != 0 {
		t.Errorf("check with a trashed document: %v %v", r.Problems, err)
	}
	if err := lib.Reindex(ctx, nil); err != nil || found() {
		t.Errorf("a rebuilt index finds the trashed document (%v)", err)
	}
	if err := lib.Restore(ctx, id); err != nil {
		t.Fatal(err)
	}
	if !found() {
		t.Error("restored but not found")
	}
	if ns, _ := lib.Notes(ctx, NoteFilter{DocumentID: id}); len(ns) != 1 {
		t.Error("the notes did not come back")
	}
	if err := lib.Restore(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("restoring what is not in the trash: %v", err)
	}
	lib.Trash(ctx, id)
	if n, err := lib.EmptyTrash(ctx); err != nil || n != 1 {
		t.Fatalf("empty: %d %v", n, err)
	}
	if _, err := lib.Document(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("emptied, the document is still there: %v", err)
	}
	if r, err := lib.Check(ctx); err != nil || len(r.Problems) != 0 {
		t.Errorf("check after emptying: %v %v", r.Problems, err)
	}
}

// Importing again the text of a document in the trash brings it back,
// with its notes, instead of calling it a duplicate nobody can see.
func TestReimportRestoresFromTheTrash(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "nq.txt")
	os.WriteFile(path, []byte("Nghị quyết số 15-NQ/QU\nĐiều 1. Đến năm 2030, 100% văn bản đi được ký số."), 0o644)
	var last ImportResult
	opt := ImportOptions{Progress: func(p ImportProgress) { last = p.Result }}
	sum, err := lib.Import(ctx, []string{path}, opt)
	if err != nil || sum.Imported != 1 {
		t.Fatal(sum, err)
	}
	id := last.ID
	if _, err := lib.AddNote(ctx, Note{DocumentID: id, Start: 0, End: 10, Body: "giữ"}); err != nil {
		t.Fatal(err)
	}
	lib.Trash(ctx, id)
	sum, err = lib.Import(ctx, []string{path}, opt)
	if err != nil || sum.Imported != 1 || last.ID != id || !slices.Contains(last.Warnings, "restored-from-trash") {
		t.Fatalf("re-import: %+v %v", sum, err)
	}
	if ns, _ := lib.Notes(ctx, NoteFilter{DocumentID: id}); len(ns) != 1 {
		t.Error("the notes did not come back")
	}
	if res, _ := lib.Search(ctx, "ký số", SearchOptions{}); res.Total == 0 {
		t.Error("restored by import but not found")
	}
	if trash, _ := lib.Trashed(ctx); len(trash) != 0 {
		t.Error("still in the trash")
	}
}
