package library

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"sotay/internal/textfile"
	"sotay/internal/vanban"
	"sotay/library/quiz/formats"
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
			Sections: sectionsOf(vanban.Outline(pages, nil)),
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
	if err := l.addSampleQuestions(ctx, fsys); err != nil {
		return added, err
	}
	return added, nil
}

// SampleBank is the name of the bank of sample questions.
const SampleBank = "Câu hỏi mẫu"

// addSampleQuestions imports the sample question bank (sampleQuestions, in
// the Vietnamese text format, each question quoting its passage) into
// SampleBank; questions already there are left alone.
func (l *Library) addSampleQuestions(ctx context.Context, fsys fs.FS) error {
	data, err := fs.ReadFile(fsys, sampleQuestions)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("sample questions: %w", err)
	}
	_, items, err := formats.Parse(sampleQuestions, data)
	if err != nil {
		return fmt.Errorf("sample questions: %w", err)
	}
	bank, err := l.quiz.BankNamed(ctx, SampleBank)
	if err != nil {
		return fmt.Errorf("sample questions: %w", err)
	}
	if _, err := l.quiz.Import(ctx, bank, items); err != nil {
		return fmt.Errorf("sample questions: %w", err)
	}
	return nil
}

const sampleQuestions = "cau-hoi-mau.txt"
