package draft

import (
	"os"
	"testing"
)

func TestDbg6(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("DBG"))
	if err != nil {
		t.Skip()
	}
	g := newDrafter(Source{Title: "Nghị quyết 74/NQ-CP của Chính phủ về Kế hoạch sắp xếp đơn vị hành chính", Pages: []string{string(b)}})
	t.Log("ref", g.ref)
	var all []fact
	for _, l := range g.lines {
		if !l.body {
			continue
		}
		all = append(all, lineFacts(l, "")...)
	}
	for _, f := range all {
		if f.kind == DraftTime {
			t.Logf("%s %q worth=%v wrong=%d | %.80s", f.shape, f.answer, worthAsking(f, all, false), len(distractors(f, all, 2025)), f.clause)
		}
	}
}
