package draft

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"sotay/internal/vanban"
)

// The issue's own resolutions, as a news site gives them (one long line,
// structure flattened), yield at least 25 drafts each (issue 21, part 2):
// the 8,110-word 11-NQ/TW and the 6,730-word 12-NQ/TW. Read from
// ../shared/corpus at test time; skipped without it. (Round 130's rule on
// viewpoint counts took 12-NQ/TW to 24 before a Party resolution kept
// its count.)
func TestCorpusResolutionsCoverage(t *testing.T) {
	for _, name := range []string{"22453204.txt", "22460771.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "corpus", "vinews-baomoi", "docs", name))
		if err != nil {
			t.Skipf("the shared corpus is not here: %v", err)
		}
		text := vanban.Unflatten(string(data))
		m := vanban.ReadMeta(text)
		src := Source{DocumentID: 1, Title: m.Title, Kind: m.Kind, Number: m.Number, Issuer: m.Issuer, IssuedOn: m.IssuedOn,
			Pages: []string{text}, Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
		if n := len(Drafts(src)); n < 25 {
			t.Errorf("%s (%s): %d drafts, want at least 25", name, m.Number, n)
		}
	}
}
