package library

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"sotay/library/quiz"
)

// ResultsOptions say what a learner's results file (Nộp kết quả) holds.
type ResultsOptions struct {
	ProfileID int64
	// Person is the full name written on the file, "" for the profile's
	// name (which must then be more than "Cá nhân").
	Person string
	Branch string // chi bộ
	// Plan, if not empty, limits the results to that plan's banks and
	// names the plan; otherwise every finished attempt goes.
	Plan string
	// Key, if not empty, signs the file with the unit's passphrase.
	Key string
}

// ExportResults writes a learner's results file to w: the profile's name,
// chi bộ and plan, and each finished attempt's scores. No document text.
func (l *Library) ExportResults(ctx context.Context, w io.Writer, opt ResultsOptions) (quiz.Submission, error) {
	so := quiz.SubmissionOptions{Person: opt.Person, Branch: opt.Branch}
	if opt.Plan != "" {
		plan, err := l.Plan(ctx, opt.Plan)
		if err != nil {
			return quiz.Submission{}, err
		}
		so.PlanID, so.PlanTitle = plan.ID, plan.Title
		if so.Banks, err = l.PlanBanks(ctx, plan); err != nil {
			return quiz.Submission{}, err
		}
	}
	sub, err := l.quiz.Submission(ctx, opt.ProfileID, so)
	if err != nil {
		return sub, err
	}
	return sub, quiz.WriteSubmission(w, sub, opt.Key)
}

// ResultsFiles are the results files among paths: files named *.sotaykq,
// and those inside folders (not deeper), in name order.
func ResultsFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if !e.IsDir() && strings.EqualFold(filepath.Ext(e.Name()), quiz.ResultsExt) {
				out = append(out, filepath.Join(p, e.Name()))
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// ReceiveResults imports learners' results files (files or folders of
// them) into the trainer's library; key verifies their signatures.
func (l *Library) ReceiveResults(ctx context.Context, paths []string, key string) ([]quiz.Received, error) {
	files, err := ResultsFiles(paths)
	if err != nil {
		return nil, err
	}
	return l.quiz.ImportSubmissions(ctx, files, readResultsFile, key)
}

// readResultsFile reads a results file, refusing one far larger than
// results ever are before reading it.
func readResultsFile(name string) ([]byte, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if st.Size() > quiz.MaxResultsFile {
		return nil, fmt.Errorf("%w: %d MB", ErrTooLarge, st.Size()>>20)
	}
	return os.ReadFile(name)
}
