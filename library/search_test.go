package library

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sotay/assets"
	"strings"
	"testing"
)

// searchDocs is a small library written for these tests: short texts in
// the style of Party documents and local news, chosen so that folded
// queries are ambiguous.
var searchDocs = []NewDocument{
	{Title: "Nghị quyết Đại hội Đảng bộ quận Tây Giang lần thứ IX", Kind: "Nghị quyết", Number: "15-NQ/QU",
		IssuedOn: "2025-03-12", Issuer: "Quận ủy Tây Giang", Tags: []string{"đại hội"},
		Pages: []string{"Đại hội đại biểu Đảng bộ quận lần thứ IX đã thông qua nghị quyết về chuyển đổi số và cải cách hành chính.\nĐảng bộ quận lãnh đạo xây dựng chính quyền số."}},
	{Title: "Hướng dẫn sinh hoạt chi bộ", Kind: "Hướng dẫn", Number: "08-HD/BTCQU", IssuedOn: "2024-06-01",
		Pages: []string{"Chi bộ sinh hoạt định kỳ mỗi tháng một lần. Bí thư chi bộ chuẩn bị nội dung, đảng viên đang bỏ dở việc học cần được nhắc nhở.", "Trang hai: chuyển giao nhiệm vụ, đổi mới nội dung, số lượng đảng viên."}},
	{Title: "Đà Nẵng đón khách du lịch", Kind: "Tin", IssuedOn: "2023-04-02",
		Pages: []string{"Đà Nẵng đón hơn một triệu lượt khách. Thành phố Đà Nẵng đầu tư cho biển."}},
	{Title: "Ngày hội ở Đà Nẵng", Kind: "Tin", IssuedOn: "2023-05-02",
		Pages: []string{"Người dân Đà Nẵng vui ngày hội."}},
	{Title: "Mùa mưa", Kind: "Tin", IssuedOn: "2022-09-09",
		Pages: []string{"Chiếc xe đã nặng hơn khi chở đầy hàng qua đèo."}},
	{Title: "Bảo vệ chủ quyền biển Đông", Kind: "Tin", IssuedOn: "2023-07-07",
		Pages: []string{"Ngư dân vững vàng bám biển Đông, giữ gìn chủ quyền biển đảo."}},
	{Title: "Giá vàng biến động", Kind: "Tin", IssuedOn: "2023-07-08",
		Pages: []string{"Thị trường vàng biến động mạnh trong tuần."}},
	{Title: "Thư gửi cán bộ năm 2003", Kind: "Thư", IssuedOn: "2003-01-15", Issuer: "Huyện uỷ",
		Pages: []string{"Huyện uỷ gửi lời chúc hoà bình, ấm no tới toàn thể cán bộ."}},
	{Title: "Vì hòa bình", Kind: "Tin", IssuedOn: "2024-01-01",
		Pages: []string{"Nhân dân mong muốn hòa bình, Ủy ban nhân dân tổ chức mít tinh."}},
	{Title: "Con thuyền và dòng sông", Kind: "Tin", IssuedOn: "2021-02-02",
		Pages: []string{"Con thuyền đã trôi theo đà nước. Đa số người dân ở lại."}},
}

func searchLib(t testing.TB) *Library {
	t.Helper()
	lib, err := Open(context.Background(), filepath.Join(t.TempDir(), "sotay.db"), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	docs := slices.Clone(searchDocs)
	for i := range docs {
		docs[i].Pages = slices.Clone(docs[i].Pages)
		docs[i].SourcePath = fmt.Sprintf("/tai-lieu/%02d.txt", i+1)
	}
	if _, err := lib.Add(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return lib
}

func search(t *testing.T, lib *Library, q string) *SearchResult {
	t.Helper()
	res, err := lib.Search(context.Background(), q, SearchOptions{Limit: 20})
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return res
}

func titles(res *SearchResult) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.Title)
	}
	return out
}

func TestSearchFoldsCaseMarksAndD(t *testing.T) {
	lib := searchLib(t)
	for _, q := range []string{"nghi quyet dai hoi", "NGHỊ QUYẾT ĐẠI HỘI", "Nghị quyết Đại hội", "dang bo quan", "ĐẢNG BỘ QUẬN", "15-NQ/QU", "15 nq qu"} {
		res := search(t, lib, q)
		if len(res.Hits) == 0 || res.Hits[0].Number != "15-NQ/QU" {
			t.Errorf("%q: got %q, want the resolution 15-NQ/QU first", q, titles(res))
		}
	}
}

