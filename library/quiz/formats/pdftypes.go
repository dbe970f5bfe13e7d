package formats

import (
	"fmt"
	"slices"
	"sotay/library/quiz"
	"strings"

	"github.com/go-pdf/fpdf"
)

// Printing the types beyond choices: descriptions above their question, matching lists, answer keys.

// printLead prints a description above the question it leads, in a frame.
func printLead(pdf *fpdf.Fpdf, d *quiz.Question) {
	usable := pageW - marginL - marginR
	pdf.SetFont("serif", "", bodySize)
	pdf.MultiCell(usable, line, printable(d.Stem), "1", "L", false)
	printPictures(pdf, d.ImagesOf(0), marginL, usable)
	pdf.Ln(2)
}

// withLeads takes descriptions out of qs: each that stands right before a
// question is returned as that question's lead.
func withLeads(qs []*quiz.Question) ([]*quiz.Question, map[*quiz.Question]*quiz.Question) {
	leads := map[*quiz.Question]*quiz.Question{}
	var out []*quiz.Question
	for i, q := range qs {
		if q.Type == quiz.Description {
			if i+1 < len(qs) && qs[i+1].Type != quiz.Description {
				leads[qs[i+1]] = q
			}
			continue
		}
		out = append(out, q)
	}
	return out, leads
}

// keyText is the printed key of a numerical, matching or essay question.
func keyText(q *quiz.Question) string {
	switch q.Type {
	case quiz.Numerical:
		var parts []string
		for i, o := range q.Options {
			if o.Text == "*" {
				continue
			}
			a := o.Text
			if o.Tolerance != 0 {
				a += " ± " + quiz.FormatNumber(o.Tolerance)
			}
			if c := q.Credits()[i]; c < 1 {
				a += " (" + quiz.Percent(c) + "% điểm)"
			}
			parts = append(parts, a)
		}
		return strings.Join(parts, " / ")
	case quiz.Matching:
		choices := quiz.MatchChoices(q)
		var parts []string
		k := 0
		for _, o := range q.Options {
			if o.Text == "" {
				continue
			}
			k++
			parts = append(parts, fmt.Sprintf("%d–%c", k, 'a'+slices.Index(choices, o.Match)))
		}
		return strings.Join(parts, ", ")
	case quiz.Essay:
		if q.Explanation != "" {
			return "tự luận, người chấm cho điểm. " + q.Explanation
		}
		return "tự luận, người chấm cho điểm"
	}
	return ""
}
