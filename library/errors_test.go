package library

import (
	"fmt"
	"sotay/library/quiz/formats"
	"testing"
)

// A message's detail carries no English sentinel text: "(not a question
// file: tệp trống)" once followed the Vietnamese sentence.
func TestDetailHasNoSentinelNames(t *testing.T) {
	err := fmt.Errorf("%w: tệp trống (0 byte)", formats.ErrFormat)
	if d := Detail(err); d != "tệp trống (0 byte)" {
		t.Errorf("Detail = %q", d)
	}
	if d := Detail(formats.ErrFormat); d != "" {
		t.Errorf("a bare sentinel's detail is %q", d)
	}
}
