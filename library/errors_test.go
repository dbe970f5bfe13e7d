package library

import (
	"fmt"
	"testing"

	"sotay/library/quiz"
)

// A message's detail carries no English sentinel text: "(not a question
// file: tệp trống)" once followed the Vietnamese sentence.
func TestDetailHasNoSentinelNames(t *testing.T) {
	err := fmt.Errorf("%w: tệp trống (0 byte)", quiz.ErrFormat)
	if d := Detail(err); d != "tệp trống (0 byte)" {
		t.Errorf("Detail = %q", d)
	}
	if d := Detail(quiz.ErrFormat); d != "" {
		t.Errorf("a bare sentinel's detail is %q", d)
	}
}