func TestSearchWordsArePhrasesThenNearThenAll(t *testing.T) {
	lib := searchLib(t)
	// "chuyển đổi số" is a phrase in the resolution; the guide has the
	// three words far apart on its second page.
	res := search(t, lib, "chuyen doi so")
	if res.Mode != "phrase" || res.Total != 1 || res.Hits[0].Number != "15-NQ/QU" {
		t.Fatalf("chuyen doi so: mode %q total %d %q", res.Mode, res.Total, titles(res))
	}
	// No document has "nhiệm vụ chuyển giao" as typed: the words are near
	// each other in the guide.
	res = search(t, lib, "nhiem vu chuyen giao")
	if res.Mode != "near" || res.Total != 1 || res.Hits[0].Number != "08-HD/BTCQU" {
		t.Fatalf("near: mode %q total %d %q", res.Mode, res.Total, titles(res))
	}
	// Words in the document but far apart: all words.
	res = search(t, lib, "chi bo so luong hoc")
	if res.Mode != "all" || res.Total != 1 {
		t.Fatalf("all: mode %q total %d %q", res.Mode, res.Total, titles(res))
	}
	// A quoted phrase is never loosened.
	if res := search(t, lib, `"nhiem vu chuyen giao"`); res.Total != 0 {
		t.Fatalf("quoted phrase loosened: %q", titles(res))
	}
}

func TestSearchRanksExactMarkedFormFirst(t *testing.T) {
	lib := searchLib(t)
	cases := []struct{ q, first string }{
		{"đã nặng", "Mùa mưa"},
		{"biến động", "Giá vàng biến động"},
		{"biển Đông", "Bảo vệ chủ quyền biển Đông"},
		{"đà nước", "Con thuyền và dòng sông"},
		{"đa số", "Con thuyền và dòng sông"},
	}
	for _, c := range cases {
		res := search(t, lib, c.q)
		if len(res.Hits) == 0 || res.Hits[0].Title != c.first || !res.Hits[0].Exact {
			t.Errorf("%q: got %q, want %q first and exact", c.q, titles(res), c.first)
		}
	}
	// "đà" is in Đà Nẵng and in "theo đà nước", not in "đã nặng" or "Đại".
	for _, h := range search(t, lib, "đà").Hits {
		want := strings.Contains(h.Title, "Đà Nẵng") || h.Title == "Con thuyền và dòng sông"
		if h.Exact != want {
			t.Errorf("đà: %q exact %v", h.Title, h.Exact)
		}
	}
}

func TestSearchWithoutMarksPrefersTheLibrarysUsualForm(t *testing.T) {
	lib := searchLib(t)
	// Two documents say Đà Nẵng (in their titles too), one says "đã nặng".
	res := search(t, lib, "da nang")
	if res.Total != 3 {
		t.Fatalf("da nang: total %d, want every folded match (3)", res.Total)
	}
	for i, h := range res.Hits[:2] {
		if !strings.Contains(h.Title, "Đà Nẵng") || !h.Exact {
			t.Errorf("da nang: hit %d is %q (exact %v), want an Đà Nẵng document", i, h.Title, h.Exact)
		}
	}
	if last := res.Hits[len(res.Hits)-1]; last.Title != "Mùa mưa" || last.Exact {
		t.Errorf("da nang: %q last (exact %v), want the đã nặng text last", last.Title, last.Exact)
	}
}

func TestSearchHalfMarkedQueryFindsTheFormThatAgrees(t *testing.T) {
	lib := searchLib(t)
	// Typed with marks on "đa" only: no text has "đa so", so the form
	// that agrees with what was typed ("Đa số") ranks first as exact.
	res := search(t, lib, "đa so")
	if len(res.Hits) == 0 || res.Hits[0].Title != "Con thuyền và dòng sông" || !res.Hits[0].Exact {
		t.Errorf("đa so: %q", titles(res))
	}
}

func TestSearchOldAndNewTonePlacementAreOneWord(t *testing.T) {
	lib := searchLib(t)
	for _, q := range []string{"hoà bình", "hòa bình", "huyện ủy", "Huyện uỷ"} {
		res := search(t, lib, q)
		if len(res.Hits) == 0 || !res.Hits[0].Exact {
			t.Errorf("%q: %q, want an exact hit", q, titles(res))
		}
	}
	if got := search(t, lib, "hoà bình"); got.Total != 2 || !got.Hits[1].Exact {
		t.Errorf("hoà bình: %q, want both spellings as exact hits", titles(got))
	}
}

