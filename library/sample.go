package library

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"

	"sotay/internal/textfile"
)

// sampleEntry describes one document of the sample library in manifest.json.
type sampleEntry struct {
	File     string   `json:"file"`
	Title    string   `json:"title"`
	Kind     string   `json:"kind"`
	Number   string   `json:"number"`
	Issuer   string   `json:"issuer"`
	IssuedOn string   `json:"issued_on"`
	Tags     []string `json:"tags"`
}

// AddSamples adds the sample library found in fsys (manifest.json plus one
// UTF-8 text file per document, pages separated by form feeds) in one
// transaction. Samples already present are left alone, so calling it twice
// adds nothing the second time. It returns how many documents were added.
func (l *Library) AddSamples(ctx context.Context, fsys fs.FS) (int, error) {
	manifest, err := fs.ReadFile(fsys, "manifest.json")
	if err != nil {
		return 0, fmt.Errorf("sample library: %w", err)
	}
	var entries []sampleEntry
	if err := json.Unmarshal(manifest, &entries); err != nil {
		return 0, fmt.Errorf("sample library manifest: %w", err)
	}
	docs := make([]NewDocument, 0, len(entries))
	for _, e := range entries {
		data, err := fs.ReadFile(fsys, e.File)
		if err != nil {
			return 0, fmt.Errorf("sample library: %w", err)
		}
		text, err := textfile.Decode(data)
		if err != nil {
			return 0, fmt.Errorf("sample %s: %w", e.File, err)
		}
		pages := strings.Split(strings.TrimSpace(text), "\f")
		for i := range pages {
			pages[i] = strings.Trim(pages[i], "\n")
		}
		docs = append(docs, NewDocument{
			Title: e.Title, Kind: e.Kind, Number: e.Number, Issuer: e.Issuer, IssuedOn: e.IssuedOn,
			SourcePath: "sample:" + e.File, Format: "sample", Pages: pages, Tags: e.Tags,
		})
	}
	results, err := l.Add(ctx, docs)
	if err != nil {
		return 0, fmt.Errorf("sample library: %w", err)
	}
	added := 0
	for _, r := range results {
		if r.Status == StatusImported {
			added++
		}
	}
	return added, nil
}
