package quiz

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

// ResultsFormat is the format of the results file (Nộp kết quả) this Sổ
// tay writes and reads.
const ResultsFormat = 1

// ResultsExt is the extension of a results file.
const ResultsExt = ".sotaykq"

// ErrBadResults means a file is not a results file Sổ tay can read.
var ErrBadResults = errors.New("not a usable results file")

// Bounds of a results file (MaxResultsFile in bytes): a year of self-checks is a few hundred
// attempts of a few dozen questions.
const (
	MaxResultsFile     = 8 << 20
	maxResultsAttempts = 5000
	maxResultsItems    = 500
)

// Submission is what a learner sends back to the trainer: who (profile
// name and chi bộ), for which plan, and each finished attempt's scores
// question by question. It holds no document text; a question is known by
// its content hash, with its stem for a trainer who does not hold it.
type Submission struct {
	Person    string             `json:"person"`
	Branch    string             `json:"branch,omitempty"`
	PlanID    string             `json:"plan_id,omitempty"`
	PlanTitle string             `json:"plan_title,omitempty"`
	MadeAt    time.Time          `json:"made_at"`
	Attempts  []SubmittedAttempt `json:"attempts"`
}

// SubmittedAttempt is one finished attempt in a Submission.
type SubmittedAttempt struct {
	Title      string          `json:"title,omitempty"`
	Mode       Mode            `json:"mode"`
	Bank       string          `json:"bank,omitempty"`
	StartedAt  time.Time       `json:"started_at"`
	FinishedAt time.Time       `json:"finished_at"`
	Score      float64         `json:"score"`
	MaxScore   float64         `json:"max_score"`
	Items      []SubmittedItem `json:"items"`
}

// SubmittedItem is one question's answer in a SubmittedAttempt: credit 0..1
// and the options chosen (indices into the question's own options).
type SubmittedItem struct {
	Hash    string  `json:"hash"`
	Stem    string  `json:"stem,omitempty"`
	Score   float64 `json:"score"`
	Choices []int   `json:"choices,omitempty"`
}

// SubmissionOptions say what a learner's results file holds.
type SubmissionOptions struct {
	// Person is the learner's full name when the profile's name is not
	// it ("Cá nhân"); "" for the profile's name.
	Person                    string
	Branch, PlanID, PlanTitle string
	// Banks limits the attempts to those on these banks (a plan's); nil
	// means every finished attempt.
	Banks []int64
}

// Submission gathers a profile's finished attempts for a results file.
func (s *Store) Submission(ctx context.Context, profileID int64, opt SubmissionOptions) (Submission, error) {
	sub := Submission{Branch: Tidy(opt.Branch), PlanID: opt.PlanID, PlanTitle: opt.PlanTitle, MadeAt: s.now().UTC().Truncate(time.Second)}
	if err := s.db.Read.QueryRowContext(ctx, `SELECT name FROM profiles WHERE id = ?`, profileID).Scan(&sub.Person); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return sub, missing("profile", profileID)
		}
		return sub, err
	}
	if p := Tidy(opt.Person); p != "" {
		sub.Person = p
	}
	if sub.Person == DefaultProfileName {
		// Two learners who kept "Cá nhân" would be one line at the
		// trainer's.
		return sub, badResults("no_name", "Name", sub.Person)
	}
	filter, args := "", []any{profileID}
	if opt.Banks != nil {
		ids, _ := json.Marshal(orEmptyIDs(opt.Banks))
		filter, args = ` AND a.bank_id IN (SELECT value FROM json_each(?))`, append(args, string(ids))
	}
	rows, err := s.db.Read.QueryContext(ctx, `SELECT a.id, a.title, a.mode, coalesce(b.name, ''), a.started_at, a.finished_at, a.score, a.max_score
		FROM quiz_attempts a LEFT JOIN quiz_banks b ON b.id = a.bank_id
		WHERE a.profile_id = ? AND a.finished_at <> ''`+filter+` ORDER BY a.started_at, a.id`, args...)
	if err != nil {
		return sub, err
	}
	var ids []int64
	for rows.Next() {
		var a SubmittedAttempt
		var id int64
		var mode, started, finished string
		if err := rows.Scan(&id, &a.Title, &mode, &a.Bank, &started, &finished, &a.Score, &a.MaxScore); err != nil {
			rows.Close()
			return sub, err
		}
		a.Mode, a.StartedAt, a.FinishedAt = Mode(mode), parseStamp(started), parseStamp(finished)
		sub.Attempts = append(sub.Attempts, a)
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return sub, err
	}
	for i, id := range ids {
		rows, err := s.db.Read.QueryContext(ctx, `SELECT q.content_hash, q.stem, r.response, r.score
			FROM quiz_responses r JOIN quiz_questions q ON q.id = r.question_id
			WHERE r.attempt_id = ? ORDER BY r.position`, id)
		if err != nil {
			return sub, err
		}
		for rows.Next() {
			var it SubmittedItem
			var resp string
			if err := rows.Scan(&it.Hash, &it.Stem, &resp, &it.Score); err != nil {
				rows.Close()
				return sub, err
			}
			var r Response
			if json.Unmarshal([]byte(resp), &r) == nil {
				it.Choices = r.Choices
			}
			sub.Attempts[i].Items = append(sub.Attempts[i].Items, it)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return sub, err
		}
	}
	return sub, nil
}

