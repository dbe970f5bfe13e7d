package main

import (
	"context"
	"encoding/json"
	"fmt"

	"sotay/library/quiz"
)

// draftJSON is one line of quiz generate --json.
type draftJSON struct {
	Kind        string       `json:"kind"`
	KindName    string       `json:"kind_name"`
	Type        quiz.Type    `json:"type"`
	Stem        string       `json:"stem"`
	Options     []optionJSON `json:"options"`
	Explanation string       `json:"explanation"`
	Difficulty  int          `json:"difficulty"`
	Passage     *passageJSON `json:"passage,omitempty"`
}

type optionJSON struct {
	Text    string `json:"text"`
	Correct bool   `json:"correct"`
}

type passageJSON struct {
	DocumentID int64  `json:"document_id"`
	Page       int    `json:"page"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Quote      string `json:"quote"`
}

// runQuizGenerate proposes questions from a document. They are printed
// for the trainer to review (in the Vietnamese text format, which `quiz
// import` reads back once edited); --bank saves them all at once.
func runQuizGenerate(ctx context.Context, e *env, args []string) int {
	fs := e.flags("quiz generate")
	bankName := fs.String("bank", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	lib, doc, code := e.openDocument(ctx, "quiz generate", pos)
	if lib == nil {
		return code
	}
	defer lib.Close()
	drafts, err := lib.DraftQuestions(ctx, doc.ID)
	if err != nil {
		return e.fail(err)
	}
	if *bankName != "" {
		bank, err := lib.Quiz().BankNamed(ctx, *bankName)
		if err != nil {
			return e.fail(err)
		}
		items := make([]quiz.Item, len(drafts))
		for i := range drafts {
			q := drafts[i].Question
			items[i] = quiz.Item{Line: i + 1, Q: &q}
		}
		rep, err := lib.Quiz().Import(ctx, bank, items)
		if err != nil {
			return e.fail(err)
		}
		added := rep.Count(quiz.Imported)
		if e.json {
			return e.encode(map[string]any{"document": doc.ID, "bank": bank.ID, "drafts": len(drafts), "imported": added, "duplicates": len(drafts) - added})
		}
		fmt.Fprintln(e.stdout, e.msg.T("quiz.cli.generated_saved", map[string]any{"N": added, "Drafts": len(drafts), "Bank": bank.Name}))
		return 0
	}
	if e.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, d := range drafts {
			q := d.Question
			row := draftJSON{Kind: string(d.Kind), KindName: d.Kind.Name(), Type: q.Type, Stem: q.Stem,
				Explanation: q.Explanation, Difficulty: q.Difficulty, Options: []optionJSON{}}
			for _, o := range q.Options {
				row.Options = append(row.Options, optionJSON{o.Text, o.Correct})
			}
			if p := q.Passage; p != nil {
				row.Passage = &passageJSON{p.DocumentID, p.Page, p.Start, p.End, p.Quote}
			}
			if err := enc.Encode(row); err != nil {
				return e.fail(err)
			}
		}
		return 0
	}
	qs := make([]*quiz.Question, len(drafts))
	for i := range drafts {
		qs[i] = &drafts[i].Question
	}
	if err := quiz.WriteVNText(e.stdout, qs); err != nil {
		return e.fail(err)
	}
	return 0
}