func TestSearchSyntax(t *testing.T) {
	lib := searchLib(t)
	total := func(q string) int { return search(t, lib, q).Total }
	if n := total("dang bo"); n != 2 {
		t.Fatalf("dang bo: %d", n)
	}
	if n := total("dang bo -chi"); n != 1 {
		t.Errorf("-word: %d, want 1", n)
	}
	if n := total(`dang bo -"chi bo"`); n != 1 {
		t.Errorf(`-"phrase": %d, want 1`, n)
	}
	if n := total("biển Đông OR biến động"); n != 2 {
		t.Errorf("OR: %d, want 2", n)
	}
	if n := total("bien dong loai:tin"); n != 2 {
		t.Errorf("kind filter: %d, want 2", n)
	}
	if n := total("dang bo nam:2025"); n != 1 {
		t.Errorf("year filter: %d, want 1", n)
	}
	if n := total("cán bộ coquan:huyen-uy"); n != 1 {
		t.Errorf("issuer filter: %d, want 1", n)
	}
	if n := total("the:\"dai hoi\""); n != 1 {
		t.Errorf("tag filter alone: %d, want 1", n)
	}
	if n := total("dang bo loai:thong-tu"); n != 0 {
		t.Errorf("unknown kind: %d, want 0", n)
	}
	res, err := lib.Search(context.Background(), "bien", SearchOptions{Filters: Filters{Year: 2023, Kind: "tin"}})
	if err != nil || res.Total != 3 {
		t.Errorf("option filters: %v, %d", err, res.Total)
	}
}

