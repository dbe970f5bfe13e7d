package library

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestFindCitations(t *testing.T) {
	text := "Căn cứ Nghị quyết số 08-NQ/QU ngày 20 tháng 7 năm 2020 của Ban Thường vụ Quận ủy; thay thế Chỉ thị số 05-CT/TW. " +
		"Thực hiện NQ 15 của Quận ủy và Quyết định 123/QĐ-UBND ngày 3/2/2021. Năm 2025 đạt 100%. Theo Tờ trình số 41-TTr/BTG."
	got := map[string]citation{}
	for _, c := range findCitations(text) {
		got[c.number+"|"+c.prefix] = c
	}
	want := map[string]citation{
		"8-nq/qu|8-nq":            {kind: RelBasis, date: "2020-07-20", issuer: "Ban Thường vụ Quận ủy"},
		"5-ct/tw|5-ct":            {kind: RelReplaces},
		"|15-nq":                  {kind: RelGuides},
		"123/qd-ubnd|123/qd-ubnd": {date: "2021-02-03"},
		"41-ttr/btg|41-ttr":       {},
	}
	for k, w := range want {
		c, ok := got[k]
		switch {
		case !ok:
			t.Errorf("%s not found in %v", k, got)
		case w.kind != "" && c.kind != w.kind, c.date != w.date, w.issuer != "" && c.issuer != w.issuer:
			t.Errorf("%s: %+v, want %+v", k, c, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d citations, want %d: %v", len(got), len(want), got)
	}
}

// A document citing another is linked to it when both are in the
// library, whichever came first; a citation to a document not in the
// library links nothing; the date, where both have one, must agree.
func TestRelationsFromCitations(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	add := func(d NewDocument) int64 {
		res, err := lib.Add(ctx, []NewDocument{d})
		if err != nil || res[0].Err != nil {
			t.Fatal(err, res)
		}
		return res[0].ID
	}
	plan := add(NewDocument{Title: "Kế hoạch thực hiện", Kind: "Kế hoạch", Number: "20-KH/QU", Pages: []string{
		"Số 20-KH/QU\nThực hiện Nghị quyết số 08-NQ/QU ngày 20 tháng 7 năm 2020 của Ban Thường vụ Quận ủy; căn cứ Chỉ thị số 05-CT/TW; Nghị quyết số 99-NQ/TW."}})
	if rs, _ := lib.Relations(ctx, plan); len(rs) != 0 {
		t.Fatalf("relations before the cited documents came: %+v", rs)
	}
	nq := add(NewDocument{Title: "Nghị quyết về chuyển đổi số", Kind: "Nghị quyết", Number: "08-NQ/QU", IssuedOn: "2020-07-20", Issuer: "Quận ủy Hồng Tiến", Pages: []string{"Nội dung."}})
	other := add(NewDocument{Title: "Nghị quyết khác cùng số", Kind: "Nghị quyết", Number: "08-NQ/QU", IssuedOn: "2019-01-01", Pages: []string{"Khác."}})
	ct := add(NewDocument{Title: "Chỉ thị", Kind: "Chỉ thị", Number: "05-CT/TW", Pages: []string{"Chỉ thị."}})
	rs, err := lib.Relations(ctx, plan)
	if err != nil {
		t.Fatal(err)
	}
	to := map[int64]string{}
	for _, r := range rs {
		if r.Incoming || !r.Detected {
			t.Errorf("%+v", r)
		}
		to[r.Other.ID] = r.Kind
	}
	if to[nq] != RelGuides || to[ct] != RelBasis || len(to) != 2 {
		t.Errorf("relations %v (nq %d, ct %d, other %d)", to, nq, ct, other)
	}
	if miss, _ := lib.Unresolved(ctx, plan); len(miss) != 1 || miss[0] != "Nghị quyết số 99-NQ/TW" {
		t.Errorf("unresolved: %q", miss)
	}
	in, _ := lib.Relations(ctx, nq)
	if len(in) != 1 || !in[0].Incoming || in[0].Other.ID != plan {
		t.Errorf("cited by: %+v", in)
	}
	// By hand, and after a reopen of a library made before citations.
	if err := lib.SetRelation(ctx, ct, nq, RelCites); err != nil {
		t.Fatal(err)
	}
	lib.db.Write.ExecContext(ctx, `DELETE FROM meta WHERE key = 'citations'`)
	lib.db.Write.ExecContext(ctx, `DELETE FROM relations WHERE detected = 1`)
	if err := lib.ensureCitations(ctx); err != nil {
		t.Fatal(err)
	}
	if rs, _ := lib.Relations(ctx, plan); len(rs) != 2 {
		t.Errorf("after rebuilding citations: %d relations", len(rs))
	}
	if rs, _ := lib.Relations(ctx, ct); len(rs) != 2 {
		t.Errorf("the relation set by hand was lost: %+v", rs)
	}
}

// BenchmarkFindCitationsCorpus runs the citation finder over the shared
// news corpus (its share of an import: issue 17 wants < 10 %).
func BenchmarkFindCitationsCorpus(b *testing.B) {
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		b.Skip("the shared corpus is not beside the repository: " + err.Error())
	}
	var texts []string
	size := 0
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(corpusDir, e.Name()))
		if err == nil {
			texts = append(texts, string(data))
			size += len(data)
		}
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		n := 0
		for _, t := range texts {
			n += len(findCitations(t))
		}
		b.ReportMetric(float64(n), "citations")
	}
}