// resultsFile is a results file on disk: the submission as written, and
// its HMAC-SHA-256 under the unit's key when signed.
type resultsFile struct {
	Format  int             `json:"sotay_results"`
	Payload json.RawMessage `json:"payload"`
	Sig     string          `json:"sig,omitempty"`
}

// WriteSubmission writes sub as a results file, signed with key if not empty.
func WriteSubmission(w io.Writer, sub Submission, key string) error {
	payload, err := json.Marshal(sub)
	if err != nil {
		return err
	}
	f := resultsFile{Format: ResultsFormat, Payload: payload}
	if key != "" {
		f.Sig = resultsSignature(payload, key)
	}
	data, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

func resultsSignature(payload []byte, key string) string {
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write(payload)
	return hex.EncodeToString(mac.Sum(nil))
}

// ReceivedResults is a results file read and checked.
type ReceivedResults struct {
	Submission
	// Signed says the file carries a signature; Verified that it matched
	// the key given; Tampered that it did not: the file was changed
	// after it was signed, or signed with another unit's key.
	Signed, Verified, Tampered bool
	hash                       string
}

func badResults(code string, args ...any) error {
	return Failure(ErrBadResults, "results_"+code, args...)
}

// ReadSubmission reads and checks a results file: its format, its size,
// its numbers (scores within their maximum, no more attempts or questions
// than a learner makes), and its signature when key is given.
func ReadSubmission(data []byte, key string) (ReceivedResults, error) {
	var rr ReceivedResults
	if len(data) > MaxResultsFile {
		return rr, badResults("too_large", "MB", len(data)>>20)
	}
	var f resultsFile
	if err := json.Unmarshal(data, &f); err != nil || len(f.Payload) == 0 {
		return rr, badResults("not_results")
	}
	if f.Format > ResultsFormat {
		return rr, badResults("newer", "Format", f.Format)
	}
	if f.Format < 1 {
		return rr, badResults("not_results")
	}
	if err := json.Unmarshal(f.Payload, &rr.Submission); err != nil {
		return rr, badResults("not_results")
	}
	sub := &rr.Submission
	sub.Person, sub.Branch = Tidy(sub.Person), Tidy(sub.Branch)
	if sub.Person == "" {
		return rr, badResults("no_person")
	}
	if len(sub.Attempts) > maxResultsAttempts {
		return rr, badResults("too_many", "N", len(sub.Attempts))
	}
	for _, a := range sub.Attempts {
		if len(a.Items) > maxResultsItems || !finiteIn(a.Score, 0, a.MaxScore) || !finiteIn(a.MaxScore, 0, 1e6) {
			return rr, badResults("bad_numbers", "Title", a.Title)
		}
		for _, it := range a.Items {
			if !finiteIn(it.Score, 0, 1) || it.Hash == "" || len(it.Choices) > 64 {
				return rr, badResults("bad_numbers", "Title", a.Title)
			}
		}
	}
	// The signature is over the payload as written compact (the file
	// shows it indented).
	var compact bytes.Buffer
	if err := json.Compact(&compact, f.Payload); err != nil {
		return rr, badResults("not_results")
	}
	rr.Signed = f.Sig != ""
	rr.Verified = rr.Signed && key != "" && hmac.Equal([]byte(f.Sig), []byte(resultsSignature(compact.Bytes(), key)))
	rr.Tampered = rr.Signed && key != "" && !rr.Verified
	sum := sha256.Sum256(compact.Bytes())
	rr.hash = hex.EncodeToString(sum[:])
	return rr, nil
}

func finiteIn(x, lo, hi float64) bool {
	return !math.IsNaN(x) && !math.IsInf(x, 0) && x >= lo-1e-9 && x <= hi+1e-9
}

// Received says what became of one results file in ImportSubmissions.
type Received struct {
	Name   string
	Person string
	Branch string
	// Status is "added", "replaced" (an earlier file of the same person,
	// chi bộ and plan), "same" (this file was imported before), "older"
	// (a later file of the same person is kept), "kept" (an unsigned
	// file does not replace a verified one) or "refused" (Err says why).
	Status   string
	Verified bool
	Err      error
}

// ImportSubmission keeps a checked results file in the trainer's library.
func (s *Store) ImportSubmission(ctx context.Context, rr ReceivedResults) (string, error) {
	status := "added"
	err := s.db.LocalTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM result_submissions WHERE file_hash = ?`, rr.hash).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			status = "same"
			return nil
		}
		var made string
		var verified bool
		err := tx.QueryRowContext(ctx, `SELECT made_at, verified FROM result_submissions WHERE person = ? AND branch = ? AND plan_id = ?`,
			rr.Person, rr.Branch, rr.PlanID).Scan(&made, &verified)
		switch {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return err
		case verified && !rr.Verified:
			status = "kept"
			return nil
		case rr.MadeAt.Before(parseStamp(made)):
			status = "older"
			return nil
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM result_submissions WHERE person = ? AND branch = ? AND plan_id = ?`, rr.Person, rr.Branch, rr.PlanID)
		if err != nil {
			return err
		}
		if k, _ := res.RowsAffected(); k > 0 {
			status = "replaced"
		}
		res, err = tx.ExecContext(ctx, `INSERT INTO result_submissions (person, branch, plan_id, plan_title, made_at, imported_at, signed, verified, file_hash)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, rr.Person, rr.Branch, rr.PlanID, Tidy(rr.PlanTitle), stamp(rr.MadeAt), stamp(s.now()), rr.Signed, rr.Verified, rr.hash)
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for i, a := range rr.Attempts {
			if _, err := tx.ExecContext(ctx, `INSERT INTO result_attempts (submission_id, ordinal, title, mode, bank, started_at, finished_at, score, max_score)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, i, a.Title, string(a.Mode), a.Bank, stamp(a.StartedAt), stamp(a.FinishedAt), a.Score, a.MaxScore); err != nil {
				return err
			}
			for k, it := range a.Items {
				choices, _ := json.Marshal(it.Choices)
				if _, err := tx.ExecContext(ctx, `INSERT INTO result_responses (submission_id, attempt, position, question_hash, stem, score, max_score, choices)
					VALUES (?, ?, ?, ?, ?, ?, 1, ?)`, id, i, k, it.Hash, it.Stem, it.Score, string(choices)); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return status, err
}

// ImportSubmissions reads, checks and keeps many results files; one file
// refused does not stop the others. read gives a file's bytes.
func (s *Store) ImportSubmissions(ctx context.Context, names []string, read func(string) ([]byte, error), key string) ([]Received, error) {
	var out []Received
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		r := Received{Name: name, Status: "refused"}
		data, err := read(name)
		var rr ReceivedResults
		if err == nil {
			rr, err = ReadSubmission(data, key)
		}
		if err == nil && rr.Tampered {
			r.Person, r.Branch = rr.Person, rr.Branch
			err = badResults("tampered")
		} else if err == nil {
			r.Person, r.Branch, r.Verified = rr.Person, rr.Branch, rr.Verified
			r.Status, err = s.ImportSubmission(ctx, rr)
			if err != nil && !errors.Is(err, ErrBadResults) {
				return out, err // the library itself failed: stop
			}
		}
		if err != nil {
			r.Status, r.Err = "refused", err
		}
		out = append(out, r)
	}
	return out, nil
}

// ResultsFileName is a results file's suggested name: the person's, folded.
func ResultsFileName(person string) string {
	name := strings.Map(func(r rune) rune {
		if r == ' ' {
			return '-'
		}
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return -1
		}
		return r
	}, Tidy(person))
	if name == "" {
		name = "nguoi-hoc"
	}
	return fmt.Sprintf("ket-qua-%s%s", name, ResultsExt)
}
