package quiz_test

import (
	"bytes"
	"context"
	"testing"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
	"sotay/library/quiz/quiztest"
)

// BenchmarkImportXLSX5000 reads and stores a 5,000-question spreadsheet
// (target < 3 s).
func BenchmarkImportXLSX5000(b *testing.B) { benchImport(b, formats.XLSX) }

// benchImport reads and stores a 5,000-question bank exported as f, each
// round into a fresh library.
func benchImport(b *testing.B, f formats.Format) {
	var buf bytes.Buffer
	if _, err := formats.Export(&buf, f, "Bench", quiztest.SyntheticBank(5000)); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		_, s := openLibrary(b)
		bank := newBank(b, s, "Bench")
		b.StartTimer()
		_, items, err := formats.Parse("bench"+f.Extension(), data)
		if err != nil {
			b.Fatal(err)
		}
		rep, err := s.Import(context.Background(), bank, items)
		if err != nil || rep.Count(quiz.Imported) != 5000 {
			b.Fatalf("%v: %d imported", err, rep.Count(quiz.Imported))
		}
	}
	b.ReportMetric(float64(len(data))/1e6, "MB")
}

// BenchmarkStartExam50of10000 draws and starts a 50-question exam from a
// 10,000-question bank (target < 100 ms).
func BenchmarkStartExam50of10000(b *testing.B) {
	s, bank, profile := bankOf10000(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ids, err := s.Draw(ctx, quiz.Selection{BankIDs: []int64{bank.ID}, Difficulty: 2, Tags: []string{"chủ đề 5"}, Count: 50}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.StartAttempt(ctx, quiz.AttemptOptions{ProfileID: profile, Mode: quiz.Exam, ShuffleOptions: true}, ids, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStartExam50of10000AnyTag is the same without tag/difficulty filters.
func BenchmarkStartExam50of10000AnyTag(b *testing.B) {
	s, bank, profile := bankOf10000(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ids, err := s.Draw(ctx, quiz.Selection{BankIDs: []int64{bank.ID}, Count: 50}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.StartAttempt(ctx, quiz.AttemptOptions{ProfileID: profile, Mode: quiz.Exam, ShuffleOptions: true}, ids, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// bankOf10000 is a library with a 10,000-question bank and a profile.
func bankOf10000(b *testing.B) (*quiz.Store, quiz.Bank, int64) {
	_, s := openLibrary(b)
	ctx := context.Background()
	bank := newBank(b, s, "Lớn")
	var items []quiz.Item
	for i, q := range quiztest.SyntheticBank(10000) {
		items = append(items, quiz.Item{Line: i + 1, Q: q})
	}
	if _, err := s.Import(ctx, bank, items); err != nil {
		b.Fatal(err)
	}
	ps, err := s.Profiles(ctx)
	if err != nil {
		b.Fatal(err)
	}
	return s, bank, ps[0].ID
}

// BenchmarkImportMoodleXML5000 reads and stores a 5,000-question Moodle XML
// file, our own export (target < 3 s).
func BenchmarkImportMoodleXML5000(b *testing.B) { benchImport(b, formats.MoodleXML) }
