package library

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"sotay/library/quiz"
)

// packOf makes a pack of the documents of lib with their banks.
func packOf(t *testing.T, lib *Library, opt PackOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := lib.ExportPack(context.Background(), &buf, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A pack made on one library brings its documents and banks into another,
// signed; again, nothing is duplicated; a newer version adds what is new
// and keeps the learner's notes.
func TestPackBetweenLibraries(t *testing.T) {
	ctx := context.Background()
	trainer := openTemp(t)
	nq := addDoc(t, trainer, "Nghị quyết số 15-NQ/QU về chuyển đổi số", "Đến năm 2030, 100% chi bộ sinh hoạt trên nền tảng số.")
	hd := addDoc(t, trainer, "Hướng dẫn thực hiện Nghị quyết 15", "Các chi bộ báo cáo kết quả hằng quý.")
	bank, err := trainer.Quiz().BankFor(ctx, "Câu hỏi Nghị quyết 15", nq)
	if err != nil {
		t.Fatal(err)
	}
	q := &quiz.Question{BankID: bank.ID, Type: quiz.TrueFalse, Stem: "Đến năm 2030, mọi chi bộ sinh hoạt trên nền tảng số.", Options: quiz.TrueFalseOptions(true)}
	if err := trainer.Quiz().SaveQuestion(ctx, q); err != nil {
		t.Fatal(err)
	}
	opt := PackOptions{Title: "Học tập Nghị quyết 15", Unit: "Ban Tuyên giáo Quận ủy", ID: "nq15", Version: 1,
		Documents: []int64{nq, hd}, Banks: true, Key: "khoá chung của đơn vị"}
	data := packOf(t, trainer, opt)

	p, err := ReadPack(data, "khoá chung của đơn vị")
	if err != nil || !p.Signed || !p.Verified || len(p.Manifest.Documents) != 2 || len(p.Manifest.Banks) != 1 {
		t.Fatalf("%v %+v", err, p)
	}
	if p, _ := ReadPack(data, "khoá khác"); !p.Signed || p.Verified {
		t.Errorf("a wrong key verified the pack")
	}

	learner := openTemp(t)
	addDoc(t, learner, "Hướng dẫn thực hiện Nghị quyết 15", "Các chi bộ báo cáo kết quả hằng quý.") // already there
	rep, err := learner.ImportPack(ctx, p)
	if err != nil || rep.Added != 1 || rep.Linked != 1 || rep.Questions != 1 {
		t.Fatalf("%v %+v", err, rep)
	}
	docs, _ := learner.Documents(ctx)
	if len(docs) != 2 {
		t.Fatalf("%d documents", len(docs))
	}
	var mine int64
	for _, d := range docs {
		if strings.HasPrefix(d.Title, "Nghị quyết") {
			mine = d.ID
		}
	}
	if _, err := learner.AddNote(ctx, Note{DocumentID: mine, Kind: NoteHighlight, Start: 0, End: 8, Color: "yellow", Body: "của tôi"}); err != nil {
		t.Fatal(err)
	}
	if rep, err := learner.ImportPack(ctx, p); err != nil || rep.Added != 0 || rep.Questions != 0 {
		t.Errorf("the same pack again: %v %+v", err, rep)
	}

	q2 := &quiz.Question{BankID: bank.ID, Type: quiz.TrueFalse, Stem: "Các chi bộ báo cáo kết quả hằng tháng.", Options: quiz.TrueFalseOptions(false)}
	if err := trainer.Quiz().SaveQuestion(ctx, q2); err != nil {
		t.Fatal(err)
	}
	opt.Version = 2
	p2, err := ReadPack(packOf(t, trainer, opt), opt.Key)
	if err != nil {
		t.Fatal(err)
	}
	if rep, err := learner.ImportPack(ctx, p2); err != nil || rep.Added != 0 || rep.Questions != 1 {
		t.Errorf("version 2: %v %+v", err, rep)
	}
	notes, _ := learner.Notes(ctx, NoteFilter{})
	if len(notes) != 1 || notes[0].Body != "của tôi" {
		t.Errorf("the learner's notes after the update: %+v", notes)
	}
	banks, _ := learner.Quiz().Banks(ctx)
	if len(banks) != 1 || banks[0].Questions != 2 {
		t.Errorf("banks after the update: %+v", banks)
	}
}

// rezip rebuilds a pack with its entries changed by edit (name → data;
// returning "" drops the entry), and extra entries added.
func rezip(t *testing.T, data []byte, edit func(name string, b []byte) (string, []byte), extra map[string]string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, _ := f.Open()
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		name, body := f.Name, b.Bytes()
		if edit != nil {
			name, body = edit(name, body)
		}
		if name == "" {
			continue
		}
		w, _ := zw.Create(name)
		w.Write(body)
	}
	for n, b := range extra {
		h := &zip.FileHeader{Name: strings.TrimSuffix(n, "@link")}
		if strings.HasSuffix(n, "@link") {
			h.SetMode(0o777 | 1<<27) // os.ModeSymlink
		}
		w, _ := zw.CreateHeader(h)
		w.Write([]byte(b))
	}
	zw.Close()
	return buf.Bytes()
}

// withManifest rewrites pack.json through change and lists extra files in
// it with their true sizes and hashes.
func withManifest(change func(*PackManifest)) func(string, []byte) (string, []byte) {
	return func(name string, b []byte) (string, []byte) {
		if name != packManifestName {
			return name, b
		}
		var m PackManifest
		json.Unmarshal(b, &m)
		change(&m)
		out, _ := json.Marshal(m)
		return name, out
	}
}

// A pack is untrusted: each hostile one is refused with a clear code and
// nothing comes into the library.
func TestPackRefusesHostilePacks(t *testing.T) {
	ctx := context.Background()
	src := openTemp(t)
	id := addDoc(t, src, "Nghị quyết", "Nội dung nghị quyết.")
	good := packOf(t, src, PackOptions{Title: "Gói", Unit: "Đơn vị", Documents: []int64{id}})
	listed := func(name, body string) func(*PackManifest) {
		sum := sha256.Sum256([]byte(body))
		return func(m *PackManifest) {
			m.Files = append(m.Files, PackFile{Name: name, Size: int64(len(body)), SHA256: hex.EncodeToString(sum[:])})
		}
	}
	many := map[string]string{}
	for i := range 10000 {
		many[fmt.Sprintf("documents/x%05d.json", i)] = "[]"
	}
	cases := map[string][]byte{
		"unlisted entry": rezip(t, good, nil, map[string]string{"documents/them.json": `["chen vao"]`}),
		"climbs out":     rezip(t, good, withManifest(listed("../../thoat.txt", "x")), map[string]string{"../../thoat.txt": "x"}),
		"absolute path":  rezip(t, good, withManifest(listed("/etc/cron.d/x", "x")), map[string]string{"/etc/cron.d/x": "x"}),
		"drive letter":   rezip(t, good, nil, map[string]string{"C:/x.txt": "x"}),
		"backslashes":    rezip(t, good, nil, map[string]string{`documents\..\x.json`: "x"}),
		"symbolic link":  rezip(t, good, withManifest(listed("documents/lk", "/etc/passwd")), map[string]string{"documents/lk@link": "/etc/passwd"}),
		"a name twice":   rezip(t, good, nil, map[string]string{"Pack.json": "{}"}),
		"size that lies": rezip(t, good, withManifest(func(m *PackManifest) { m.Files[0].Size++ }), nil),
		"hash that lies": rezip(t, good, func(n string, b []byte) (string, []byte) {
			if strings.HasPrefix(n, "documents/") {
				return n, []byte(`["văn bản đã bị sửa"]`)
			}
			return n, b
		}, nil),
		"no manifest": rezip(t, good, func(n string, b []byte) (string, []byte) {
			if n == packManifestName {
				return "", nil
			}
			return n, b
		}, nil),
		"ten thousand": rezip(t, good, nil, many),
		"truncated":    good[:len(good)/2],
		"bomb":         rezip(t, good, nil, map[string]string{"documents/bom.json": strings.Repeat(" ", 32<<20)}),
	}
	dst := openTemp(t)
	for name, data := range cases {
		_, err := ReadPack(data, "")
		if err == nil {
			t.Errorf("%s: read", name)
			continue
		}
		if code := Code(err); code != "bad_pack" {
			t.Errorf("%s: code %s (%v)", name, code, err)
		}
	}
	newer := rezip(t, good, withManifest(func(m *PackManifest) { m.Format = PackFormat + 1 }), nil)
	if _, err := ReadPack(newer, ""); !errors.Is(err, ErrNewerPack) || Code(err) != "pack_newer" {
		t.Errorf("newer pack: %v", err)
	}
	if docs, _ := dst.Documents(ctx); len(docs) != 0 {
		t.Errorf("documents came in: %d", len(docs))
	}
}
