package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"sotay/assets"
	"strings"
	"testing"
)

func addDoc(t *testing.T, lib *Library, title string, pages ...string) int64 {
	t.Helper()
	res, err := lib.Add(context.Background(), []NewDocument{{Title: title, Format: "txt", Pages: pages}})
	if err != nil || len(res) != 1 || res[0].Err != nil {
		t.Fatalf("add %q: %v %+v", title, err, res)
	}
	return res[0].ID
}

// A cadre highlights, notes and bookmarks; the marks list by document,
// colour, tag and folded words; offsets are those of show --text, pages
// joined by form feeds.
func TestNotesMarkTheText(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	id := addDoc(t, lib, "Nghị quyết về chuyển đổi số", "Điều 1. Mục tiêu\nĐến năm 2030 hoàn thành chuyển đổi số.", "Điều 2. Nhiệm vụ\nĐẩy mạnh học tập trên nền tảng số.")
	text, _ := lib.Text(ctx, id)
	rs := []rune(text)
	at := func(s string) int {
		for i := range rs {
			if string(rs[i:min(len(rs), i+len([]rune(s)))]) == s {
				return i
			}
		}
		t.Fatalf("%q not in the text", s)
		return 0
	}
	h, err := lib.AddNote(ctx, Note{DocumentID: id, Start: at("chuyển đổi số."), End: at("chuyển đổi số.") + 13, Color: "green"})
	if err != nil || h.Quote != "chuyển đổi số" || h.Kind != NoteHighlight {
		t.Fatalf("highlight %+v %v", h, err)
	}
	n, err := lib.AddNote(ctx, Note{DocumentID: id, Start: at("Đẩy mạnh"), End: at("Đẩy mạnh") + 8, Body: "Áp dụng ở chi bộ", Tags: []string{"chỉ-tiêu"}})
	if err != nil || n.Kind != NoteText || n.Color != "yellow" || n.Quote != "Đẩy mạnh" {
		t.Fatalf("note %+v %v", n, err)
	}
	b, err := lib.AddNote(ctx, Note{DocumentID: id, Kind: NoteBookmark, Start: at("Điều 2"), End: at("Điều 2")})
	if err != nil || b.Quote == "" || b.Color != "" {
		t.Fatalf("bookmark %+v %v", b, err)
	}
	for _, bad := range []Note{{DocumentID: id, Start: 5, End: 5}, {DocumentID: id, Start: -1, End: 3}, {DocumentID: id, Start: 3, End: len(rs) + 1}} {
		if _, err := lib.AddNote(ctx, bad); !errors.Is(err, ErrBadRange) || Code(err) != "bad_range" {
			t.Errorf("%+v: %v", bad, err)
		}
	}
	if _, err := lib.AddNote(ctx, Note{DocumentID: 999, Start: 0, End: 1}); !errors.Is(err, ErrNotFound) {
		t.Errorf("no such document: %v", err)
	}
	count := func(f NoteFilter) int {
		ns, err := lib.Notes(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return len(ns)
	}
	for _, c := range []struct {
		f    NoteFilter
		want int
	}{
		{NoteFilter{}, 3}, {NoteFilter{DocumentID: id}, 3}, {NoteFilter{Color: "green"}, 1},
		{NoteFilter{Tag: "chỉ-tiêu"}, 1}, {NoteFilter{Tag: "chi-tieu"}, 1}, {NoteFilter{Query: "ap dung chi bo"}, 1}, {NoteFilter{Query: "CHUYỂN ĐỔI"}, 1},
		{NoteFilter{Kind: NoteBookmark}, 1}, {NoteFilter{DocumentID: 999}, 0},
	} {
		if got := count(c.f); got != c.want {
			t.Errorf("%+v: %d notes, want %d", c.f, got, c.want)
		}
	}
	n.Body, n.Color = "Sửa lại", "pink"
	if err := lib.UpdateNote(ctx, n); err != nil || count(NoteFilter{Query: "sua lai", Color: "pink"}) != 1 {
		t.Errorf("update: %v", err)
	}
	if err := lib.DeleteNote(ctx, b.ID); err != nil || count(NoteFilter{}) != 2 {
		t.Errorf("delete: %v", err)
	}
	if err := lib.DeleteNote(ctx, b.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete twice: %v", err)
	}
}

// When the text changes, a mark follows its words (by quote and context)
// or is flagged lost; it is never left on other words.
func TestNotesReanchorWhenTheTextChanges(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	id := addDoc(t, lib, "Kế hoạch", "Mục tiêu: hoàn thành số hoá hồ sơ. Nhiệm vụ: số hoá hồ sơ đảng viên trước quý IV.")
	text, _ := lib.Text(ctx, id)
	rs := []rune(text)
	second := 0
	for i := len(rs) - 1; i >= 0; i-- {
		if string(rs[i:min(len(rs), i+7)]) == "số hoá " {
			second = i
			break
		}
	}
	moved, _ := lib.AddNote(ctx, Note{DocumentID: id, Start: second, End: second + 6})
	lost, _ := lib.AddNote(ctx, Note{DocumentID: id, Start: len(rs) - 8, End: len(rs) - 1}) // "quý IV"
	// The text gains a sentence in front and loses "quý IV".
	if _, err := lib.db.Write.ExecContext(ctx, `UPDATE pages SET text = ? WHERE document_id = ?`,
		"Căn cứ Nghị quyết 15. Mục tiêu: hoàn thành số hoá hồ sơ. Nhiệm vụ: số hoá hồ sơ đảng viên trước năm 2026.", id); err != nil {
		t.Fatal(err)
	}
	notes, err := lib.DocumentNotes(ctx, id)
	if err != nil || len(notes) != 2 {
		t.Fatal(notes, err)
	}
	text, _ = lib.Text(ctx, id)
	rs = []rune(text)
	for _, n := range notes {
		switch n.ID {
		case moved.ID:
			if n.Lost || string(rs[n.Start:n.End]) != "số hoá" || !strings.HasPrefix(string(rs[n.End:]), " hồ sơ đảng") {
				t.Errorf("moved note at %d–%d lost %v: %q", n.Start, n.End, n.Lost, string(rs[n.Start:n.End]))
			}
		case lost.ID:
			if !n.Lost {
				t.Errorf("a note whose words are gone is not flagged lost: %+v", n)
			}
		}
	}
	// The new place is kept.
	again, _ := lib.Notes(ctx, NoteFilter{DocumentID: id})
	for _, n := range again {
		if n.ID == moved.ID && n.Start == moved.Start {
			t.Error("the re-anchored place was not kept")
		}
	}
}

func TestReadingPosition(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	id := addDoc(t, lib, "Văn bản", "một hai ba")
	if err := lib.SetReadingPosition(ctx, id, 5, 60); err != nil {
		t.Fatal(err)
	}
	lib.SetReadingPosition(ctx, id, 2, 20)
	off, pct, err := lib.ReadingPosition(ctx, id)
	if err != nil || off != 2 || pct != 60 {
		t.Errorf("position %d %d%% %v: want the last place and the furthest percentage", off, pct, err)
	}
}

// BenchmarkNotes10k lists and filters 10,000 notes over 100 documents, as
// the Ghi chú place does on each keystroke (issue 17's target: < 50 ms).
func BenchmarkNotes10k(b *testing.B) {
	lib, err := Open(context.Background(), filepath.Join(b.TempDir(), "sotay.db"), OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	ctx := context.Background()
	var docs []NewDocument
	for i := range 100 {
		docs = append(docs, NewDocument{Title: fmt.Sprintf("Nghị quyết số %d-NQ/QU về chuyển đổi số", i), Format: "txt",
			Pages: []string{strings.Repeat(fmt.Sprintf("Văn bản %d: đẩy mạnh học tập, quán triệt nghị quyết của chi bộ. ", i), 50)}})
	}
	res, err := lib.Add(ctx, docs)
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"chỉ tiêu", "thời hạn", "việc cần làm", "chi bộ", "đảng viên", "báo cáo", "số hoá", "kế hoạch"}
	err = lib.db.Tx(ctx, func(tx *sql.Tx) error {
		for i := range 10000 {
			body := fmt.Sprintf("Ghi chú %d về %s", i, words[i%len(words)])
			n := Note{Quote: "đẩy mạnh học tập", Body: body, Tags: []string{words[(i/8)%len(words)]}}
			if _, err := tx.ExecContext(ctx, `INSERT INTO notes (document_id, kind, start_offset, end_offset, quote, color, body, tags, folded, created_at, updated_at)
				VALUES (?, 'note', ?, ?, ?, ?, ?, ?, ?, '2026-11-30T00:00:00Z', '2026-11-30T00:00:00Z')`,
				res[i%100].ID, i%2000, i%2000+16, n.Quote, NoteColors[i%4], body, strings.Join(n.Tags, " "), foldNote(n)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		f    NoteFilter
		min  int
	}{
		{"all", NoteFilter{}, 10000},
		{"words", NoteFilter{Query: "viec can lam"}, 1000},
		{"colour+tag", NoteFilter{Color: "green", Tag: "chi"}, 0},
		{"document", NoteFilter{DocumentID: res[7].ID}, 100},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				ns, err := lib.Notes(ctx, c.f)
				if err != nil || len(ns) < c.min {
					b.Fatalf("%d notes, %v", len(ns), err)
				}
			}
		})
	}
}

// The bản thu hoạch gathers a document's highlights and notes under its
// headings; a saved draft is kept and returned instead of a new one.
func TestReportDraft(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	res, err := lib.Add(ctx, []NewDocument{{Title: "Nghị quyết về chuyển đổi số", Kind: "Nghị quyết", Number: "15-NQ/QU", IssuedOn: "2025-03-12",
		Issuer: "Quận ủy Tây Giang", Pages: []string{"Điều 1. Mục tiêu\nĐến năm 2030 hoàn thành chuyển đổi số.", "Điều 2. Nhiệm vụ\nĐẩy mạnh học tập."},
		Sections: []Section{{Level: 1, Label: "Điều 1.", Heading: "Mục tiêu", Page: 1}, {Level: 1, Label: "Điều 2.", Heading: "Nhiệm vụ", Page: 2},
			{Level: 2, Label: "1.", Heading: "Học tập", Page: 2, Offset: len([]rune("Điều 2. Nhiệm vụ\n"))}}}})
	if err != nil {
		t.Fatal(err)
	}
	id := res[0].ID
	text, _ := lib.Text(ctx, id)
	off := len([]rune(text[:strings.Index(text, "Đẩy mạnh")]))
	lib.AddNote(ctx, Note{DocumentID: id, Start: off, End: off + 8, Body: "Tổ chức học trên điện thoại"})
	body, saved, err := lib.ReportDraft(ctx, id)
	if err != nil || saved {
		t.Fatal(err, saved)
	}
	if !strings.Contains(body, "Điều 2. Nhiệm vụ — 1. Học tập\n> “Đẩy mạnh”\nTổ chức học trên điện thoại") ||
		!strings.Contains(body, "Nghị quyết số 15-NQ/QU ngày 12/3/2025 của Quận ủy Tây Giang") {
		t.Errorf("generated:\n%s", body)
	}
	if err := lib.SaveReport(ctx, id, body+"\nThêm."); err != nil {
		t.Fatal(err)
	}
	if again, saved, _ := lib.ReportDraft(ctx, id); !saved || !strings.HasSuffix(again, "Thêm.") {
		t.Errorf("saved draft not returned: %v", saved)
	}
	lib.SaveReport(ctx, id, "")
	if _, saved, _ := lib.ReportDraft(ctx, id); saved {
		t.Error("an empty draft was kept")
	}
}

// A collection's report gathers the notes of each of its documents under
// the document and its heading.
func TestCollectionReport(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	if _, err := lib.AddSamples(ctx, assets.Samples()); err != nil {
		t.Fatal(err)
	}
	docs, _ := lib.Summaries(ctx)
	c, _ := lib.CollectionNamed(ctx, "Chuyển đổi số 2025")
	var ids []int64
	for _, d := range docs {
		if d.Number == "15-NQ/QU" || d.Number == "27-TB/QU" {
			ids = append(ids, d.ID)
			lib.AddNote(ctx, Note{DocumentID: d.ID, Start: 0, End: 12, Body: "ghi chú " + d.Number})
		}
	}
	lib.AddToCollection(ctx, c.ID, ids...)
	body, saved, err := lib.CollectionReportDraft(ctx, c.ID)
	if err != nil || saved {
		t.Fatal(err)
	}
	for _, want := range []string{"bộ sưu tập “Chuyển đổi số 2025”", "Nghị quyết số 15-NQ/QU", "ghi chú 15-NQ/QU", "ghi chú 27-TB/QU"} {
		if !strings.Contains(body, want) {
			t.Errorf("lacks %q:\n%s", want, body)
		}
	}
	lib.SaveCollectionReport(ctx, c.ID, "# Của tôi")
	if b, saved, _ := lib.CollectionReportDraft(ctx, c.ID); !saved || b != "# Của tôi" {
		t.Error("draft not kept")
	}
}