func TestSearchNeverFailsOnOddInput(t *testing.T) {
	lib := searchLib(t)
	odd := []string{`"`, `""`, `*`, `dang*`, `(`, `)`, `(dang`, `NEAR`, `NEAR(dang bo)`, `AND`, `OR`, `NOT`, `-`, `- -`, `--dang`,
		`"dang`, `{body}: dang`, `body:dang`, `dang:`, `:`, `^dang`, `'`, `\`, "\x00\x01\x02dang\x7f", "\ufeff", "đ\u0301",
		strings.Repeat("đảng bộ ", 1300), strings.Repeat("a", 10000), "\xff\xfe", `loai:`, `nam:abc`, `nam:99999999999`,
		"OR OR OR", "dang OR", "OR dang", `-"`, `the:"`, "NOT NOT", "dang NOT"}
	for _, q := range odd {
		if _, err := lib.Search(context.Background(), q, SearchOptions{}); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
}

func FuzzSearch(f *testing.F) {
	lib := searchLib(f)
	for _, s := range []string{"nghi quyet", `"đảng bộ" -chi OR x`, "loai:tin nam:2023", "NEAR(a b)", "ddeef ans"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		res, err := lib.Search(context.Background(), q, SearchOptions{Limit: 5})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if len(res.Hits) > 5 || res.Total < len(res.Hits) && res.Mode != "filter" {
			t.Fatalf("Search(%q): %d hits of %d", q, len(res.Hits), res.Total)
		}
		for _, h := range res.Hits {
			for _, m := range h.Snippet.Marks {
				if m.Start < 0 || m.End > len(h.Snippet.Text) || m.Start >= m.End {
					t.Fatalf("Search(%q): bad mark %v in %q", q, m, h.Snippet.Text)
				}
			}
		}
	})
}

func TestSearchReadsTelexAndVNI(t *testing.T) {
	lib := searchLib(t)
	want := search(t, lib, "đảng bộ")
	for _, q := range []string{"ddangr booj", "d9a3ng bo65", "dangdr bojo"} { // the last: Unikey's shape keys typed late
		res := search(t, lib, q)
		if res.Interpreted != "đảng bộ" {
			t.Errorf("%q: interpreted as %q", q, res.Interpreted)
		}
		if !slices.Equal(titles(res), titles(want)) {
			t.Errorf("%q: %q, want %q", q, titles(res), titles(want))
		}
	}
	// Plain unmarked words stay as typed.
	if res := search(t, lib, "dang bo"); res.Interpreted != "" {
		t.Errorf("dang bo interpreted as %q", res.Interpreted)
	}
}

func TestSnippetsComeFromTheOriginalText(t *testing.T) {
	lib := searchLib(t)
	res := search(t, lib, "dai bieu dang bo")
	if len(res.Hits) == 0 {
		t.Fatal("no hits")
	}
	h := res.Hits[0]
	if len(h.Snippet.Marks) == 0 {
		t.Fatalf("no marks in %q", h.Snippet.Text)
	}
	for _, m := range h.Snippet.Marks {
		if got := h.Snippet.Text[m.Start:m.End]; got != "đại biểu Đảng bộ" {
			t.Errorf("mark %q in %q, want the original words", got, h.Snippet.Text)
		}
	}
	if h.Path != "/tai-lieu/01.txt" {
		t.Errorf("path %q", h.Path)
	}
	// The matcher finds the same words in any text, at byte offsets.
	text := "Ngày 5, ĐẠI BIỂU Đảng bộ họp; đại biểu, đảng bộ kết thúc."
	spans := res.Matcher.Find(text)
	if len(spans) != 2 || text[spans[0].Start:spans[0].End] != "ĐẠI BIỂU Đảng bộ" || text[spans[1].Start:spans[1].End] != "đại biểu, đảng bộ" {
		t.Errorf("Find: %v", spans)
	}
}

func TestIndexFollowsDeleteEditAndReindex(t *testing.T) {
	ctx := context.Background()
	lib := searchLib(t)
	res := search(t, lib, `"vang bien dong"`)
	if res.Total != 1 {
		t.Fatalf("total %d", res.Total)
	}
	id := res.Hits[0].ID
	if err := lib.UpdateMetadata(ctx, id, Metadata{Title: "Thị trường kim loại quý", Kind: "Tin"}); err != nil {
		t.Fatal(err)
	}
	if res := search(t, lib, "kim loai quy"); res.Total != 1 || res.Hits[0].ID != id {
		t.Errorf("after edit: %q", titles(res))
	}
	if res := search(t, lib, "gia vang"); res.Total != 0 {
		t.Errorf("old title still found: %q", titles(res))
	}
	if err := lib.Delete(ctx, id); err != nil {
		t.Fatal(err)
	}
	if res := search(t, lib, `"vang bien dong"`); res.Total != 0 {
		t.Errorf("deleted document still found: %q", titles(res))
	}
	if err := lib.Delete(ctx, id); Code(err) != "not_found" {
		t.Errorf("second delete: %v", err)
	}
	if err := lib.UpdateMetadata(ctx, id, Metadata{Title: "x"}); Code(err) != "not_found" {
		t.Errorf("edit of deleted: %v", err)
	}
	if err := lib.UpdateMetadata(ctx, 1, Metadata{Title: "  "}); Code(err) != "empty_title" {
		t.Errorf("empty title: %v", err)
	}
	before := titles(search(t, lib, "dang bo"))
	var last IndexProgress
	if err := lib.Reindex(ctx, func(p IndexProgress) { last = p }); err != nil {
		t.Fatal(err)
	}
	if last.Done != len(searchDocs)-1 || last.Total != last.Done {
		t.Errorf("progress %+v", last)
	}
	if after := titles(search(t, lib, "dang bo")); !slices.Equal(before, after) {
		t.Errorf("after reindex %q, before %q", after, before)
	}
}

func TestOpenRebuildsAStaleIndex(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "sotay.db")
	lib, err := Open(ctx, path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Add(ctx, []NewDocument{{Title: "Nghị quyết", Pages: []string{"Đảng bộ xã Hòa Phú"}}}); err != nil {
		t.Fatal(err)
	}
	lib.Close()
	// As a library made by a build with other folding rules, or whose
	// index was lost.
	rawExec(t, path, "INSERT INTO search (search) VALUES ('delete-all')",
		"INSERT INTO search_marked (search_marked) VALUES ('delete-all')",
		"UPDATE meta SET value = 'old' WHERE key = 'index_version'")
	lib, err = Open(ctx, path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if res := search(t, lib, "hoa phu"); res.Total != 1 {
		t.Errorf("after reopening: %d hits", res.Total)
	}
}

func TestImportIndexesTheFiles(t *testing.T) {
	lib := openTemp(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Thông báo kết luận\nBan Thường vụ Quận ủy thống nhất chủ trương."})
	importAll(t, lib, dir)
	res := search(t, lib, "ban thuong vu quan uy")
	if res.Total != 1 || res.Hits[0].Title != "Thông báo kết luận" || filepath.Base(res.Hits[0].Path) != "a.txt" {
		t.Errorf("%+v", res.Hits)
	}
}

// A cancelled search returns at once with context.Canceled, without waiting
// for its count.
func TestSearchCancelled(t *testing.T) {
	lib := searchLib(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := lib.Search(ctx, "dai bieu dang bo", SearchOptions{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
}

// With LazyCount the first page comes back before the count of every
// match, which CountLater then gives: the same number as without.
func TestSearchLazyCount(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	if _, err := lib.AddSamples(ctx, assets.Samples()); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"chuyen doi so", "chi bộ", "không có cụm này đâu"} {
		full, err := lib.Search(ctx, q, SearchOptions{})
		if err != nil {
			t.Fatal(err)
		}
		lazy, err := lib.Search(ctx, q, SearchOptions{LazyCount: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(lazy.Hits) != len(full.Hits) {
			t.Errorf("%q: %d hits lazily, %d not", q, len(lazy.Hits), len(full.Hits))
		}
		total := lazy.Total
		if total < 0 {
			if total, err = lazy.CountLater(); err != nil {
				t.Fatal(err)
			}
		}
		if total != full.Total {
			t.Errorf("%q: counted %d lazily, %d not", q, total, full.Total)
		}
	}
}
